package com.acme.crm.account.control;

import com.acme.crm.account.boundary.AccountData;
import com.acme.crm.account.boundary.ContactData;
import com.acme.crm.account.entity.Account;
import com.acme.crm.account.entity.Contact;
import jakarta.enterprise.context.Dependent;

/** Turns account and contact entities into the data their boundary hands out. */
@Dependent
public class AccountMapping {

    public AccountData toData(Account account) {
        AccountData data = new AccountData();
        data.setId(account.getId());
        data.setVersion(account.getVersion());
        data.setName(account.getName());
        data.setIndustry(account.getIndustry());
        data.setEmployees(account.getEmployees());
        data.setRevenueBand(account.getRevenueBand());
        data.setWebsite(account.getWebsite());
        data.setPhone(account.getPhone());
        data.setAddress(copy(account.getAddress()));
        data.setOwnerId(account.getOwner().getId());
        data.setOwnerName(account.getOwner().getDisplayName());
        if (account.getParent() != null) {
            data.setParentId(account.getParent().getId());
            data.setParentName(account.getParent().getName());
        }
        data.setCreatedAt(iso(account.getCreatedAt()));
        data.setCreatedBy(account.getCreatedBy());
        data.setUpdatedAt(iso(account.getUpdatedAt()));
        data.setUpdatedBy(account.getUpdatedBy());
        return data;
    }

    public ContactData toData(Contact contact) {
        ContactData data = new ContactData();
        data.setId(contact.getId());
        data.setVersion(contact.getVersion());
        data.setFirstName(contact.getFirstName());
        data.setLastName(contact.getLastName());
        data.setTitle(contact.getTitle());
        data.setEmail(contact.getEmail());
        data.setPhone(contact.getPhone());
        data.setMobile(contact.getMobile());
        data.setBuyingRole(contact.getBuyingRole());
        if (contact.getAccount() != null) {
            data.setAccountId(contact.getAccount().getId());
            data.setAccountName(contact.getAccount().getName());
        }
        data.setOwnerId(contact.getOwner().getId());
        data.setOwnerName(contact.getOwner().getDisplayName());
        data.setUpdatedAt(iso(contact.getUpdatedAt()));
        data.setUpdatedBy(contact.getUpdatedBy());
        return data;
    }

    static String iso(java.time.Instant instant) {
        return instant == null ? null : instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    /** A fresh copy, so that a detached entity's embedded address is never shared with callers. */
    static com.acme.crm.shared.api.Address copy(com.acme.crm.shared.api.Address from) {
        var to = new com.acme.crm.shared.api.Address();
        to.setStreet(from.getStreet());
        to.setPostalCode(from.getPostalCode());
        to.setCity(from.getCity());
        to.setRegion(from.getRegion());
        to.setCountry(from.getCountry());
        return to;
    }
}
