package com.acme.crm.web.audit;

import com.acme.crm.audit.boundary.FieldChangeData;
import com.acme.crm.audit.boundary.RecordHistories;
import com.acme.crm.shared.api.PageQuery;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The History card of a record page: the latest changes of its fields, newest first. */
@Named
@RequestScoped
public class ChangesView {

    static final int SHOWN = 50;

    @Inject
    RecordHistories histories;

    private final Map<String, List<FieldChangeData>> read = new HashMap<>();

    public List<FieldChangeData> of(String recordType, Long id) {
        if (id == null) {
            return List.of();
        }
        return read.computeIfAbsent(recordType + "#" + id,
                k -> histories.historyOf(recordType, id, new PageQuery(0, SHOWN)).getItems());
    }
}
