package com.acme.crm.event.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void aReceiverVerifiesTheSignatureAndRefusesOldOrAlteredDeliveries() {
        String secret = "whsec_test";
        String body = "{\"specversion\":\"1.0\",\"id\":\"e1\"}";
        String signature = WebhookSignature.sign(secret, "e1", 1_800_000_000L, body);
        // HMAC-SHA256("whsec_test", "e1.1800000000.{...}") computed independently (openssl dgst -sha256 -hmac)
        assertEquals("v1,5t/r77rBqeUIxkN5gbQzFYoqXFXmMic4WBaWmK9surA=", signature);
        assertTrue(WebhookSignature.verify(secret, "e1", 1_800_000_000L, body, signature, 1_800_000_100L, 300));
        assertFalse(WebhookSignature.verify(secret, "e1", 1_800_000_000L, body, signature, 1_800_000_400L, 300), "too old: a replay");
        assertFalse(WebhookSignature.verify(secret, "e1", 1_800_000_000L, body.replace("e1", "e2"), signature, 1_800_000_000L, 300),
                "an altered body");
        assertFalse(WebhookSignature.verify("whsec_other", "e1", 1_800_000_000L, body, signature, 1_800_000_000L, 300), "another secret");
    }

    @Test
    void everyHookGetsASecretOfItsOwn() {
        String one = WebhookSignature.newSecret();
        assertTrue(one.startsWith("whsec_") && one.length() >= 38, one);
        assertNotEquals(one, WebhookSignature.newSecret());
    }
}
