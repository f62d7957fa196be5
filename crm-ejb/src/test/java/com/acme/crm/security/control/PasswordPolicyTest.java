package com.acme.crm.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void shortCommonAndTrivialPasswordsAreRefusedInTheUsersWords() {
        assertEquals("must have at least 12 characters (a few words make a good one)", PasswordPolicy.problem("12345678", "kim"));
        assertEquals("must have at least 12 characters (a few words make a good one)", PasswordPolicy.problem("password", "kim"));
        assertEquals("must have at least 12 characters (a few words make a good one)", PasswordPolicy.problem("        ", "kim"));
        assertEquals("must not be one or two characters repeated", PasswordPolicy.problem("            ", "kim"));
        assertEquals("must not be one or two characters repeated", PasswordPolicy.problem("abababababab", "kim"));
        assertEquals("must not be only digits", PasswordPolicy.problem("123456789012", "kim"));
        assertEquals("is too common: it is among the first passwords an attacker tries", PasswordPolicy.problem("Password1234!", "kim"));
        assertEquals("is too common: it is among the first passwords an attacker tries", PasswordPolicy.problem("qwertyuiop12", "kim"));
        assertEquals("is too common: it is among the first passwords an attacker tries", PasswordPolicy.problem("Welcome2026!!", "kim"));
        assertEquals("must not contain the user name", PasswordPolicy.problem("rep-smith-2026!", "Smith"));
        assertEquals("must have at most 128 characters", PasswordPolicy.problem("x".repeat(60) + "y".repeat(70), "kim"));
    }

    @Test
    void aFewWordsOrALongPhraseAreFine() {
        assertNull(PasswordPolicy.problem("correct horse battery staple", "kim"));
        assertNull(PasswordPolicy.problem("welcome-maven-2017", "kim"));
        assertNull(PasswordPolicy.problem("Zürich im Frühling 🌷", "kim"), "any characters count, each once");
    }
}
