package com.acme.crm.shared.control;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The CRM's database as chosen at start: {@code CRM_DB_URL}, {@code CRM_DB_USER},
 * {@code CRM_DB_PASSWORD} and {@code CRM_DB_CLASS} (or {@code -Dcrm.db.url} etc.), embedded H2
 * without them. The server pools it (it is the class of the application's
 * {@code @DataSourceDefinition}); this class only makes the driver's own data source from the
 * settings and hands out its connections.
 *
 * <p>Why not the annotation's own attributes: the servers disagree on placeholders there
 * (Payara expands {@code ${ENV=...}}, GlassFish and WildFly do not), and the EAR must deploy
 * unchanged on each. Plain {@code DataSource}, not XA: nothing of the CRM needs a two-phase
 * commit (the event relay sends outside its database transaction) and PostgreSQL's simple data
 * source is not an XA one.
 */
public class ConfiguredDataSource implements DataSource {

    static final String H2 = "jdbc:h2:file:./data/crm;WRITE_DELAY=0";

    private volatile DataSource driver;
    private PrintWriter logWriter;
    private int loginTimeout;

    private DataSource driver() throws SQLException {
        DataSource made = driver;
        if (made == null) {
            synchronized (this) {
                if (driver == null) {
                    driver = made(StartSettings.value("CRM_DB_CLASS", "crm.db.class", "org.h2.jdbcx.JdbcDataSource"),
                            StartSettings.value("CRM_DB_URL", "crm.db.url", H2),
                            StartSettings.value("CRM_DB_USER", "crm.db.user", "crm"),
                            StartSettings.value("CRM_DB_PASSWORD", "crm.db.password", "crm"));
                }
                made = driver;
            }
        }
        return made;
    }

    static DataSource made(String className, String url, String user, String password) throws SQLException {
        try {
            ClassLoader loader = ConfiguredDataSource.class.getClassLoader();
            DataSource made = (DataSource) Class.forName(className, true, loader).getConstructor().newInstance();
            set(made, url, "setURL", "setUrl");
            set(made, user, "setUser");
            set(made, password, "setPassword");
            return made;
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new SQLException("The CRM database class " + className + " (CRM_DB_CLASS) cannot be used: " + e, e);
        }
    }

    /** Calls the first setter of the driver's data source that exists (H2 says setURL, others setUrl). */
    private static void set(Object target, String value, String... setters) throws ReflectiveOperationException {
        for (String setter : setters) {
            try {
                Method method = target.getClass().getMethod(setter, String.class);
                method.invoke(target, value);
                return;
            } catch (NoSuchMethodException tryNext) {
                // the next spelling
            }
        }
        throw new NoSuchMethodException(target.getClass().getName() + " has no " + String.join(" or ", setters));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return driver().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeout = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeout;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        return driver().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || driver().isWrapperFor(type);
    }
}
