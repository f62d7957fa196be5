package com.acme.crm.service.boundary;

import java.io.Serializable;

/** One entry of a request's history: who changed what when, or a note (internal or for the customer). */
public class ServiceEventData implements Serializable {

    private static final long serialVersionUID = 1L;

    private String at;
    private String by;
    private String kind;
    private String from;
    private String to;
    private String note;
    private boolean customerVisible;

    public ServiceEventData() {
    }

    public ServiceEventData(String at, String by, String kind, String from, String to, String note, boolean customerVisible) {
        this.at = at;
        this.by = by;
        this.kind = kind;
        this.from = from;
        this.to = to;
        this.note = note;
        this.customerVisible = customerVisible;
    }

    public String getAt() { return at; }
    public String getBy() { return by; }
    public String getKind() { return kind; }
    public String getFrom() { return from; }
    public String getTo() { return to; }
    public String getNote() { return note; }
    public boolean isCustomerVisible() { return customerVisible; }
}
