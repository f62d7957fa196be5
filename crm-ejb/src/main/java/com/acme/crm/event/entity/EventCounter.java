package com.acme.crm.event.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last position handed out in the event stream; locked by the one relay run at a time. */
@Entity
@Table(name = "business_event_counter")
public class EventCounter {

    public static final int ID = 1;

    @Id
    private int id;

    @Column(name = "last_position", nullable = false) private long lastPosition;

    protected EventCounter() {
    }

    public long next() {
        return ++lastPosition;
    }
}
