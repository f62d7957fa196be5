package com.acme.crm.shared.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Migration 12: the figures V10 added to the rows (a closed deal's cycle days, a stage stay's
 * days, a service request's minutes to first response and to resolution) for the rows that
 * were there before it. The application writes them as things happen; without this, a database
 * upgraded from an earlier version would leave its whole history out of the sales cycle, time in
 * stage and service times. Whole UTC calendar days and whole minutes, as the entities count them
 * (timestamps hold UTC wall-clock time). Java, not SQL, because H2 and PostgreSQL spell date
 * arithmetic differently.
 */
public class MetricFiguresBackfill extends BaseJavaMigration {

    @Override
    protected void init() {
        // version and description come from the methods below, not from a V12__... class name
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("12");
    }

    @Override
    public String getDescription() {
        return "backfill metric figures";
    }

    @Override
    public void migrate(Context context) throws SQLException {
        backfill(context.getConnection());
    }

    /** Fills in what is missing and returns how many rows changed; running it again changes nothing. */
    public static int backfill(Connection connection) throws SQLException {
        return fill(connection, "select id, opened_at, closed_at from opportunity where closed_at is not null and cycle_days is null",
                "update opportunity set cycle_days = ? where id = ?", true)
                + fill(connection, "select id, moved_at, left_at from stage_move where left_at is not null and stage_days is null",
                        "update stage_move set stage_days = ? where id = ?", true)
                + fill(connection, "select id, opened_at, first_responded_at from service_request"
                        + " where first_responded_at is not null and response_minutes is null",
                        "update service_request set response_minutes = ? where id = ?", false)
                + fill(connection, "select id, opened_at, resolved_at from service_request"
                        + " where resolved_at is not null and resolution_minutes is null",
                        "update service_request set resolution_minutes = ? where id = ?", false);
    }

    /** Rows of (id, from, to): writes the days (or minutes) between into the update's first parameter. */
    private static int fill(Connection connection, String select, String update, boolean days) throws SQLException {
        int changed = 0;
        try (PreparedStatement rows = connection.prepareStatement(select); ResultSet r = rows.executeQuery();
                PreparedStatement write = connection.prepareStatement(update)) {
            while (r.next()) {
                LocalDateTime from = utc(r.getTimestamp(2));
                LocalDateTime to = utc(r.getTimestamp(3));
                write.setLong(1, days ? ChronoUnit.DAYS.between(from.toLocalDate(), to.toLocalDate()) : Duration.between(from, to).toMinutes());
                write.setLong(2, r.getLong(1));
                write.addBatch();
                if (++changed % 500 == 0) {
                    write.executeBatch();
                }
            }
            write.executeBatch();
        }
        return changed;
    }

    private static LocalDateTime utc(Timestamp stored) {
        return stored.toLocalDateTime();
    }
}
