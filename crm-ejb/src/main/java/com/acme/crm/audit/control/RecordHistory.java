package com.acme.crm.audit.control;

import com.acme.crm.audit.entity.FieldChange;
import com.acme.crm.security.control.CallerIdentity;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Records what a use case changed on a record. The use case shows the record as it was before
 * it changes it ({@link #before}) and as it is afterwards ({@link #after}); each field that
 * differs becomes a {@link FieldChange} in the same transaction. Kept per transaction, so one
 * use case touching a record twice records the change once, from its first picture.
 */
@TransactionScoped
public class RecordHistory implements Serializable {

    private static final long serialVersionUID = 1L;

    @PersistenceContext
    transient EntityManager em;

    @Inject
    transient CallerIdentity caller;

    @Inject
    transient Clock clock;

    private final HashMap<String, Map<String, String>> pictures = new HashMap<>();

    /** The record as callers read it, before the use case changes it (only the first picture counts). */
    public void before(String recordType, long id, Object data) {
        pictures.putIfAbsent(recordType + "#" + id, Snapshots.of(data));
    }

    /** The record after the change: the differences to the picture before are written. */
    public void after(String recordType, long id, String label, Object data) {
        Map<String, String> before = pictures.remove(recordType + "#" + id);
        if (before == null) {
            return;
        }
        Map<String, String> after = Snapshots.of(data);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String who = caller.name().orElse("system");
        Snapshots.differences(before, after).forEach((field, values) ->
                em.persist(new FieldChange(now, who, recordType, id, label, field, values[0], values[1])));
        pictures.put(recordType + "#" + id, after); // a later step of the same use case compares with this
    }

    /** One change the record's data does not show (a new password: that it changed, never the value). */
    public void changed(String recordType, long id, String label, String field, String oldValue, String newValue) {
        em.persist(new FieldChange(clock.instant().truncatedTo(ChronoUnit.SECONDS), caller.name().orElse("system"), recordType, id,
                label, field, oldValue, newValue));
    }

    /** A record came into being: one entry, so its history starts with who created it and when. */
    public void created(String recordType, long id, String label) {
        em.persist(new FieldChange(clock.instant().truncatedTo(ChronoUnit.SECONDS), caller.name().orElse("system"), recordType, id,
                label, "(record)", "", "created"));
    }
}
