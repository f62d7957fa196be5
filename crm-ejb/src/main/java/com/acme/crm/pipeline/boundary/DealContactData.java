package com.acme.crm.pipeline.boundary;

import com.acme.crm.account.boundary.BuyingRole;
import java.io.Serializable;

/** A contact involved in a deal, with the buying role they play in it. */
public class DealContactData implements Serializable {

    private static final long serialVersionUID = 1L;

    private long contactId;
    private String name;
    private String title;
    private BuyingRole role;
    private boolean primary;

    public DealContactData() {
    }

    public DealContactData(long contactId, String name, String title, BuyingRole role, boolean primary) {
        this.contactId = contactId;
        this.name = name;
        this.title = title;
        this.role = role;
        this.primary = primary;
    }

    public long getContactId() { return contactId; }
    public String getName() { return name; }
    public String getTitle() { return title; }
    public BuyingRole getRole() { return role; }
    public boolean isPrimary() { return primary; }
}
