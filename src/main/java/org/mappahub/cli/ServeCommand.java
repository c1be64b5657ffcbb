package org.mappahub.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import org.mappahub.MappaHubApplication;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Starts the web application.",
                "With no MAPPA_DB_URL it runs an embedded PostgreSQL whose data lives in MAPPA_DATA_DIR (default ./data);"
                        + " on the first start of an empty embedded database it loads a demo area and demo users."})
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", description = "HTTP port (default: MAPPA_PORT or 8080).")
    Integer port;

    @Option(names = "--demo", description = "Load the demo area into an empty database, embedded or not.")
    boolean demo;

    @Option(names = "--no-demo", description = "Never load the demo area.")
    boolean noDemo;

    @Override
    public Integer call() throws Exception {
        SpringApplicationBuilder app = new SpringApplicationBuilder(MappaHubApplication.class)
                .web(WebApplicationType.SERVLET);
        if (port != null) {
            app.properties("server.port=" + port);
        }
        ConfigurableApplicationContext context;
        try {
            context = app.run();
        } catch (RuntimeException e) {
            System.err.println("MAPPA Hub could not start: " + Failures.explain(e));
            return 1;
        }
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        boolean embedded = context.getEnvironment().getProperty("mappa.db.embedded", Boolean.class, false);
        DemoInstallation demoInstallation = new DemoInstallation(context);
        if (!noDemo && (demo || embedded) && demoInstallation.databaseIsEmpty()) {
            demoInstallation.load();
        }
        String url = "http://localhost:" + context.getEnvironment().getProperty("local.server.port") + "/";
        System.err.println();
        System.err.println("MAPPA Hub is running at " + url);
        demoInstallation.printSignInDetails(System.err);
        System.err.println("Stop it with Ctrl+C.");
        closed.await();
        return 0;
    }
}
