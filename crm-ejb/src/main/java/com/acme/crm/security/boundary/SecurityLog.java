package com.acme.crm.security.boundary;

import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.security.control.ExportLog;
import com.acme.crm.security.entity.SecurityEvent;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.Inputs;
import com.acme.crm.shared.control.PagedList;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The security log for admins: logins through the UI, failed logins (web, REST), the
 * locks they caused and the files users exported, newest first; filtered by kind, user name and period (days, UTC). Nobody
 * can change or delete an entry through the CRM.
 */
@Stateless
public class SecurityLog {

    @Inject CurrentCaller caller;
    @Inject PagedList paged;
    @Inject ExportLog exports;

    /** A file a page made of figures the caller was just shown (a dashboard table as CSV): logged as an export. */
    public void recordExport(String what) {
        exports.record(caller.scope(), what);
    }

    /** Filters: {@code kind} (LOGIN, LOGIN_FAILED, LOGIN_LOCKED, USER_LOCKED, ADDRESS_LOCKED, EXPORT), {@code user}, {@code from}, {@code to}. */
    public Page<SecurityEventData> findEvents(PageQuery query) {
        caller.requireAnyRole(Role.ADMIN);
        SecurityEvent.Kind kind = query.filter("kind") == null ? null
                : Inputs.enumValue(SecurityEvent.Kind.class, "kind", query.filter("kind"));
        LocalDate from = Inputs.date("from", query.filter("from"));
        LocalDate to = Inputs.date("to", query.filter("to"));
        String user = query.filter("user");
        return paged.page(new PagedList.Spec<>(SecurityEvent.class, (cb, e) -> {
            List<Predicate> where = new ArrayList<>();
            if (kind != null) {
                where.add(cb.equal(e.get("kind"), kind));
            }
            if (user != null) {
                where.add(cb.equal(cb.lower(e.get("username")), user.toLowerCase(java.util.Locale.ROOT)));
            }
            PagedList.withinDays(where, cb, e.get("occurredAt"), from, to);
            return where;
        }, Map.of("occurredAt", e -> e.get("occurredAt")), "occurredAt", false), query, SecurityLog::toData);
    }

    private static SecurityEventData toData(SecurityEvent e) {
        SecurityEventData d = new SecurityEventData();
        d.setId(e.getId());
        d.setOccurredAt(e.getOccurredAt());
        d.setKind(e.getKind().name());
        d.setUsername(e.getUsername());
        d.setAddress(e.getAddress());
        d.setDetail(e.getDetail());
        return d;
    }
}
