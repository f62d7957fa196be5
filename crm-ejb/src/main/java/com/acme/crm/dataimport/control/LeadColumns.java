package com.acme.crm.dataimport.control;

import com.acme.crm.lead.boundary.LeadData;
import com.acme.crm.lead.boundary.LeadSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lead fields a CSV column can fill, the column names recognised for each when the
 * mapping is proposed, and the conversion of one row into a lead (with a clear reason when a
 * value cannot be read).
 */
public final class LeadColumns {

    /** Field name and the header names (normalised) that suggest it. */
    public static final Map<String, Set<String>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("firstName", Set.of("first name", "firstname", "given name", "forename", "vorname", "prenom"));
        FIELDS.put("lastName", Set.of("last name", "lastname", "surname", "family name", "name", "nachname", "nom"));
        FIELDS.put("title", Set.of("title", "job title", "position", "role"));
        FIELDS.put("email", Set.of("email", "e mail", "mail", "email address"));
        FIELDS.put("phone", Set.of("phone", "telephone", "tel", "phone number", "mobile"));
        FIELDS.put("company", Set.of("company", "company name", "organisation", "organization", "account", "firma"));
        FIELDS.put("industry", Set.of("industry", "sector"));
        FIELDS.put("employees", Set.of("employees", "company size", "size", "headcount"));
        FIELDS.put("region", Set.of("region", "state", "province"));
        FIELDS.put("country", Set.of("country"));
        FIELDS.put("source", Set.of("source", "lead source"));
        FIELDS.put("campaign", Set.of("campaign"));
        FIELDS.put("need", Set.of("need", "interest", "notes", "comment"));
        FIELDS.put("budgetAmount", Set.of("budget", "budget amount"));
        FIELDS.put("budgetCurrency", Set.of("currency", "budget currency"));
        FIELDS.put("expectedPurchaseDate", Set.of("expected purchase", "expected purchase date", "purchase date", "timeline"));
    }

    private LeadColumns() {
    }

    /** Proposes field → column from the header names; the user can change it before importing. */
    public static Map<String, String> suggest(List<String> headers) {
        Map<String, String> mapping = new LinkedHashMap<>();
        FIELDS.forEach((field, names) -> headers.stream()
                .filter(h -> names.contains(normalise(h)) || normalise(h).equals(normalise(field)))
                .findFirst().ifPresent(h -> mapping.put(field, h)));
        return mapping;
    }

    /** The lead described by one row; throws with a readable reason when a value is unusable. */
    public static LeadData toLead(Map<String, String> values) {
        LeadData lead = new LeadData();
        lead.setFirstName(values.get("firstName"));
        lead.setLastName(values.get("lastName"));
        lead.setTitle(values.get("title"));
        lead.setEmail(values.get("email"));
        lead.setPhone(values.get("phone"));
        lead.setCompany(values.get("company"));
        lead.setIndustry(values.get("industry"));
        lead.setRegion(values.get("region"));
        lead.setCountry(values.get("country"));
        lead.setCampaign(values.get("campaign"));
        lead.setNeed(values.get("need"));
        lead.setBudgetCurrency(values.get("budgetCurrency") == null ? null : values.get("budgetCurrency").toUpperCase(Locale.ROOT));
        lead.setSource(source(values.get("source")));
        lead.setEmployees(values.get("employees") == null ? null : integer("employees", values.get("employees")));
        lead.setBudgetAmount(values.get("budgetAmount") == null ? null : amount(values.get("budgetAmount")));
        lead.setExpectedPurchaseDate(values.get("expectedPurchaseDate") == null ? null : date(values.get("expectedPurchaseDate")));
        return lead;
    }

    static String normalise(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static LeadSource source(String value) {
        if (value == null) {
            return LeadSource.OTHER;
        }
        String key = value.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z]+", "_");
        for (LeadSource source : LeadSource.values()) {
            if (source.name().equals(key)) {
                return source;
            }
        }
        throw new IllegalArgumentException("source: '" + value + "' is not one of " + java.util.Arrays.toString(LeadSource.values()));
    }

    private static Integer integer(String field, String value) {
        try {
            return Integer.valueOf(value.strip().replaceAll("[ ,._']", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + value + "' is not a whole number");
        }
    }

    private static BigDecimal amount(String value) {
        try {
            return new BigDecimal(value.strip().replaceAll("[ ,_']", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("budgetAmount: '" + value + "' is not an amount (use 12500.00)");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expectedPurchaseDate: '" + value + "' is not a date (use 2027-03-31)");
        }
    }
}
