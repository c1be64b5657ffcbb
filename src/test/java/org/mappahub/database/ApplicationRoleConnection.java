package org.mappahub.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A plain JDBC connection as the application's own database role, for the row-level security tests that bypass
 * every service and ask the database directly.
 *
 * <p>It is opened with {@link DriverManager} from the application's datasource URL, user and password (the Spring
 * {@link Environment}) rather than borrowed from the pool: in the test suite the pool is wrapped by
 * {@link OperatorConnections}, which turns {@code mappa.operator} on for connections borrowed on a fixture
 * (operator) thread — exactly what must not happen here. A plain connection is the application's role with nothing
 * set, as a faulty piece of code would have it. Autocommit is off, so each test decides where a transaction ends
 * ({@link #commit()}, {@link #rollback()}).
 *
 * <p>Registered on a {@code @SpringBootTest} as an extension, it opens a fresh connection before each test and
 * rolls back and closes it after:
 * <pre>{@code @RegisterExtension final ApplicationRoleConnection db = new ApplicationRoleConnection();}</pre>
 */
public final class ApplicationRoleConnection implements BeforeEachCallback, AfterEachCallback {

    private Connection connection;

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException {
        Environment environment = SpringExtension.getApplicationContext(context).getEnvironment();
        connection = DriverManager.getConnection(environment.getRequiredProperty("spring.datasource.url"),
                environment.getRequiredProperty("spring.datasource.username"),
                environment.getProperty("spring.datasource.password", ""));
        connection.setAutoCommit(false);
    }

    /** Rolls back whatever the test left open and closes the connection. */
    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
            connection = null;
        }
    }

    /** Starts acting as the user in the current transaction, exactly as ScopedTransactionManager does. */
    public void as(String user) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement(
                "select set_config('mappa.user', ?, true), set_config('mappa.operator', 'off', true)")) {
            set.setString(1, user);
            set.execute();
        }
    }

    /** The first column of the first row as a number, typically of a {@code select count(*)}. */
    public long count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    public boolean bool(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    public String string(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The first column of every row. */
    public List<Long> ids(String sql) throws SQLException {
        List<Long> found = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getLong(1));
            }
        }
        return found;
    }

    /** Runs an insert, update or delete; the number of rows it reached. */
    public int update(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    public void commit() throws SQLException {
        connection.commit();
    }

    public void rollback() throws SQLException {
        connection.rollback();
    }
}
