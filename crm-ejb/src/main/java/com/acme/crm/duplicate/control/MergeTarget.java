package com.acme.crm.duplicate.control;

import com.acme.crm.duplicate.boundary.DuplicateMemberData;
import com.acme.crm.duplicate.boundary.RecordKind;
import java.util.List;

/**
 * What merging needs to know about one kind of record. Implemented next to the record (lead,
 * contact, account), so that the code moving a record's references lives where the
 * references are known: when a later feature links something new to a contact or an account,
 * its move belongs in {@link #absorb}.
 *
 * @param <D> the record's data class
 */
public interface MergeTarget<D> {

    RecordKind kind();

    /** The record, if the caller may change it (role and visibility checked). */
    D load(long id);

    /** Refuses callers who may not see the record (reading is allowed to more roles than changing). */
    void requireReadable(long id);

    long versionOf(D record);

    String label(D record);

    MergeFields<D> fields();

    /** Refuses merges that would lose meaning (e.g. two converted leads); nothing is changed yet. */
    void checkMergeable(D survivor, D duplicate);

    /** Why the survivor's values cannot change in this merge (null: they can), e.g. a converted lead. */
    default String valuesFixedBecause(D survivor) {
        return null;
    }

    /** What else will move from the duplicate to the survivor, for the preview ("3 activities"). */
    List<String> moving(long duplicateId);

    /**
     * Moves everything that refers to the duplicate over to the survivor and removes the
     * duplicate. Called before {@link #save} so that unique values can move too.
     *
     * @return the duplicate's import key, if it had one the survivor does not take over
     */
    String absorb(D survivor, D duplicate);

    /** Saves the survivor's combined values through the record's own service (same validation). */
    void save(D combined, D duplicate);

    /** The records with these ids that still exist, described for a reviewer. */
    List<DuplicateMemberData> describe(List<Long> ids);
}
