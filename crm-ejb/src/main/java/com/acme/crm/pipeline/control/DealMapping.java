package com.acme.crm.pipeline.control;

import com.acme.crm.pipeline.boundary.DealCompetitorData;
import com.acme.crm.pipeline.boundary.DealContactData;
import com.acme.crm.pipeline.boundary.OpportunityData;
import com.acme.crm.pipeline.boundary.StageData;
import com.acme.crm.pipeline.entity.DealCompetitor;
import com.acme.crm.pipeline.entity.DealContact;
import com.acme.crm.pipeline.entity.Opportunity;
import com.acme.crm.pipeline.entity.Stage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Deals and stages as their data classes. */
public final class DealMapping {

    private DealMapping() {
    }

    /** A card or list row: the deal's own fields, without contacts and competitors. */
    public static OpportunityData toData(Opportunity o, Instant now) {
        OpportunityData d = new OpportunityData();
        d.setId(o.getId());
        d.setVersion(o.getVersion());
        d.setName(o.getName());
        d.setAccountId(o.getAccount().getId());
        d.setAccountName(o.getAccount().getName());
        if (o.getPrimaryContact() != null) {
            d.setPrimaryContactId(o.getPrimaryContact().getId());
            var c = o.getPrimaryContact();
            d.setPrimaryContactName(c.getFirstName() == null ? c.getLastName() : c.getFirstName() + " " + c.getLastName());
        }
        d.setOwnerId(o.getOwner().getId());
        d.setOwnerName(o.getOwner().getDisplayName());
        d.setAmount(o.getAmount());
        d.setForecastCategory(o.getForecastCategory());
        d.setLeadSource(o.getLeadSource());
        if (o.getProduct() != null) {
            d.setProductId(o.getProduct().getId());
            d.setProductName(o.getProduct().getName());
        }
        d.setCurrency(o.getCurrency());
        d.setExpectedCloseDate(o.getExpectedCloseDate());
        d.setProbability(o.getProbability());
        d.setWeightedAmount(o.weightedAmount());
        Stage s = o.getStage();
        d.setStageId(s.getId());
        d.setStageName(s.getName());
        d.setStageKind(s.getKind());
        d.setStageMaxDays(s.getMaxDays());
        d.setStageEnteredAt(iso(o.getStageEnteredAt()));
        d.setDaysInStage(StageAge.days(o.getStageEnteredAt(), now));
        d.setStale(o.isStale());
        d.setPastClose(o.isPastClose());
        d.setSourceLeadId(o.getSourceLeadId());
        d.setBudgetAmount(o.getBudgetAmount());
        d.setBudgetConfirmed(o.isBudgetConfirmed());
        d.setDecisionMaker(o.getDecisionMaker());
        d.setNeedsProblems(o.getNeedsProblems());
        d.setNeedsGoals(o.getNeedsGoals());
        d.setNeedsRequirements(o.getNeedsRequirements());
        d.setProductsOfInterest(o.getProductsOfInterest());
        d.setNextStep(o.getNextStep());
        d.setNotes(o.getNotes());
        d.setLossReason(o.getLossReason());
        d.setLossNote(o.getLossNote());
        if (o.getLostTo() != null) {
            d.setLostToCompetitorId(o.getLostTo().getId());
            d.setLostToCompetitorName(o.getLostTo().getName());
        }
        d.setClosedAt(iso(o.getClosedAt()));
        d.setSwotStrengths(o.getSwotStrengths());
        d.setSwotWeaknesses(o.getSwotWeaknesses());
        d.setSwotOpportunities(o.getSwotOpportunities());
        d.setSwotThreats(o.getSwotThreats());
        d.setUpdatedAt(iso(o.getUpdatedAt()));
        d.setUpdatedBy(o.getUpdatedBy());
        return d;
    }

    public static OpportunityData toData(Opportunity o, Instant now, List<DealContact> contacts, List<DealCompetitor> competitors) {
        OpportunityData d = toData(o, now);
        List<DealContactData> people = new ArrayList<>();
        for (DealContact dc : contacts) {
            var c = dc.getContact();
            people.add(new DealContactData(c.getId(), c.getFirstName() == null ? c.getLastName() : c.getFirstName() + " " + c.getLastName(),
                    c.getTitle(), dc.getRole(), c.equals(o.getPrimaryContact())));
        }
        d.setContacts(people);
        d.setCompetitors(competitors.stream().map(dc -> new DealCompetitorData(dc.getCompetitor().getId(),
                dc.getCompetitor().getName(), dc.getStrengths(), dc.getWeaknesses())).toList());
        return d;
    }

    public static StageData toData(Stage s) {
        StageData d = new StageData();
        d.setId(s.getId());
        d.setVersion(s.getVersion());
        d.setName(s.getName());
        d.setPosition(s.getPosition());
        d.setProbability(s.getProbability());
        d.setKind(s.getKind());
        d.setMaxDays(s.getMaxDays());
        d.setActive(s.isActive());
        d.setCriteria(s.getCriteria().stream().sorted().toList());
        return d;
    }

    public static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
