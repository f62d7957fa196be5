package com.acme.crm.lead.entity;

import com.acme.crm.account.entity.CompanyNames;
import com.acme.crm.account.entity.PersonNames;
import com.acme.crm.lead.boundary.LeadRating;
import com.acme.crm.lead.boundary.LeadSource;
import com.acme.crm.lead.boundary.LeadStatus;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.InvalidStatusChangeException;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person (usually at a company) who may buy. The aggregate root of lead qualification:
 * its BANT assessment, its score, and its status from new to converted or disqualified.
 * Status changes only through the methods below, which refuse steps that make no sense.
 */
@Entity
@Table(name = "sales_lead") // "lead" is a window function in SQL
public class Lead extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "lead_seq", sequenceName = "lead_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lead_seq")
    private Long id;

    @Column(name = "first_name", length = 100) private String firstName;
    @Column(name = "last_name", nullable = false, length = 100) private String lastName;
    @Column(name = "title", length = 100) private String title;
    @Column(name = "email", length = 200) private String email;
    @Column(name = "email_norm", length = 200) private String emailNorm;
    @Column(name = "phone", length = 50) private String phone;
    @Column(name = "phone_norm", length = 20) private String phoneNorm;
    @Column(name = "person_norm", length = 200) private String personNorm;
    @Column(name = "company", length = 200) private String company;
    @Column(name = "company_norm", length = 200) private String companyNorm;
    @Column(name = "industry", length = 100) private String industry;
    @Column(name = "employees") private Integer employees;
    @Column(name = "region", length = 100) private String region;
    @Column(name = "country", length = 100) private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 30)
    private LeadSource source;
    @Column(name = "campaign", length = 100) private String campaign;

    @Embedded
    private Bant bant = new Bant();
    @Column(name = "notes", length = 2000) private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private LeadStatus status = LeadStatus.NEW;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "disqualification_reason_id")
    private DisqualificationReason disqualificationReason;
    @Column(name = "disqualification_note", length = 500) private String disqualificationNote;

    @Column(name = "score", nullable = false) private int score;
    @Enumerated(EnumType.STRING)
    @Column(name = "rating", nullable = false, length = 10)
    private LeadRating rating = LeadRating.COLD;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private CrmUser owner;

    @Column(name = "converted_account_id") private Long convertedAccountId;
    @Column(name = "converted_contact_id") private Long convertedContactId;
    @Column(name = "converted_opportunity_id") private Long convertedOpportunityId;
    @Column(name = "converted_at") private Instant convertedAt;
    @Column(name = "import_key", length = 64) private String importKey;

    protected Lead() {
    }

    public Lead(String lastName, LeadSource source, CrmUser owner) {
        this.lastName = lastName;
        this.source = source;
        this.owner = owner;
    }

    public void describePerson(String newFirstName, String newLastName, String newTitle, String newEmail, String newPhone) {
        requireOpen("change");
        firstName = newFirstName;
        lastName = newLastName;
        title = newTitle;
        email = newEmail;
        emailNorm = PersonNames.email(newEmail);
        phone = newPhone;
        phoneNorm = PersonNames.phone(newPhone);
        personNorm = PersonNames.name(newFirstName, newLastName);
    }

    public void describeCompany(String newCompany, String newIndustry, Integer newEmployees, String newRegion, String newCountry) {
        requireOpen("change");
        company = newCompany;
        companyNorm = newCompany == null ? null : CompanyNames.normalize(newCompany);
        industry = newIndustry;
        employees = newEmployees;
        region = newRegion;
        country = newCountry;
    }

    public void attribute(LeadSource newSource, String newCampaign) {
        source = newSource;
        campaign = newCampaign;
    }

    public void assess(Bant newBant, String newNotes) {
        requireOpen("change");
        bant = newBant;
        notes = newNotes;
    }

    public void rescore(int newScore, LeadRating newRating) {
        score = newScore;
        rating = newRating;
    }

    /** Someone works on a new lead: it is no longer untouched. */
    public void startWorking() {
        if (status == LeadStatus.NEW) {
            status = LeadStatus.WORKING;
        }
    }

    /** Qualified: worth a deal. The caller has checked the BANT minimum. */
    public void qualify() {
        if (status != LeadStatus.NEW && status != LeadStatus.WORKING) {
            throw new InvalidStatusChangeException("A " + status.name().toLowerCase() + " lead cannot be qualified");
        }
        status = LeadStatus.QUALIFIED;
    }

    public void disqualify(DisqualificationReason reason, String note) {
        requireOpen("disqualify");
        status = LeadStatus.DISQUALIFIED;
        disqualificationReason = reason;
        disqualificationNote = note;
    }

    /** A disqualified lead comes back (the budget appeared after all); a qualified one goes back to work. */
    public void reopen() {
        if (status != LeadStatus.DISQUALIFIED && status != LeadStatus.QUALIFIED) {
            throw new InvalidStatusChangeException("Only disqualified or qualified leads can be reopened; this one is "
                    + status.name().toLowerCase());
        }
        status = LeadStatus.WORKING;
        disqualificationReason = null;
        disqualificationNote = null;
    }

    public void markConverted(long accountId, long contactId, long opportunityId, Instant at) {
        if (status != LeadStatus.QUALIFIED) {
            throw new InvalidStatusChangeException("Only qualified leads can be converted; this one is "
                    + status.name().toLowerCase());
        }
        status = LeadStatus.CONVERTED;
        convertedAccountId = accountId;
        convertedContactId = contactId;
        convertedOpportunityId = opportunityId;
        convertedAt = at;
    }

    /** Remembers the import row this lead came from, so that importing it again is recognised. */
    public void importedAs(String key) {
        importKey = key;
    }

    public void reassignTo(CrmUser newOwner) {
        owner = newOwner;
    }

    private void requireOpen(String action) {
        if (!status.isOpen()) {
            throw new InvalidStatusChangeException("Cannot " + action + " a " + status.name().toLowerCase()
                    + " lead" + (status == LeadStatus.DISQUALIFIED ? "; reopen it first" : ""));
        }
    }

    @Override
    public Long getId() { return id; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getTitle() { return title; }
    public String getEmail() { return email; }
    public String getEmailNorm() { return emailNorm; }
    public String getPhone() { return phone; }
    public String getPhoneNorm() { return phoneNorm; }
    public String getPersonNorm() { return personNorm; }
    public String getCompany() { return company; }
    public String getCompanyNorm() { return companyNorm; }
    public String getIndustry() { return industry; }
    public Integer getEmployees() { return employees; }
    public String getRegion() { return region; }
    public String getCountry() { return country; }
    public LeadSource getSource() { return source; }
    public String getCampaign() { return campaign; }
    public Bant getBant() { return bant == null ? new Bant() : bant; }
    public String getNotes() { return notes; }
    public LeadStatus getStatus() { return status; }
    public DisqualificationReason getDisqualificationReason() { return disqualificationReason; }
    public String getDisqualificationNote() { return disqualificationNote; }
    public int getScore() { return score; }
    public LeadRating getRating() { return rating; }
    public CrmUser getOwner() { return owner; }
    public Long getConvertedAccountId() { return convertedAccountId; }
    public Long getConvertedContactId() { return convertedContactId; }
    public Long getConvertedOpportunityId() { return convertedOpportunityId; }
    public Instant getConvertedAt() { return convertedAt; }
    public String getImportKey() { return importKey; }
}
