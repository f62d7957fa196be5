package com.acme.crm.duplicate.control;

import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** The short texts merge screens show: what moves along, and a record's distinguishing details. */
public final class MergeTexts {

    private MergeTexts() {
    }

    /** Adds "3 activities" when the count query (parameter {@code d}: the merged record) finds any. */
    public static void count(EntityManager em, List<String> moving, String jpql, long duplicateId, String one, String many) {
        long n = em.createQuery(jpql, Long.class).setParameter("d", duplicateId).getSingleResult();
        if (n > 0) {
            moving.add(n + " " + (n == 1 ? one : many));
        }
    }

    /** The non-empty parts, joined with a middle dot. */
    public static String details(String... parts) {
        return Arrays.stream(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(" · "));
    }
}
