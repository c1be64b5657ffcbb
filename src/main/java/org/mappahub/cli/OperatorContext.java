package org.mappahub.cli;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.MappaHubApplication;

/** The application without its web server, for the operator's commands (import, export). */
final class OperatorContext {

    private OperatorContext() {
    }

    static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(MappaHubApplication.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run();
    }
}
