package com.acme.crm.lead.control;

import com.acme.crm.event.boundary.EventType;
import com.acme.crm.event.control.EventOutbox;
import com.acme.crm.lead.entity.Lead;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** The business events of leads: created (by hand, REST, remote or import), qualified, converted, disqualified. */
@Dependent
public class LeadEvents {

    @Inject
    EventOutbox outbox;

    public void created(Lead lead) {
        outbox.publish(EventType.LEAD_CREATED, lead.getId(), lead.getOwner(), data(lead));
    }

    public void qualified(Lead lead) {
        outbox.publish(EventType.LEAD_QUALIFIED, lead.getId(), lead.getOwner(), data(lead));
    }

    public void disqualified(Lead lead) {
        JsonObjectBuilder data = data(lead);
        if (lead.getDisqualificationReason() != null) {
            data.add("reason", lead.getDisqualificationReason().getName());
        }
        outbox.publish(EventType.LEAD_DISQUALIFIED, lead.getId(), lead.getOwner(), data);
    }

    public void converted(Lead lead) {
        outbox.publish(EventType.LEAD_CONVERTED, lead.getId(), lead.getOwner(), data(lead)
                .add("accountId", lead.getConvertedAccountId())
                .add("contactId", lead.getConvertedContactId())
                .add("opportunityId", lead.getConvertedOpportunityId()));
    }

    private static JsonObjectBuilder data(Lead lead) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("leadId", lead.getId())
                .add("lastName", lead.getLastName())
                .add("status", lead.getStatus().name())
                .add("source", lead.getSource().name())
                .add("score", lead.getScore());
        if (lead.getRating() != null) {
            data.add("rating", lead.getRating().name());
        }
        if (lead.getFirstName() != null) {
            data.add("firstName", lead.getFirstName());
        }
        if (lead.getCompany() != null) {
            data.add("company", lead.getCompany());
        }
        EventOutbox.money(data, "budget", lead.getBant().getBudgetAmount(), lead.getBant().getBudgetCurrency());
        return data;
    }
}
