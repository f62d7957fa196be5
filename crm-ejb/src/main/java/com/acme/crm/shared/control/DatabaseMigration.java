package com.acme.crm.shared.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Declares the CRM's database and brings its schema up to date before anything uses it.
 *
 * <p>The database is chosen when the server starts, never by rebuilding: {@code CRM_DB_URL},
 * {@code CRM_DB_USER}, {@code CRM_DB_PASSWORD} and {@code CRM_DB_CLASS}, read by
 * {@link ConfiguredDataSource} (the same on every server). Without them it is an embedded H2 file database named
 * {@code data/crm} under the directory given by the {@code h2.baseDir} system property (the
 * server's working directory if unset). H2 refuses files outside {@code h2.baseDir}, and the
 * server's own EJB timer database is an H2 file in the domain: the build therefore points
 * {@code h2.baseDir} at a directory holding both (the project, or {@code target/}).
 *
 * <p>Flyway takes a lock in the database while migrating, so several instances starting at
 * once migrate only once.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/crm",
        className = "com.acme.crm.shared.control.ConfiguredDataSource",
        minPoolSize = 2,
        maxPoolSize = 30)
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/crm")
    DataSource dataSource;

    private boolean isPostgreSql() {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot reach the CRM database", e);
        }
    }

    @PostConstruct
    void migrate() {
        var result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .javaMigrations(new MetricFiguresBackfill())
                // the few types that differ between the databases, e.g. ${clob} for long text
                .placeholders(java.util.Map.of("clob", isPostgreSql() ? "text" : "clob"))
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }
}
