package org.mappahub.database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Every transaction starts by telling PostgreSQL whose rows it may see ({@link RowScope}). The settings are
 * transaction-local ({@code set_config(..., true)}), so a pooled connection forgets them at commit or
 * rollback and can never lend one user's scope to the next. Work outside a transaction sees no case rows.
 */
@Configuration(proxyBeanMethods = false)
class ScopedTransactionManager {

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new JdbcTransactionManager(dataSource) {
            @Override
            protected void prepareTransactionalConnection(Connection con, TransactionDefinition definition)
                    throws SQLException {
                super.prepareTransactionalConnection(con, definition);
                boolean aggregate = RowScope.aggregate();
                String user = aggregate ? null : RowScope.user();
                boolean operator = aggregate || user == null && RowScope.operator();
                try (PreparedStatement set = con.prepareStatement(
                        "select set_config('mappa.user', ?, true), set_config('mappa.operator', ?, true)")) {
                    set.setString(1, user == null ? "" : user);
                    set.setString(2, operator ? "on" : "off");
                    set.execute();
                }
            }
        };
    }
}
