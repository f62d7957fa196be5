package com.acme.crm.account.entity;

import com.acme.crm.account.boundary.BuyingRole;
import com.acme.crm.security.entity.CrmUser;
import com.acme.crm.shared.entity.AuditedEntity;
import jakarta.persistence.Column;
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

/** A person at a customer, with the part they play when the customer buys. */
@Entity
@Table(name = "contact")
@NamedQuery(name = "Contact.findByAccount", query = "select c from Contact c where c.account.id = :accountId"
        + " order by c.lastName, c.firstName")
public class Contact extends AuditedEntity {

    @Id
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    private Long id;

    @Column(name = "first_name", length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "title", length = 100)
    private String title;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "phone", length = 50)
    private String phone;

    @Column(name = "mobile", length = 50)
    private String mobile;

    @Column(name = "phone_norm", length = 20)
    private String phoneNorm;

    @Column(name = "person_norm", length = 200)
    private String personNorm;

    @Enumerated(EnumType.STRING)
    @Column(name = "buying_role", length = 30)
    private BuyingRole buyingRole;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account account;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id", nullable = false)
    private CrmUser owner;

    protected Contact() {
    }

    public Contact(String lastName, CrmUser owner) {
        this.lastName = lastName;
        this.owner = owner;
        this.personNorm = PersonNames.name(null, lastName);
    }

    public void rename(String newFirstName, String newLastName, String newTitle) {
        this.firstName = newFirstName;
        this.lastName = newLastName;
        this.title = newTitle;
        this.personNorm = PersonNames.name(newFirstName, newLastName);
    }

    public void reachAt(String newEmail, String newPhone, String newMobile) {
        this.email = PersonNames.email(newEmail);
        this.phone = newPhone;
        this.phoneNorm = PersonNames.phone(newPhone != null ? newPhone : newMobile);
        this.mobile = newMobile;
    }

    public void workFor(Account newAccount, BuyingRole role) {
        this.account = newAccount;
        this.buyingRole = role;
    }

    public void reassignTo(CrmUser newOwner) {
        this.owner = newOwner;
    }

    @Override
    public Long getId() { return id; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getTitle() { return title; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public String getMobile() { return mobile; }
    public BuyingRole getBuyingRole() { return buyingRole; }
    public Account getAccount() { return account; }
    public CrmUser getOwner() { return owner; }
}
