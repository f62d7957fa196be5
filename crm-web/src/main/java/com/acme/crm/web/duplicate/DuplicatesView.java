package com.acme.crm.web.duplicate;

import com.acme.crm.duplicate.boundary.DuplicateGroupData;
import com.acme.crm.duplicate.boundary.DuplicateScanData;
import com.acme.crm.duplicate.boundary.DuplicateScans;
import com.acme.crm.duplicate.boundary.RecordKind;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.PagedModel;
import com.acme.crm.web.shared.RecordPage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** Admin: run the duplicate scan and review what it found: merge a group's records or dismiss it. */
@Named
@ViewScoped
public class DuplicatesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject DuplicateScans scans;
    @Inject FacesMessages messages;

    private DuplicateScanData lastScan;
    private RecordKind kind;
    private final PagedModel<DuplicateGroupData> model = new PagedModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        protected Page<DuplicateGroupData> fetch(PageQuery query) {
            return scans.findGroups(query);
        }

        @Override
        protected String search() {
            return null;
        }

        @Override
        protected Map<String, String> filters() {
            return kind == null ? Map.of() : Map.of("kind", kind.name());
        }
    };

    public void load() {
        lastScan = RecordPage.open(() -> scans.lastScan());
    }

    public void scan() {
        lastScan = scans.scan();
        messages.info("duplicates.scanned", lastScan.getGroupsFound(), lastScan.getRecordsFound());
    }

    public void dismiss(DuplicateGroupData group) {
        try {
            scans.dismiss(group.getId(), group.getVersion());
            messages.info("duplicates.dismissed");
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
    }

    public RecordKind[] getKinds() { return RecordKind.values(); }
    public RecordKind getKind() { return kind; }
    public void setKind(RecordKind kind) { this.kind = kind; }
    public DuplicateScanData getLastScan() { return lastScan; }
    public PagedModel<DuplicateGroupData> getModel() { return model; }
}
