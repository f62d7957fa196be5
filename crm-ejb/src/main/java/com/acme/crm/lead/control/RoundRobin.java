package com.acme.crm.lead.control;

import java.util.List;
import java.util.Optional;

/** Whose turn it is: the next member after the one who got the last lead, in a stable order. */
public final class RoundRobin {

    private RoundRobin() {
    }

    /** @param members ids in ascending order; @param last who got the previous lead (may have left) */
    public static Optional<Long> next(List<Long> members, Long last) {
        if (members.isEmpty()) {
            return Optional.empty();
        }
        if (last == null) {
            return Optional.of(members.get(0));
        }
        return Optional.of(members.stream().filter(id -> id > last).findFirst().orElse(members.get(0)));
    }
}
