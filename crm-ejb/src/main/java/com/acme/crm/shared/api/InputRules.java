package com.acme.crm.shared.api;

/** Input formats several record types share, so that a phone or currency means the same everywhere. */
public final class InputRules {

    public static final String PHONE = "^$|^[+0-9 ()./-]{5,50}$";
    public static final String PHONE_MESSAGE = "must be a phone number (digits, spaces, + ( ) - / .)";
    public static final String CURRENCY = "^$|^[A-Z]{3}$";
    public static final String CURRENCY_MESSAGE = "must be a three-letter currency code such as EUR";

    private InputRules() {
    }
}
