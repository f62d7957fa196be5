package com.acme.crm.service.boundary;

/** What kind of help is asked for. */
public enum ServiceType {
    QUESTION, PROBLEM, INSTALLATION, MAINTENANCE
}
