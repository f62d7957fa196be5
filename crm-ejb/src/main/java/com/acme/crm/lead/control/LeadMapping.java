package com.acme.crm.lead.control;

import com.acme.crm.shared.control.Inputs;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.entity.Bant;
import com.acme.crm.lead.entity.Lead;
import jakarta.enterprise.context.Dependent;
import java.time.temporal.ChronoUnit;

/** Turns lead entities into the data the boundary hands out, and input into a BANT assessment. */
@Dependent
public class LeadMapping {

    public LeadData toData(Lead lead) {
        LeadData data = new LeadData();
        data.setId(lead.getId());
        data.setVersion(lead.getVersion());
        data.setFirstName(lead.getFirstName());
        data.setLastName(lead.getLastName());
        data.setTitle(lead.getTitle());
        data.setEmail(lead.getEmail());
        data.setPhone(lead.getPhone());
        data.setCompany(lead.getCompany());
        data.setIndustry(lead.getIndustry());
        data.setEmployees(lead.getEmployees());
        data.setRegion(lead.getRegion());
        data.setCountry(lead.getCountry());
        data.setSource(lead.getSource());
        data.setCampaign(lead.getCampaign());
        Bant bant = lead.getBant();
        data.setBudgetAmount(bant.getBudgetAmount());
        data.setBudgetCurrency(bant.getBudgetCurrency());
        data.setBudgetConfirmed(bant.isBudgetConfirmed());
        data.setDecisionMaker(bant.getDecisionMaker());
        data.setDecisionMakerName(bant.getDecisionMakerName());
        data.setNeed(bant.getNeed());
        data.setNeedUrgency(bant.getNeedUrgency());
        data.setExpectedPurchaseDate(bant.getExpectedPurchaseDate());
        data.setNotes(lead.getNotes());
        data.setOwnerId(lead.getOwner().getId());
        data.setOwnerName(lead.getOwner().getDisplayName());
        data.setStatus(lead.getStatus());
        if (lead.getDisqualificationReason() != null) {
            data.setDisqualificationReason(lead.getDisqualificationReason().getName());
        }
        data.setDisqualificationNote(lead.getDisqualificationNote());
        data.setScore(lead.getScore());
        data.setRating(lead.getRating());
        data.setConvertedAccountId(lead.getConvertedAccountId());
        data.setConvertedContactId(lead.getConvertedContactId());
        data.setConvertedOpportunityId(lead.getConvertedOpportunityId());
        data.setUpdatedAt(lead.getUpdatedAt() == null ? null : lead.getUpdatedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        data.setUpdatedBy(lead.getUpdatedBy());
        return data;
    }

    public Bant bantOf(LeadData data) {
        return new Bant(data.getBudgetAmount(), Inputs.blankToNull(data.getBudgetCurrency()), data.isBudgetConfirmed(),
                data.getDecisionMaker(), Inputs.blankToNull(data.getDecisionMakerName()), Inputs.blankToNull(data.getNeed()),
                data.getNeedUrgency(), data.getExpectedPurchaseDate());
    }
}
