package com.acme.crm.duplicate.boundary;

/** The kinds of records that can be merged and scanned for duplicates. */
public enum RecordKind {
    LEAD("lead", "leads"),
    CONTACT("contact", "contacts"),
    ACCOUNT("account", "accounts");

    private final String singular;
    private final String plural;

    RecordKind(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    public String singular() { return singular; }
    public String plural() { return plural; }
}
