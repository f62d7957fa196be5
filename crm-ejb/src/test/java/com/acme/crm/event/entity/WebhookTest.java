package com.acme.crm.event.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void aHookThatKeepsFailingIsPausedAndStartsAfreshWhenSwitchedOn() {
        Webhook hook = new Webhook("https://erp.example.com/hook", List.of("com.acme.crm.deal.won"), "whsec_x");
        assertTrue(hook.wants("com.acme.crm.deal.won"));
        assertFalse(hook.wants("com.acme.crm.deal.lost"));
        for (int i = 1; i < Webhook.PAUSE_AFTER_FAILURES; i++) {
            assertFalse(hook.failed(NOW, "the receiver answered 503"), "attempt " + i);
        }
        hook.delivered();
        assertEquals(0, hook.getConsecutiveFailures(), "a success forgets the failures");
        for (int i = 1; i < Webhook.PAUSE_AFTER_FAILURES; i++) {
            hook.failed(NOW, "the receiver answered 503");
        }
        assertTrue(hook.failed(NOW, "the receiver answered 503"), "the tenth failure in a row pauses it");
        assertFalse(hook.isActive());
        assertTrue(hook.getPauseReason().contains("503"), hook.getPauseReason());
        hook.activate(true);
        assertTrue(hook.isActive());
        assertNull(hook.getPausedAt());
        assertEquals(0, hook.getConsecutiveFailures());
        assertTrue(new Webhook("https://x.example", List.of(), "s").wants("com.acme.crm.lead.created"), "no types: every type");
    }

    @Test
    void aFailedDeliveryIsRetriedWithGrowingPausesAndThenGivenUp() {
        Webhook hook = new Webhook("https://erp.example.com/hook", List.of(), "whsec_x");
        BusinessEvent event = new BusinessEvent("e1", "com.acme.crm.deal.won", "opportunities", 1, null, null, NOW, "{}");
        event.published(7, NOW);
        WebhookDelivery delivery = new WebhookDelivery(hook, event, NOW);
        assertTrue(delivery.isDue(NOW));
        delivery.lease(NOW);
        assertFalse(delivery.isDue(NOW.plusSeconds(60)), "leased: no other instance sends it meanwhile");
        Instant at = NOW;
        for (Duration pause : WebhookDelivery.BACK_OFF) {
            delivery.failed(at, 500, "the receiver answered 500");
            assertEquals(at.plus(pause), delivery.getNextAttemptAt());
            at = at.plus(pause);
        }
        delivery.failed(at, 500, "the receiver answered 500");
        assertEquals(WebhookDelivery.Status.FAILED, delivery.getStatus(), "given up after " + delivery.getAttempts() + " attempts");
        assertEquals(8, delivery.getAttempts());
        assertFalse(delivery.isDue(at.plus(Duration.ofDays(1))));
    }
}
