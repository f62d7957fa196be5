package com.acme.crm.audit.boundary;

import com.acme.crm.account.boundary.Accounts;
import com.acme.crm.audit.entity.FieldChange;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.pipeline.boundary.Opportunities;
import com.acme.crm.quote.boundary.Quotes;
import com.acme.crm.security.boundary.Role;
import com.acme.crm.security.control.CurrentCaller;
import com.acme.crm.service.boundary.ServiceRequests;
import com.acme.crm.shared.api.InvalidInputException;
import com.acme.crm.shared.api.Page;
import com.acme.crm.shared.api.PageQuery;
import com.acme.crm.shared.control.Inputs;
import com.acme.crm.shared.control.PagedList;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reading the audit trail: a record's history, newest first, for whoever may see the record
 * (each record's own boundary decides, so the history never shows more than the record), and
 * the search over all records for admins (by user, record type and period).
 */
@Stateless
public class RecordHistories {

    /** The record types with a history, as named in answers and filters. */
    public static final List<String> TYPES = List.of("Account", "Contact", "Lead", "Opportunity", "Quote", "ServiceRequest", "User");

    @Inject CurrentCaller caller;
    @Inject PagedList paged;
    @Inject Accounts accounts;
    @Inject Leads leads;
    @Inject Opportunities opportunities;
    @Inject Quotes quotes;
    @Inject ServiceRequests requests;

    public Page<FieldChangeData> historyOf(String recordType, long id, PageQuery query) {
        switch (recordType) {
            case "Account" -> accounts.getAccount(id);
            case "Contact" -> accounts.getContact(id);
            case "Lead" -> leads.getLead(id);
            case "Opportunity" -> opportunities.getOpportunity(id);
            case "Quote" -> quotes.getQuote(id);
            case "ServiceRequest" -> requests.getRequest(id);
            case "User" -> caller.requireAnyRole(Role.ADMIN); // roles, team, deactivation, new passwords: the admins' business
            default -> throw new InvalidInputException("recordType", "must be one of " + String.join(", ", TYPES));
        }
        return paged.page(new PagedList.Spec<>(FieldChange.class, (cb, c) -> List.of(cb.equal(c.get("recordType"), recordType),
                cb.equal(c.get("recordId"), id)), Map.of("occurredAt", c -> c.get("occurredAt")), "occurredAt", false),
                query, RecordHistories::toData);
    }

    /** Admins: {@code user}, {@code type}, {@code from}, {@code to} (days, UTC). */
    public Page<FieldChangeData> search(PageQuery query) {
        caller.requireAnyRole(Role.ADMIN);
        String type = query.filter("type");
        if (type != null && !TYPES.contains(type)) {
            throw new InvalidInputException("type", "must be one of " + String.join(", ", TYPES));
        }
        var from = Inputs.date("from", query.filter("from"));
        var to = Inputs.date("to", query.filter("to"));
        String user = query.filter("user");
        return paged.page(new PagedList.Spec<>(FieldChange.class, (cb, c) -> {
            List<Predicate> where = new ArrayList<>();
            if (type != null) {
                where.add(cb.equal(c.get("recordType"), type));
            }
            if (user != null) {
                where.add(cb.equal(c.get("username"), user));
            }
            PagedList.withinDays(where, cb, c.get("occurredAt"), from, to);
            return where;
        }, Map.of("occurredAt", c -> c.get("occurredAt")), "occurredAt", false), query, RecordHistories::toData);
    }

    private static FieldChangeData toData(FieldChange c) {
        FieldChangeData d = new FieldChangeData();
        d.setOccurredAt(c.getOccurredAt());
        d.setUsername(c.getUsername());
        d.setRecordType(c.getRecordType());
        d.setRecordId(c.getRecordId());
        d.setRecordLabel(c.getRecordLabel());
        d.setField(c.getField());
        d.setOldValue(c.getOldValue());
        d.setNewValue(c.getNewValue());
        return d;
    }
}
