package org.mappahub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationContext;

import org.mappahub.access.Actor;
import org.mappahub.access.Base32;
import org.mappahub.access.Role;
import org.mappahub.access.TotpFactor;
import org.mappahub.access.Users;
import org.mappahub.demo.DemoDataGenerator;
import org.mappahub.demo.DemoProgress;
import org.mappahub.demo.DemoSpec;
import org.mappahub.interchange.ImportSummary;
import org.mappahub.interchange.McifImport;
import org.mappahub.nominal.Nominals;

/**
 * The demo installation a newcomer sees on first start: a realistic area loaded through the MCIF/1
 * importer, and one demo user per role, each with a fixed TOTP secret ({@code ./mappa totp USER} prints the code).
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

    /**
     * Generates the demo area as MCIF/1 and loads it through the importer, exactly as an operator's
     * import would, then creates the demo users.
     */
    void load() throws IOException {
        System.err.println("First start on an empty database: loading the demo area (Lancashire, "
                + DemoSpec.DEFAULT_NOMINALS + " people) through the MCIF/1 importer...");
        Path file = Files.createTempFile("mappa-demo-", ".jsonl");
        try {
            DemoSpec spec = DemoSpec.demoArea(LocalDate.now(context.getBean(Clock.class)));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new DemoDataGenerator().write(spec, out, DemoProgress.NONE);
            }
            ProgressLine progress = new ProgressLine(System.err, "lines");
            ImportSummary summary = context.getBean(McifImport.class).importFile(file, false,
                    Actor.operator("mappa serve (demo area)"),
                    (lines, bytes, total) -> progress.update(lines, total > 0 ? (double) bytes / total : -1));
            progress.finish(summary.lines());
            if (!summary.ok()) {
                ImportCommand.print(summary, System.err);
                throw new IllegalStateException("The generated demo area did not import cleanly");
            }
            System.err.printf("Demo area loaded: %,d nominals.%n", summary.nominalsCreated());
        } finally {
            Files.deleteIfExists(file);
        }
        Users users = context.getBean(Users.class);
        TotpFactor totp = context.getBean(TotpFactor.class);
        for (Role role : Role.values()) {
            users.create(username(role), "Demo " + role.title().toLowerCase(), role, DEMO_PASSWORD);
            totp.assign(username(role), demoSecret(username(role)));
        }
    }

    /**
     * The demo users' fixed TOTP secrets, derived from the user name so that they are the same in every
     * demo installation (and public: anyone with this source can compute them). Given only to the demo
     * users that {@link #load()} creates, and the only secrets {@code ./mappa totp} prints codes for.
     */
    static String demoSecret(String username) {
        try {
            return Base32.encode(MessageDigest.getInstance("SHA-1")
                    .digest(("MAPPA Hub demo TOTP secret: " + username).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    void printSignInDetails(PrintStream out) {
        Users users = context.getBean(Users.class);
        boolean any = false;
        for (Role role : Role.values()) {
            if (users.find(username(role)).isPresent()) {
                if (!any) {
                    out.println("Demo sign-in (password for each: " + DEMO_PASSWORD
                            + "; security code: ./mappa totp USER):");
                    any = true;
                }
                out.printf("  %-14s %s%n", username(role), role.title());
            }
        }
    }

    /** The demo users' names, one per role. */
    static java.util.List<String> usernames() {
        return java.util.Arrays.stream(Role.values()).map(DemoInstallation::username).toList();
    }

    private static String username(Role role) {
        return role.name().toLowerCase();
    }
}
