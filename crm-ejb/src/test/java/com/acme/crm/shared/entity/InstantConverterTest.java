package com.acme.crm.shared.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The database keeps UTC wall-clock time, so its months and days are UTC ones whatever the server's zone. */
class InstantConverterTest {

    @Test
    void storesUtcWallClockTimeOnAServerWestOfUtc() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            InstantConverter converter = new InstantConverter();
            Instant firstOfMarch = Instant.parse("2017-03-01T00:00:00Z");
            assertEquals("2017-03-01 00:00:00.0", converter.convertToDatabaseColumn(firstOfMarch).toString(),
                    "in March, not on the evening of 28 February");
            assertEquals(firstOfMarch, converter.convertToEntityAttribute(converter.convertToDatabaseColumn(firstOfMarch)));
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
