package com.acme.crm.pipeline.control;

import com.acme.crm.event.boundary.EventType;
import com.acme.crm.event.control.EventOutbox;
import com.acme.crm.pipeline.boundary.StageKind;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.pipeline.entity.Stage;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/** The business events of deals: created, stage changed, won, lost, reopened, and a renewal opened. */
@Dependent
public class DealEvents {

    @Inject
    EventOutbox outbox;

    public void created(Opportunity deal, boolean renewal) {
        outbox.publish(renewal ? EventType.RENEWAL_OPENED : EventType.DEAL_CREATED, deal.getId(), deal.getOwner(), data(deal));
    }

    /** A move from one stage to another: won, lost, reopened (out of a closed stage) or another open stage. */
    public void moved(Opportunity deal, Stage from, Stage to) {
        EventType type = to.getKind() == StageKind.WON ? EventType.DEAL_WON
                : to.getKind() == StageKind.LOST ? EventType.DEAL_LOST
                : from != null && from.getKind() != StageKind.OPEN ? EventType.DEAL_REOPENED : EventType.DEAL_STAGE_CHANGED;
        JsonObjectBuilder data = data(deal);
        if (from != null) {
            data.add("fromStage", from.getName()).add("fromStageKind", from.getKind().name());
        }
        if (to.getKind() == StageKind.LOST && deal.getLossReason() != null) {
            data.add("lossReason", deal.getLossReason().name());
        }
        outbox.publish(type, deal.getId(), deal.getOwner(), data);
    }

    private static JsonObjectBuilder data(Opportunity deal) {
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("opportunityId", deal.getId())
                .add("name", deal.getName())
                .add("accountId", deal.getAccount().getId())
                .add("accountName", deal.getAccount().getName())
                .add("stage", deal.getStage().getName())
                .add("stageKind", deal.getStage().getKind().name())
                .add("probability", deal.getProbability());
        EventOutbox.money(data, "amount", deal.getAmount(), deal.getCurrency());
        if (deal.getExpectedCloseDate() != null) {
            data.add("expectedCloseDate", deal.getExpectedCloseDate().toString());
        }
        return data;
    }
}
