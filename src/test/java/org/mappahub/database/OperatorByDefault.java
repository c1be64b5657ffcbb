package org.mappahub.database;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every test class runs as the installation's operator unless a user is signed in on its thread (MockMvc
 * with a mock or real user, which then takes precedence): fixtures are stored and read as an import would.
 * Registered for every test through JUnit's extension auto-detection. Tests of the access model sign users in;
 * RowLevelSecurityTest talks to PostgreSQL directly.
 */
public class OperatorByDefault implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(OperatorByDefault.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(NS).put("scope", RowScope.asOperator("operator:test"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        RowScope.Operator scope = context.getStore(NS).remove("scope", RowScope.Operator.class);
        if (scope != null) {
            scope.close();
        }
    }
}
