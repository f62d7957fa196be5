package com.acme.crm.shared.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ConfiguredDataSourceTest {

    @Test
    void theChosenDriversDataSourceGetsUrlUserAndPassword() throws Exception {
        DataSource h2 = ConfiguredDataSource.made("org.h2.jdbcx.JdbcDataSource", "jdbc:h2:mem:configured", "crm", "secret");
        try (Connection connection = h2.getConnection()) {
            assertEquals("jdbc:h2:mem:configured", connection.getMetaData().getURL());
            assertEquals("CRM", connection.getMetaData().getUserName());
        }
    }

    @Test
    void theUrlSetterIsFoundInEitherSpelling() throws Exception {
        DataSource postgres = ConfiguredDataSource.made("org.postgresql.ds.PGSimpleDataSource",
                "jdbc:postgresql://dbhost:5432/crm", "crm", "secret");
        var pg = postgres.unwrap(org.postgresql.ds.PGSimpleDataSource.class);
        assertEquals("dbhost", pg.getServerNames()[0]);
        assertEquals("crm", pg.getDatabaseName());
        assertEquals("crm", pg.getUser());
    }

    @Test
    void anUnusableClassIsNamedWithItsSetting() {
        SQLException refused = assertThrows(SQLException.class,
                () -> ConfiguredDataSource.made("org.example.NoSuchDataSource", "jdbc:x", "u", "p"));
        assertTrue(refused.getMessage().contains("org.example.NoSuchDataSource (CRM_DB_CLASS)"), refused.getMessage());
    }
}
