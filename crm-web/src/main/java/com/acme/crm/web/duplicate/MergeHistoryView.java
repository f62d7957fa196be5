package com.acme.crm.web.duplicate;

import com.acme.crm.duplicate.boundary.Merges;
import com.acme.crm.duplicate.boundary.RecordKind;
import com.acme.crm.duplicate.boundary.RecordMergeData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The merges into a record, for the "Merged into this record" panel on its page (read once per request). */
@Named
@RequestScoped
public class MergeHistoryView {

    @Inject
    Merges merges;

    private final Map<String, List<RecordMergeData>> read = new HashMap<>();

    public List<RecordMergeData> of(String kind, Long id) {
        if (id == null) {
            return List.of();
        }
        return read.computeIfAbsent(kind + id, k -> merges.history(RecordKind.valueOf(kind), id));
    }
}
