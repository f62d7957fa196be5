package com.acme.crm.account.entity;

import com.acme.crm.account.boundary.RevenueBand;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.api.Address;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A company we sell to or hope to sell to. The aggregate root of the customer: contacts,
 * deals and service requests hang off it. Its owner decides who sees it (see CallerScope).
 * The normalised name and web domain are kept so that likely duplicates are found by index.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.countContacts", query = "select count(c) from Contact c where c.account.id = :id")
@NamedQuery(name = "Account.countChildren", query = "select count(a) from Account a where a.parent.id = :id")
@NamedQuery(name = "Account.countOpportunities", query = "select count(o) from Opportunity o where o.account.id = :id")
public class Account extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "normalized_name", nullable = false, length = 200)
    private String normalizedName;

    @Column(name = "industry", length = 100)
    private String industry;

    @Column(name = "employees")
    private Integer employees;

    @Enumerated(EnumType.STRING)
    @Column(name = "revenue_band", length = 30)
    private RevenueBand revenueBand;

    @Column(name = "website", length = 200)
    private String website;

    @Column(name = "web_domain", length = 200)
    private String webDomain;

    @Column(name = "phone", length = 50)
    private String phone;

    @Embedded
    private Address address = new Address();

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private CrmUser owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Account parent;

    protected Account() {
    }

    public Account(String name, CrmUser owner) {
        this.owner = owner;
        rename(name);
    }

    public void rename(String newName) {
        this.name = newName;
        this.normalizedName = CompanyNames.normalize(newName);
    }

    public void describe(String newIndustry, Integer newEmployees, RevenueBand newRevenueBand) {
        this.industry = newIndustry;
        this.employees = newEmployees;
        this.revenueBand = newRevenueBand;
    }

    public void reachAt(String newWebsite, String newPhone, Address newAddress) {
        this.website = newWebsite;
        this.webDomain = CompanyNames.webDomain(newWebsite);
        this.phone = newPhone;
        this.address = newAddress == null ? new Address() : newAddress;
    }

    public void reassignTo(CrmUser newOwner) {
        this.owner = newOwner;
    }

    /** Makes this account a subsidiary of another (or of none). */
    public void belongTo(Account newParent) {
        for (Account a = newParent; a != null; a = a.parent) {
            if (a == this) {
                throw new IllegalArgumentException("an account cannot be its own parent");
            }
        }
        this.parent = newParent;
    }

    @Override
    public Long getId() { return id; }
    public String getName() { return name; }
    public String getNormalizedName() { return normalizedName; }
    public String getIndustry() { return industry; }
    public Integer getEmployees() { return employees; }
    public RevenueBand getRevenueBand() { return revenueBand; }
    public String getWebsite() { return website; }
    public String getWebDomain() { return webDomain; }
    public String getPhone() { return phone; }
    public Address getAddress() { return address == null ? new Address() : address; }
    public CrmUser getOwner() { return owner; }
    public Account getParent() { return parent; }
}
