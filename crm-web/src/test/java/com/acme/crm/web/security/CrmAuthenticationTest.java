package com.acme.crm.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CrmAuthenticationTest {

    @Test
    void decodesBasicCredentialsWithColonInPassword() {
        var credential = CrmAuthentication.decodeBasic(encode("rep1:pa:ss"));
        assertEquals("rep1", credential.getCaller());
        assertEquals("pa:ss", credential.getPasswordAsString());
    }

    @Test
    void rejectsMalformedBasicCredentials() {
        assertNull(CrmAuthentication.decodeBasic(encode("no-colon")));
        assertNull(CrmAuthentication.decodeBasic(encode(":nouser")));
        assertNull(CrmAuthentication.decodeBasic("%%% not base64"));
    }

    private static String encode(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }
}
