package com.acme.crm.pipeline.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Time spent in stages, from the moves: each stay lasts from one move to the next (the last one until now). */
public final class StageAge {

    private StageAge() {
    }

    /** Whole days from entering to leaving (or now). */
    public static long days(Instant entered, Instant left) {
        return Math.max(0, Duration.between(entered, left).toDays());
    }

    /** For moves in time order, the days spent after each. */
    public static List<Long> daysAfterEach(List<Instant> movedAt, Instant now) {
        List<Long> days = new ArrayList<>();
        for (int i = 0; i < movedAt.size(); i++) {
            days.add(days(movedAt.get(i), i + 1 < movedAt.size() ? movedAt.get(i + 1) : now));
        }
        return days;
    }
}
