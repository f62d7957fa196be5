package com.acme.crm.pipeline.entity;

import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A possible deal with an account. For now the minimal record a converted lead becomes
 * (first stage, amount, expected close); stages, history and criteria come with the pipeline.
 */
@Entity
@Table(name = "opportunity")
public class Opportunity extends AuditedEntity {

    public static final String FIRST_STAGE = "PROSPECTING";

    @Id
    @SequenceGenerator(name = "opportunity_seq", sequenceName = "opportunity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opportunity_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 200) private String name;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "primary_contact_id")
    private Contact primaryContact;
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private CrmUser owner;
    @Column(name = "amount", precision = 17, scale = 2) private BigDecimal amount;
    @Column(name = "currency", length = 3) private String currency;
    @Column(name = "expected_close_date") private LocalDate expectedCloseDate;
    @Column(name = "stage", nullable = false, length = 40) private String stage = FIRST_STAGE;
    @Column(name = "source_lead_id") private Long sourceLeadId;

    protected Opportunity() {
    }

    public Opportunity(String name, Account account, Contact primaryContact, CrmUser owner, Long sourceLeadId) {
        this.name = name;
        this.account = account;
        this.primaryContact = primaryContact;
        this.owner = owner;
        this.sourceLeadId = sourceLeadId;
    }

    public void estimate(BigDecimal newAmount, String newCurrency, LocalDate newCloseDate) {
        amount = newAmount;
        currency = newCurrency;
        expectedCloseDate = newCloseDate;
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public Account getAccount() { return account; }
    public Contact getPrimaryContact() { return primaryContact; }
    public CrmUser getOwner() { return owner; }
    public BigDecimal getAmount() { return amount; }
    public String getCurrency() { return currency; }
    public LocalDate getExpectedCloseDate() { return expectedCloseDate; }
    public String getStage() { return stage; }
    public Long getSourceLeadId() { return sourceLeadId; }
}
