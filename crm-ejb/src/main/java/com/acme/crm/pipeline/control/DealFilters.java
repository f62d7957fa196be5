package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.security.control.CallerScope;
import com.acme.crm.security.control.Visibility;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.Inputs;
import com.acme.crm.shared.control.PagedList;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * The filters every deal list shares (list, board columns and their totals), so that a
 * column's total always covers exactly the cards it pages through: visibility, search,
 * {@code owner} (id or {@code me}), {@code team}, {@code account}, {@code stage}, {@code closeFrom} /
 * {@code closeTo} (ISO dates), {@code amountMin} / {@code amountMax}, {@code attention}
 * ({@code true}: stale or past its close date), {@code status} ({@code open}, {@code won},
 * {@code lost}, {@code closed}).
 */
public final class DealFilters {

    public static final List<String> NAMES = List.of("owner", "team", "account", "stage", "closeFrom", "closeTo", "amountMin",
            "amountMax", "attention", "status");

    private DealFilters() {
    }

    public static List<Predicate> where(CriteriaBuilder cb, Root<?> o, CallerScope scope, PageQuery query) {
        List<Predicate> where = new ArrayList<>();
        where.add(Visibility.salesOwnerVisible(cb, o, scope));
        if (query.search() != null) {
            where.add(cb.or(PagedList.contains(cb, o.get("name"), query.search()),
                    PagedList.contains(cb, o.get("account").get("name"), query.search())));
        }
        String owner = query.filter("owner");
        if (owner != null) {
            where.add(cb.equal(o.get("owner").get("id"), "me".equals(owner) ? scope.userId() : Inputs.parseId("owner", owner)));
        }
        if (query.filter("team") != null) {
            where.add(cb.equal(o.get("owner").get("team").get("id"), Inputs.parseId("team", query.filter("team"))));
        }
        if (query.filter("account") != null) {
            where.add(cb.equal(o.get("account").get("id"), Inputs.parseId("account", query.filter("account"))));
        }
        if (query.filter("stage") != null) {
            where.add(cb.equal(o.get("stage").get("id"), Inputs.parseId("stage", query.filter("stage"))));
        }
        if (query.filter("closeFrom") != null) {
            where.add(cb.greaterThanOrEqualTo(o.get("expectedCloseDate"), date("closeFrom", query.filter("closeFrom"))));
        }
        if (query.filter("closeTo") != null) {
            where.add(cb.lessThanOrEqualTo(o.get("expectedCloseDate"), date("closeTo", query.filter("closeTo"))));
        }
        if (query.filter("amountMin") != null) {
            where.add(cb.greaterThanOrEqualTo(o.get("amount"), amount("amountMin", query.filter("amountMin"))));
        }
        if (query.filter("amountMax") != null) {
            where.add(cb.lessThanOrEqualTo(o.get("amount"), amount("amountMax", query.filter("amountMax"))));
        }
        if ("true".equalsIgnoreCase(query.filter("attention"))) {
            where.add(cb.or(cb.isNotNull(o.get("staleSince")), cb.isNotNull(o.get("pastCloseSince"))));
        }
        String status = query.filter("status");
        if (status != null) {
            switch (status.toLowerCase()) {
                case "open" -> where.add(cb.equal(o.get("stage").get("kind"), StageKind.OPEN));
                case "won" -> where.add(cb.equal(o.get("stage").get("kind"), StageKind.WON));
                case "lost" -> where.add(cb.equal(o.get("stage").get("kind"), StageKind.LOST));
                case "closed" -> where.add(cb.notEqual(o.get("stage").get("kind"), StageKind.OPEN));
                default -> throw new InvalidInputException("status", "must be open, won, lost or closed");
            }
        }
        return where;
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "must be a date like 2027-01-31");
        }
    }

    private static BigDecimal amount(String name, String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a number like 25000 or 25000.50");
        }
    }
}
