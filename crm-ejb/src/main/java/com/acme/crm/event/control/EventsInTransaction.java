package com.acme.crm.event.control;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;

/** Whether the current transaction wrote events yet: the relay is started once per transaction, not once per event. */
@TransactionScoped
public class EventsInTransaction implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean written;

    /** True the first time in a transaction. */
    public boolean first() {
        boolean first = !written;
        written = true;
        return first;
    }
}
