package com.acme.crm.event.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts the relay once a transaction that wrote events has committed (never for one that rolled
 * back). Dependent: made afresh for each notification, with the relay injected, rather than
 * reached through a proxy the server may call after the transaction, outside the application.
 */
@Dependent
public class EventRelayTrigger {

    @Inject
    EventRelay relay;

    public void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventOutbox.EventsWritten written) {
        // while the application is still being deployed (the demo data) the server injects no
        // relay yet; the relay's 20-second catch-up publishes those events
        if (relay != null) {
            relay.publishSoon();
        }
    }
}
