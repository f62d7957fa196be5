package com.acme.crm.event.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts the relay once a transaction that wrote events has committed (never for one that rolled back). */
@ApplicationScoped
public class EventRelayTrigger {

    @Inject
    EventRelay relay;

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventOutbox.EventsWritten written) {
        relay.publishSoon();
    }
}
