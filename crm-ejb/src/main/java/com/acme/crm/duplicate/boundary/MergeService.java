package com.acme.crm.duplicate.boundary;

import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import java.util.List;

/**
 * Duplicates and merges for other Jakarta EE applications (a master-data tool): read the
 * groups of likely duplicates (admins), preview a merge field by field, merge, read a record's merge
 * history. The remote view of {@link Merges} and {@link DuplicateScans} (declared in
 * META-INF/ejb-jar.xml on the {@code Merges} bean); the same roles and visibility as in the UI.
 */
public interface MergeService {

    /** Admins: the open groups of likely duplicates from the latest scan; filter {@code kind} (LEAD, CONTACT, ACCOUNT). */
    Page<DuplicateGroupData> findDuplicateGroups(PageQuery query);

    /** What a merge of the duplicate into the survivor would keep, field by field. */
    MergePreviewData preview(RecordKind kind, long survivorId, long duplicateId);

    /** Merges with the caller's choice per field; the duplicate's related records move to the survivor. */
    RecordMergeData merge(MergeData decision);

    /** The merges into a record, newest first. */
    List<RecordMergeData> history(RecordKind kind, long survivorId);
}
