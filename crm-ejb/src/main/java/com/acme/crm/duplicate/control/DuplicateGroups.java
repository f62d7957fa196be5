package com.acme.crm.duplicate.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Joins matches into groups: when A and B share an e-mail and B and C share a phone, A, B and
 * C are one group (union-find), with every reason that linked them. Holds only records that
 * matched something, never a whole table.
 */
public final class DuplicateGroups {

    /** A set of record ids found together, with its reasons. */
    public record Group(List<Long> sortedIds, String reason) {
    }

    private final Map<Long, Long> parent = new HashMap<>();
    private final Map<Long, Set<String>> reasons = new HashMap<>();

    /** Records that share one key value (e.g. the same normalised e-mail) are the same for this reason. */
    public void sameFor(List<Long> ids, String reason) {
        if (ids.size() < 2) {
            return;
        }
        long first = root(ids.get(0));
        for (Long id : ids.subList(1, ids.size())) {
            long other = root(id);
            if (other != first) {
                parent.put(other, first);
                reasons.computeIfAbsent(first, k -> new LinkedHashSet<>()).addAll(reasons.getOrDefault(other, Set.of()));
                reasons.remove(other);
            }
        }
        reasons.computeIfAbsent(first, k -> new LinkedHashSet<>()).add(reason);
    }

    public List<Group> groups() {
        Map<Long, TreeSet<Long>> members = new HashMap<>();
        for (Long id : parent.keySet()) {
            members.computeIfAbsent(root(id), k -> new TreeSet<>()).add(id);
        }
        List<Group> result = new ArrayList<>();
        members.forEach((root, ids) -> result.add(new Group(new ArrayList<>(ids), String.join(", ", reasons.get(root)))));
        result.sort((a, b) -> Long.compare(a.sortedIds().get(0), b.sortedIds().get(0)));
        return result;
    }

    private long root(long id) {
        Long p = parent.putIfAbsent(id, id);
        if (p == null || p == id) {
            return id;
        }
        long r = root(p);
        parent.put(id, r); // path compression
        return r;
    }
}
