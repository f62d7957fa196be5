package com.acme.crm.shared.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores instants as SQL timestamps holding UTC wall-clock time (the servers' EclipseLink would
 * otherwise serialise them). UTC, not the server's zone: the database groups deals by month and
 * day with {@code extract}, and those must be the UTC months and days the metrics are defined
 * in, whatever zone the application server runs in.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return utc(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    /** An instant as the database keeps it, for SQL written by hand. */
    public static Timestamp utc(Instant instant) {
        return instant == null ? null : Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }
}
