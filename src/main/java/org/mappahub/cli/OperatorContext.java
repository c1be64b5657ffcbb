package org.mappahub.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.MappaHubApplication;

/** The application without its web server, for the operator's commands (import, export). */
final class OperatorContext {

    private OperatorContext() {
    }

    /** Starts it, or throws {@link CannotStart} with the one message the operator needs. */
    static ConfigurableApplicationContext start() {
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
