package com.acme.crm.service.boundary;

/** How fast the customer must be served; each has its SLA targets. */
public enum ServicePriority {
    URGENT, HIGH, NORMAL, LOW
}
