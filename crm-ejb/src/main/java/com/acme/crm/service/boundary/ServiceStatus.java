package com.acme.crm.service.boundary;

/** Where a service request stands; waiting on the customer pauses the SLA clock. */
public enum ServiceStatus {
    NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED;

    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }

    /** The statuses of requests still being worked (waiting on the customer included). */
    public static java.util.List<ServiceStatus> open() {
        return java.util.Arrays.stream(values()).filter(ServiceStatus::isOpen).toList();
    }
}
