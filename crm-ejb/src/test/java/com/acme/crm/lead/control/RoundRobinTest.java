package com.acme.crm.lead.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RoundRobinTest {

    @Test
    void takesTurnsAndWrapsAround() {
        List<Long> reps = List.of(3L, 7L, 9L);
        assertEquals(Optional.of(3L), RoundRobin.next(reps, null));
        assertEquals(Optional.of(7L), RoundRobin.next(reps, 3L));
        assertEquals(Optional.of(9L), RoundRobin.next(reps, 7L));
        assertEquals(Optional.of(3L), RoundRobin.next(reps, 9L));
    }

    @Test
    void continuesAfterSomeoneWhoLeftTheTeam() {
        assertEquals(Optional.of(9L), RoundRobin.next(List.of(3L, 9L), 7L));
    }

    @Test
    void emptyTeamGivesNobody() {
        assertTrue(RoundRobin.next(List.of(), 4L).isEmpty());
    }
}
