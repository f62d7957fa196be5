package com.acme.crm.duplicate.boundary;

import com.acme.crm.account.control.CustomerAccess;
import com.acme.crm.duplicate.control.MergeTarget;
import com.acme.crm.duplicate.entity.RecordMerge;
import com.acme.crm.duplicate.control.MergeTargets;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.InputValidation;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Merging two records of one kind into one, in one transaction: the user picks the surviving
 * value field by field; everything linked to the merged record (activities, contacts, deals,
 * subsidiaries, converted leads) moves to the survivor; the merged record is removed and the
 * merge is recorded with its former values. The caller must be allowed to change both.
 */
@Stateless
@LocalBean
@PermitAll
public class Merges implements MergeService {

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject InputValidation validation;
    @Inject CustomerAccess access;
    @Inject MergeTargets targets;
    @Inject Clock clock;
    @EJB DuplicateScans scans;

    @Override
    public MergePreviewData preview(RecordKind kind, long survivorId, long duplicateId) {
        return preview(target(kind), survivorId, duplicateId);
    }

    @Override
    public RecordMergeData merge(MergeData decision) {
        validation.check(decision);
        return merge(target(decision.getKind()), decision);
    }

    /** The merges into one record, newest first, for its page. */
    @Override
    public List<RecordMergeData> history(RecordKind kind, long survivorId) {
        target(kind).requireReadable(survivorId);
        return new ArrayList<>(em.createQuery("select m from RecordMerge m where m.kind = :kind and m.survivorId = :id"
                        + " order by m.mergedAt desc, m.id desc", RecordMerge.class)
                .setParameter("kind", kind).setParameter("id", survivorId).setMaxResults(50)
                .getResultStream().map(Merges::toData).toList());
    }

    private MergeTarget<?> target(RecordKind kind) {
        return targets.of(kind);
    }

    private <D> MergePreviewData preview(MergeTarget<D> target, long survivorId, long duplicateId) {
        requireTwo(survivorId, duplicateId);
        D survivor = target.load(survivorId);
        D duplicate = target.load(duplicateId);
        target.checkMergeable(survivor, duplicate);
        return new MergePreviewData(target.kind(), survivorId, target.versionOf(survivor), target.label(survivor),
                duplicateId, target.versionOf(duplicate), target.label(duplicate),
                target.fields().compare(survivor, duplicate), target.moving(duplicateId), target.valuesFixedBecause(survivor));
    }

    private <D> RecordMergeData merge(MergeTarget<D> target, MergeData decision) {
        requireTwo(decision.getSurvivorId(), decision.getDuplicateId());
        D survivor = target.load(decision.getSurvivorId());
        D duplicate = target.load(decision.getDuplicateId());
        String type = target.kind().singular().substring(0, 1).toUpperCase() + target.kind().singular().substring(1);
        access.requireSameVersion(decision.getSurvivorVersion(), target.versionOf(survivor), type, decision.getSurvivorId());
        access.requireSameVersion(decision.getDuplicateVersion(), target.versionOf(duplicate), type, decision.getDuplicateId());
        target.checkMergeable(survivor, duplicate);
        String fixed = target.valuesFixedBecause(survivor);
        if (fixed != null && !decision.getFromDuplicate().isEmpty()) {
            throw new InvalidInputException("fromDuplicate", fixed);
        }

        String mergedLabel = target.label(duplicate);
        String mergedValues = target.fields().snapshot(duplicate);
        target.fields().take(survivor, duplicate, decision.getFromDuplicate());
        String leftoverImportKey = target.absorb(survivor, duplicate);
        target.save(survivor, duplicate);

        CallerScope scope = caller.scope();
        RecordMerge merge = new RecordMerge(target.kind(), decision.getSurvivorId(), decision.getDuplicateId(), mergedLabel,
                mergedValues, target.fields().labels(decision.getFromDuplicate()), leftoverImportKey,
                Instant.now(clock).truncatedTo(ChronoUnit.SECONDS), scope.username());
        em.persist(merge);
        forgetInDuplicateGroups(target.kind(), decision.getDuplicateId());
        return toData(merge);
    }

    /** The merged record leaves the groups the scan found; a group left with one record is done. */
    private void forgetInDuplicateGroups(RecordKind kind, long mergedId) {
        em.createNativeQuery("delete from duplicate_group_member where record_id = ?1 and group_id in"
                        + " (select id from duplicate_group where record_kind = ?2)")
                .setParameter(1, mergedId).setParameter(2, kind.name()).executeUpdate();
        em.createNativeQuery("delete from duplicate_group where record_kind = ?1 and status = 'OPEN' and"
                        + " (select count(*) from duplicate_group_member m where m.group_id = duplicate_group.id) < 2")
                .setParameter(1, kind.name()).executeUpdate();
    }

    private static void requireTwo(long survivorId, long duplicateId) {
        if (survivorId == duplicateId) {
            throw new InvalidInputException("duplicateId", "choose two different records to merge");
        }
    }

    static RecordMergeData toData(RecordMerge m) {
        return new RecordMergeData(m.getId(), m.getKind(), m.getSurvivorId(), m.getMergedId(), m.getMergedLabel(),
                m.getMergedValues(), m.getFieldsTaken(), m.getMergedAt().toString(), m.getMergedBy());
    }

    @Override
    public Page<DuplicateGroupData> findDuplicateGroups(PageQuery query) {
        return scans.findGroups(query);
    }
}
