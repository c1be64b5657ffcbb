package org.mappahub.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.MappaHubApplication;
import org.mappahub.database.RowScope;

/** The application without its web server, for the operator's commands (import, export). */
final class OperatorContext {

    private OperatorContext() {
    }

    /**
     * Starts it, or throws {@link CannotStart} with the one message the operator needs. The command's thread
     * then works as the installation's operator: row-level security lets it see every record (and the command
     * audits what it does as {@code operator:<os user> (<command>)}).
     */
    static ConfigurableApplicationContext start() {
        RowScope.asOperator("operator");
        try {
            return new SpringApplicationBuilder(MappaHubApplication.class)
                    .web(WebApplicationType.NONE)
                    .logStartupInfo(false)
                    .run();
        } catch (RuntimeException e) {
            throw new CannotStart(Failures.explain(e), e);
        }
    }

    /** The application could not start (no database, say): exit status 1 with the reason, no stack trace. */
    static final class CannotStart extends RuntimeException {
        CannotStart(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
