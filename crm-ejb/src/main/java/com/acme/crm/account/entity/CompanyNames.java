package com.acme.crm.account.entity;

import java.net.URI;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Normal forms of company names and web sites, so that "Müller GmbH", "MULLER" and
 * "Muller, GmbH." are recognised as the same company: case, accents, punctuation and legal
 * suffixes do not count.
 */
public final class CompanyNames {

    private static final Set<String> LEGAL_SUFFIXES = Set.of("inc", "incorporated", "ltd", "limited", "llc",
            "llp", "plc", "corp", "corporation", "co", "company", "gmbh", "ag", "kg", "sa", "sas", "sarl",
            "srl", "spa", "bv", "nv", "oy", "ab", "as", "aps", "pty", "pte", "kk", "se");

    private CompanyNames() {
    }

    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[.'’]", "") // "S.A." is "SA", "McDonald's" is "McDonalds"
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        String[] words = plain.split(" ");
        int end = words.length;
        while (end > 1 && LEGAL_SUFFIXES.contains(words[end - 1])) {
            end--;
        }
        return Arrays.stream(words, 0, end).collect(Collectors.joining(" "));
    }

    /** The host of a web site without "www.", or null when there is none. */
    public static String webDomain(String website) {
        if (website == null || website.isBlank()) {
            return null;
        }
        String withScheme = website.strip().contains("://") ? website.strip() : "http://" + website.strip();
        try {
            String host = URI.create(withScheme).getHost();
            if (host == null) {
                return null;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
