package com.acme.crm.shared.api;

/** Input formats several record types share, so that a phone means the same everywhere. */
public final class InputRules {

    public static final String PHONE = "^$|^[+0-9 ()./-]{5,50}$";
    public static final String PHONE_MESSAGE = "must be a phone number (digits, spaces, + ( ) - / .)";

    private InputRules() {
    }
}
