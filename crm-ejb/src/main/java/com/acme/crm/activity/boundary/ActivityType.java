package com.acme.crm.activity.boundary;

/** What kind of contact with a customer (or work for one) an activity is. */
public enum ActivityType {
    CALL,
    EMAIL,
    MEETING,
    TASK
}
