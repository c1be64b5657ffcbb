package org.mappahub.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Test fixtures only: on a thread running as the operator ({@link OperatorByDefault}) a connection used outside a
 * transaction (a fixture's raw SQL, a service built with {@code new}) works as the operator too, for as long as it
 * is borrowed. Application code never relies on this: every case read is transactional, and transactions set
 * their own scope (RowLevelSecurityTest shows that the database refuses without one).
 */
@Component
class OperatorConnections implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource ds && !(bean instanceof OperatorDataSource)) {
            return new OperatorDataSource(ds);
        }
        return bean;
    }

    static final class OperatorDataSource extends DelegatingDataSource {
        OperatorDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection con = super.getConnection();
            if (!RowScope.operator() || RowScope.user() != null) {
                return con;
            }
            set(con, "on");
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            if (!con.isClosed()) {
                                if (!con.getAutoCommit()) {
                                    con.rollback();
                                }
                                set(con, "off");
                            }
                        }
                        if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                            return method.invoke(con, args);
                        }
                        try {
                            return method.invoke(con, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        private static void set(Connection con, String value) throws SQLException {
            try (Statement st = con.createStatement()) {
                st.execute("select set_config('mappa.operator', '" + value + "', false)");
            }
        }
    }
}
