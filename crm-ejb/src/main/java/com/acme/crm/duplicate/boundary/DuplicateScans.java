package com.acme.crm.duplicate.boundary;

import com.acme.crm.duplicate.control.DuplicateFinder;
import com.acme.crm.duplicate.control.DuplicateGroups;
import com.acme.crm.duplicate.control.MergeTargets;
import com.acme.crm.duplicate.entity.DuplicateGroup;
import com.acme.crm.duplicate.entity.DuplicateScan;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.shared.api.ConcurrentEditException;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.NotFoundException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.PagedList;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The duplicate scan over existing records: an admin starts it, and it runs every night. It
 * replaces the open groups with what it finds now (skipping groups a reviewer dismissed);
 * admins review the groups, merge their records or dismiss them as not duplicates.
 */
@Stateless
@PermitAll
public class DuplicateScans {

    private static final Logger LOG = Logger.getLogger(DuplicateScans.class.getName());
    private static final String SYSTEM = "system";

    @PersistenceContext EntityManager em;
    @Inject CurrentCaller caller;
    @Inject DuplicateFinder finder;
    @Inject PagedList pagedList;
    @Inject MergeTargets targets;
    @Inject Clock clock;

    public DuplicateScanData scan() {
        CallerScope scope = caller.requireAnyRole(Role.ADMIN);
        return run(scope.username());
    }

    /**
     * Nightly, persistent: in a cluster the timer fires on one instance, and the lock on the
     * scan row makes a scan started by hand at the same moment wait instead of running twice.
     */
    @Schedule(hour = "2", minute = "30", persistent = true, info = "nightly duplicate scan")
    void nightly() {
        DuplicateScanData result = run(SYSTEM);
        LOG.info(() -> "Nightly duplicate scan: " + result.getGroupsFound() + " group(s) of likely duplicates");
    }

    public DuplicateScanData lastScan() {
        caller.requireAnyRole(Role.ADMIN);
        return toData(em.find(DuplicateScan.class, DuplicateScan.ID));
    }

    /** Open groups, filter {@code kind} (LEAD, CONTACT, ACCOUNT); each with its records as they are now. */
    public Page<DuplicateGroupData> findGroups(PageQuery query) {
        caller.requireAnyRole(Role.ADMIN);
        RecordKind kind = kindFilter(query.filter("kind"));
        var spec = new PagedList.Spec<>(DuplicateGroup.class, (cb, g) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(g.get("status"), DuplicateGroup.Status.OPEN));
            if (kind != null) {
                where.add(cb.equal(g.get("kind"), kind));
            }
            return where;
        }, Map.of("foundAt", g -> g.get("foundAt"), "kind", g -> g.get("kind"), "id", g -> g.get("id")), "id");
        return pagedList.page(spec, query, g -> new DuplicateGroupData(g.getId(), g.getVersion(), g.getKind(), g.getReason(),
                g.getFoundAt().toString(), targets.of(g.getKind()).describe(g.getMemberIds())));
    }

    /** "Not duplicates": the group is kept as dismissed, so that later scans do not report it again. */
    public void dismiss(long groupId, long version) {
        CallerScope scope = caller.requireAnyRole(Role.ADMIN);
        DuplicateGroup group = em.find(DuplicateGroup.class, groupId);
        if (group == null) {
            throw new NotFoundException("Duplicate group", groupId);
        }
        if (group.getVersion() != version) {
            throw new ConcurrentEditException("Duplicate group", groupId);
        }
        group.dismiss(scope.username(), Instant.now(clock));
    }

    private DuplicateScanData run(String by) {
        DuplicateScan scan = em.find(DuplicateScan.class, DuplicateScan.ID, LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        scan.started(by, now);
        em.createNativeQuery("delete from duplicate_group_member where group_id in"
                + " (select id from duplicate_group where status = 'OPEN')").executeUpdate();
        em.createNativeQuery("delete from duplicate_group where status = 'OPEN'").executeUpdate();
        int groups = 0;
        int records = 0;
        for (RecordKind kind : RecordKind.values()) {
            Set<String> dismissed = new HashSet<>(em.createQuery(
                            "select g.signature from DuplicateGroup g where g.kind = :kind and g.status = :dismissed", String.class)
                    .setParameter("kind", kind).setParameter("dismissed", DuplicateGroup.Status.DISMISSED).getResultList());
            for (DuplicateGroups.Group found : finder.find(kind)) {
                if (!dismissed.contains(DuplicateGroup.signatureOf(found.sortedIds()))) {
                    em.persist(new DuplicateGroup(kind, found.sortedIds(), found.reason(), now));
                    groups++;
                    records += found.sortedIds().size();
                }
            }
        }
        scan.finished(groups, records, Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
        em.flush();
        return toData(scan);
    }

    private static RecordKind kindFilter(String value) {
        if (value == null) {
            return null;
        }
        try {
            return RecordKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("kind", "must be one of LEAD, CONTACT, ACCOUNT");
        }
    }

    private static DuplicateScanData toData(DuplicateScan s) {
        return new DuplicateScanData(s.getStartedAt() == null ? null : s.getStartedAt().toString(),
                s.getFinishedAt() == null ? null : s.getFinishedAt().toString(), s.getStartedBy(), s.getGroupsFound(),
                s.getRecordsFound());
    }
}
