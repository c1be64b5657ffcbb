package org.mappahub.cli;

import java.io.PrintStream;

import org.springframework.context.ApplicationContext;

import org.mappahub.access.Role;
import org.mappahub.access.Users;
import org.mappahub.nominal.Nominals;

/**
 * The demo installation a newcomer sees on first start: a realistic area loaded through the MCIF/1
 * importer, and one demo user per role.
 */
class DemoInstallation {

    /** Shown on the console and in the README; only ever created in a demo installation. */
    static final String DEMO_PASSWORD = "demo-mappa-2026";

    private final ApplicationContext context;

    DemoInstallation(ApplicationContext context) {
        this.context = context;
    }

    boolean databaseIsEmpty() {
        return context.getBean(Nominals.class).count() == 0 && context.getBean(Users.class).count() == 0;
    }

    void load() {
        Users users = context.getBean(Users.class);
        for (Role role : Role.values()) {
            users.create(username(role), "Demo " + role.title().toLowerCase(), role, DEMO_PASSWORD);
        }
    }

    void printSignInDetails(PrintStream out) {
        Users users = context.getBean(Users.class);
        boolean any = false;
        for (Role role : Role.values()) {
            if (users.find(username(role)).isPresent()) {
                if (!any) {
                    out.println("Demo sign-in (password for each: " + DEMO_PASSWORD + "):");
                    any = true;
                }
                out.printf("  %-14s %s%n", username(role), role.title());
            }
        }
    }

    private static String username(Role role) {
        return role.name().toLowerCase();
    }
}
