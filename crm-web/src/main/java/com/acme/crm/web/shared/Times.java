package com.acme.crm.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Instants as people read them on the pages: in the server's time zone, to the minute
 * ("25 Nov 2026 16:53"). The services hand out ISO-8601 UTC strings, which REST and remote
 * callers keep.
 */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.ENGLISH);

    public String of(String isoInstant) {
        if (isoInstant == null || isoInstant.isBlank()) {
            return "";
        }
        try {
            return SHOWN.format(Instant.parse(isoInstant).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return isoInstant;
        }
    }

    /** An instant as pages show it. */
    public String at(Instant instant) {
        return instant == null ? "" : SHOWN.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** A local date and time (an activity's, as the user entered it), to the minute like the instants. */
    public String local(LocalDateTime time) {
        return time == null ? "" : SHOWN.format(time);
    }
}
