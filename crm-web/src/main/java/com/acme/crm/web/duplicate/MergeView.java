package com.acme.crm.web.duplicate;

import com.acme.crm.duplicate.boundary.MergeData;
import com.acme.crm.duplicate.boundary.MergeFieldData;
import com.acme.crm.duplicate.boundary.MergePreviewData;
import com.acme.crm.duplicate.boundary.Merges;
import com.acme.crm.duplicate.boundary.RecordKind;
import com.acme.crm.duplicate.boundary.RecordMergeData;
import com.acme.crm.shared.api.BusinessException;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.web.shared.FacesMessages;
import com.acme.crm.web.shared.RecordPage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merging two records: both side by side, a choice per differing field (the survivor's value
 * by default), and what else moves over. Nothing changes until "Merge" is pressed.
 */
@Named
@ViewScoped
public class MergeView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String KEEP = "survivor";
    static final String TAKE = "duplicate";

    @Inject Merges merges;
    @Inject FacesMessages messages;

    private RecordKind kind;
    private Long survivor;
    private Long duplicate;
    private MergePreviewData preview;
    private HashMap<String, String> choices = new HashMap<>();
    private boolean conflict;

    public void load() {
        if (kind == null || survivor == null || duplicate == null) {
            messages.warn("Choose two records to merge, e.g. from a lead's possible duplicates or the duplicate review.");
            return;
        }
        try {
            preview = RecordPage.open(() -> merges.preview(kind, survivor, duplicate));
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
            return;
        }
        choices = new HashMap<>();
        if (preview != null) {
            preview.getFields().forEach(f -> choices.put(f.getName(), KEEP));
        }
    }

    /** The other record survives: same page with the roles swapped. */
    public String swap() {
        return "/merge/merge?faces-redirect=true&kind=" + kind + "&survivor=" + duplicate + "&duplicate=" + survivor;
    }

    public String merge() {
        Set<String> taken = choices.entrySet().stream().filter(e -> TAKE.equals(e.getValue()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        try {
            RecordMergeData done = merges.merge(new MergeData(kind, preview.getSurvivorId(), preview.getSurvivorVersion(),
                    preview.getDuplicateId(), preview.getDuplicateVersion(), taken));
            messages.info("merge.done", done.getMergedLabel(), preview.getSurvivorLabel());
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/" + kind.singular() + "/" + kind.singular() + "?faces-redirect=true&id=" + preview.getSurvivorId();
        } catch (ConcurrentEditException e) {
            conflict = true;
            messages.refused(e, Map.of());
        } catch (BusinessException e) {
            messages.refused(e, Map.of());
        }
        return null;
    }

    public void reload() {
        conflict = false;
        load();
        messages.info("record.reloaded");
    }

    public long getDifferentCount() {
        return preview == null ? 0 : preview.getFields().stream().filter(MergeFieldData::isDifferent).count();
    }

    public String getKindName() {
        return kind == null ? "records" : kind.plural();
    }

    public RecordKind getKind() { return kind; }
    public void setKind(RecordKind kind) { this.kind = kind; }
    public Long getSurvivor() { return survivor; }
    public void setSurvivor(Long survivor) { this.survivor = survivor; }
    public Long getDuplicate() { return duplicate; }
    public void setDuplicate(Long duplicate) { this.duplicate = duplicate; }
    public MergePreviewData getPreview() { return preview; }
    public Map<String, String> getChoices() { return choices; }
    public boolean isConflict() { return conflict; }
}
