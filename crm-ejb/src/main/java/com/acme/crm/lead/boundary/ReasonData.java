package com.acme.crm.lead.boundary;

import java.io.Serializable;

/** An entry of the admin-managed list of disqualification reasons. */
public final class ReasonData implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;

    public ReasonData(long id, String name) {
        this.id = id;
        this.name = name;
    }

    public long getId() { return id; }
    public String getName() { return name; }
}
