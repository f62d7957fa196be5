package com.acme.crm.event.boundary;

import com.acme.crm.shared.api.InvalidInputException;

/**
 * The business events the CRM publishes, with their CloudEvents {@code type}
 * ({@code com.acme.crm.<record>.<what happened>}) and the path of their {@code subject}
 * ({@code opportunities/42}), the same path as the record's REST resource.
 */
public enum EventType {
    LEAD_CREATED("lead.created", "leads"),
    LEAD_QUALIFIED("lead.qualified", "leads"),
    LEAD_CONVERTED("lead.converted", "leads"),
    LEAD_DISQUALIFIED("lead.disqualified", "leads"),
    DEAL_CREATED("deal.created", "opportunities"),
    DEAL_STAGE_CHANGED("deal.stage_changed", "opportunities"),
    DEAL_WON("deal.won", "opportunities"),
    DEAL_LOST("deal.lost", "opportunities"),
    DEAL_REOPENED("deal.reopened", "opportunities"),
    RENEWAL_OPENED("deal.renewal_opened", "opportunities"),
    QUOTE_SENT("quote.sent", "quotes"),
    QUOTE_APPROVAL_REQUESTED("quote.approval_requested", "quotes"),
    QUOTE_APPROVED("quote.approved", "quotes"),
    QUOTE_REFUSED("quote.refused", "quotes"),
    QUOTE_ACCEPTED("quote.accepted", "quotes"),
    QUOTE_REJECTED("quote.rejected", "quotes"),
    QUOTE_EXPIRED("quote.expired", "quotes"),
    INVOICE_ISSUED("invoice.issued", "invoices"),
    SERVICE_REQUEST_OPENED("service_request.opened", "service-requests"),
    SERVICE_REQUEST_ASSIGNED("service_request.assigned", "service-requests"),
    SERVICE_REQUEST_AT_RISK("service_request.at_risk", "service-requests"),
    SERVICE_REQUEST_BREACHED("service_request.breached", "service-requests"),
    SERVICE_REQUEST_RESOLVED("service_request.resolved", "service-requests"),
    SERVICE_REQUEST_CLOSED("service_request.closed", "service-requests"),
    USER_DEACTIVATED("user.deactivated", "users");

    public static final String PREFIX = "com.acme.crm.";

    /** What a caller is told who named no type of ours. */
    public static final String MESSAGE = "must be an event type such as " + PREFIX + "deal.won; the types: "
            + String.join(", ", java.util.Arrays.stream(values()).map(EventType::type).toList());

    private final String type;
    private final String records;

    EventType(String type, String records) {
        this.type = PREFIX + type;
        this.records = records;
    }

    /** The CloudEvents type, e.g. {@code com.acme.crm.deal.won}. */
    public String type() {
        return type;
    }

    /** The records' path, e.g. {@code opportunities}. */
    public String records() {
        return records;
    }

    /** The type named exactly so, or an {@link InvalidInputException} for {@code field} listing the types. */
    public static EventType require(String field, String type) {
        EventType known = ofType(type);
        if (known == null) {
            throw new InvalidInputException(field, MESSAGE);
        }
        return known;
    }

    public static EventType ofType(String type) {
        for (EventType t : values()) {
            if (t.type.equals(type)) {
                return t;
            }
        }
        return null;
    }
}
