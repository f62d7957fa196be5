package com.acme.crm.account.entity;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normal forms for matching people: e-mail addresses ignore case and surrounding blanks,
 * phone numbers compare by their last nine digits (so "+49 30 1234567" and "030/1234567"
 * match), names ignore case, accents and punctuation.
 */
public final class PersonNames {

    static final int PHONE_DIGITS = 9;

    private PersonNames() {
    }

    public static String email(String email) {
        return email == null || email.isBlank() ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() < 6) {
            return null; // too short to identify anyone
        }
        return digits.length() > PHONE_DIGITS ? digits.substring(digits.length() - PHONE_DIGITS) : digits;
    }

    public static String name(String first, String last) {
        String full = ((first == null ? "" : first) + " " + (last == null ? "" : last));
        String plain = Normalizer.normalize(full, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        return plain.isEmpty() ? null : plain;
    }
}
