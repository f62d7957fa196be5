package com.acme.crm.shared.control;

/**
 * The settings IT chooses when the server starts (database, demo data, trusted proxies): an
 * environment variable such as {@code CRM_DB_URL}, else the JVM property such as
 * {@code crm.db.url}, else the default. Read by the application itself, because servers
 * differ in which placeholders they expand in deployment descriptors and annotations
 * (Payara's {@code ${ENV=...}} is Payara's alone).
 */
public final class StartSettings {

    private StartSettings() {
    }

    /**
     * @param variable the environment variable, e.g. {@code CRM_DB_URL}
     * @param property the JVM property used when the variable is unset, e.g. {@code crm.db.url}
     */
    public static String value(String variable, String property, String fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            value = System.getProperty(property);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
