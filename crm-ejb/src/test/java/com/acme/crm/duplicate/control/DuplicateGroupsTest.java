package com.acme.crm.duplicate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateGroupsTest {

    @Test
    void recordsLinkedByDifferentKeysFormOneGroupWithAllReasons() {
        DuplicateGroups groups = new DuplicateGroups();
        groups.sameFor(List.of(1L, 2L), "same e-mail");
        groups.sameFor(List.of(7L, 8L), "same e-mail");
        groups.sameFor(List.of(2L, 3L), "same phone");
        groups.sameFor(List.of(1L, 3L), "same phone");

        assertEquals(List.of(
                new DuplicateGroups.Group(List.of(1L, 2L, 3L), "same e-mail, same phone"),
                new DuplicateGroups.Group(List.of(7L, 8L), "same e-mail")), groups.groups());
    }

    @Test
    void aChainJoinsGroupsFoundSeparatelyAndASingleRecordIsNoGroup() {
        DuplicateGroups groups = new DuplicateGroups();
        groups.sameFor(List.of(5L), "same e-mail");
        groups.sameFor(List.of(10L, 11L), "same e-mail");
        groups.sameFor(List.of(20L, 21L), "same phone");
        groups.sameFor(List.of(11L, 20L), "same name at the same company");

        assertEquals(List.of(new DuplicateGroups.Group(List.of(10L, 11L, 20L, 21L),
                "same e-mail, same phone, same name at the same company")), groups.groups());
    }
}
