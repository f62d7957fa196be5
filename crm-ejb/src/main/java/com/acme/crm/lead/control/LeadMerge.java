package com.acme.crm.lead.control;

import com.acme.crm.duplicate.boundary.DuplicateMemberData;
import com.acme.crm.duplicate.boundary.RecordKind;
import com.acme.crm.duplicate.control.MergeFields;
import com.acme.crm.duplicate.control.MergeTexts;
import com.acme.crm.duplicate.control.MergeTarget;
import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.LeadStatus;
import com.acme.crm.lead.boundary.Leads;
import com.acme.crm.lead.entity.Lead;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Merging two leads: the survivor keeps its status and history and gains the duplicate's
 * activities; a converted lead can only be the survivor, since what it became points to it.
 */
@Dependent
public class LeadMerge implements MergeTarget<LeadData> {

    private static final MergeFields<LeadData> FIELDS = new MergeFields<LeadData>()
            .together("name", "Name", d -> Arrays.asList(d.getFirstName(), d.getLastName()), (s, d) -> {
                s.setFirstName(d.getFirstName());
                s.setLastName(d.getLastName());
            })
            .add("title", "Title", LeadData::getTitle, LeadData::setTitle)
            .add("email", "E-mail", LeadData::getEmail, LeadData::setEmail)
            .add("phone", "Phone", LeadData::getPhone, LeadData::setPhone)
            .add("company", "Company", LeadData::getCompany, LeadData::setCompany)
            .add("industry", "Industry", LeadData::getIndustry, LeadData::setIndustry)
            .add("employees", "Employees", LeadData::getEmployees, LeadData::setEmployees)
            .add("region", "Region", LeadData::getRegion, LeadData::setRegion)
            .add("country", "Country", LeadData::getCountry, LeadData::setCountry)
            .add("source", "Source", LeadData::getSource, LeadData::setSource)
            .add("campaign", "Campaign", LeadData::getCampaign, LeadData::setCampaign)
            .together("budget", "Budget", d -> Arrays.asList(d.getBudgetAmount(), d.getBudgetCurrency(),
                    d.getBudgetAmount() != null && d.isBudgetConfirmed() ? "(confirmed)" : null), (s, d) -> {
                        s.setBudgetAmount(d.getBudgetAmount());
                        s.setBudgetCurrency(d.getBudgetCurrency());
                        s.setBudgetConfirmed(d.isBudgetConfirmed());
                    })
            .together("authority", "Authority", d -> Arrays.asList(
                    d.getDecisionMaker() == null ? null : d.getDecisionMaker() ? "decision maker" : "not the decision maker",
                    d.getDecisionMakerName() == null ? null : "(" + d.getDecisionMakerName() + ")"), (s, d) -> {
                        s.setDecisionMaker(d.getDecisionMaker());
                        s.setDecisionMakerName(d.getDecisionMakerName());
                    })
            .together("need", "Need", d -> Arrays.asList(d.getNeed(), d.getNeedUrgency() == null ? null : "(" + d.getNeedUrgency() + ")"),
                    (s, d) -> {
                        s.setNeed(d.getNeed());
                        s.setNeedUrgency(d.getNeedUrgency());
                    })
            .add("timeline", "Expected purchase", LeadData::getExpectedPurchaseDate, LeadData::setExpectedPurchaseDate)
            .add("notes", "Notes", LeadData::getNotes, LeadData::setNotes)
            .together("owner", "Owner", LeadData::getOwnerName, (s, d) -> {
                s.setOwnerId(d.getOwnerId());
                s.setOwnerName(d.getOwnerName());
            });

    @PersistenceContext
    EntityManager em;

    @Inject
    Leads leads;

    @Override
    public RecordKind kind() {
        return RecordKind.LEAD;
    }

    @Override
    public LeadData load(long id) {
        return leads.getLead(id);
    }

    @Override
    public void requireReadable(long id) {
        leads.visibleLead(id);
    }

    @Override
    public long versionOf(LeadData record) {
        return record.getVersion();
    }

    @Override
    public String label(LeadData d) {
        return "Lead #" + d.getId() + " " + d.getFullName() + (d.getCompany() == null ? "" : ", " + d.getCompany())
                + " (" + d.getStatus().name().toLowerCase() + ", " + d.getOwnerName() + ")";
    }

    @Override
    public MergeFields<LeadData> fields() {
        return FIELDS;
    }

    @Override
    public void checkMergeable(LeadData survivor, LeadData duplicate) {
        if (duplicate.getStatus() == LeadStatus.CONVERTED) {
            throw new InvalidStatusChangeException(survivor.getStatus() == LeadStatus.CONVERTED
                    ? "Both leads were converted: merge the contacts and accounts they became instead."
                    : "Lead " + duplicate.getFullName() + " was converted, so it must be the one that is kept: swap the two.");
        }
    }

    @Override
    public String valuesFixedBecause(LeadData survivor) {
        return survivor.getStatus() == LeadStatus.CONVERTED
                ? "A converted lead keeps its values (they live on in its contact and account); only its history grows." : null;
    }

    @Override
    public List<String> moving(long duplicateId) {
        long activities = em.createQuery("select count(a) from Activity a where a.lead.id = :d", Long.class)
                .setParameter("d", duplicateId).getSingleResult();
        return activities == 0 ? List.of() : List.of(activities + " activit" + (activities == 1 ? "y" : "ies"));
    }

    @Override
    public String absorb(LeadData survivor, LeadData duplicate) {
        Lead kept = em.find(Lead.class, survivor.getId());
        Lead merged = em.find(Lead.class, duplicate.getId());
        em.createQuery("update Activity a set a.lead = :kept, a.version = a.version + 1 where a.lead.id = :merged")
                .setParameter("kept", kept).setParameter("merged", merged.getId()).executeUpdate();
        em.createQuery("update Opportunity o set o.sourceLeadId = :kept, o.version = o.version + 1 where o.sourceLeadId = :merged")
                .setParameter("kept", kept.getId()).setParameter("merged", merged.getId()).executeUpdate();
        String importKey = merged.getImportKey();
        em.remove(merged);
        em.flush();
        if (importKey != null && kept.getImportKey() == null) {
            kept.importedAs(importKey); // re-importing the duplicate's row now finds the survivor
            return null;
        }
        return importKey;
    }

    @Override
    public void save(LeadData combined, LeadData duplicate) {
        combined.setAssignByRules(false);
        if (combined.getStatus() == LeadStatus.CONVERTED) {
            return; // nothing was taken (see valuesFixedBecause); a converted lead cannot be edited
        }
        combined.setVersion(em.find(Lead.class, combined.getId()).getVersion());
        leads.updateLead(combined);
    }

    @Override
    public List<DuplicateMemberData> describe(List<Long> ids) {
        List<DuplicateMemberData> found = new ArrayList<>();
        em.createQuery("select l from Lead l join fetch l.owner where l.id in :ids order by l.id", Lead.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(l -> found.add(new DuplicateMemberData(l.getId(),
                        (l.getFirstName() == null ? "" : l.getFirstName() + " ") + l.getLastName()
                                + (l.getCompany() == null ? "" : ", " + l.getCompany()),
                        MergeTexts.details(l.getEmail(), l.getPhone(), l.getStatus().name().toLowerCase() + ", score " + l.getScore()),
                        l.getOwner().getDisplayName())));
        return found;
    }
}
