package org.mappahub.cli;

import java.time.Clock;
import java.util.concurrent.Callable;

import org.mappahub.access.Base32;
import org.mappahub.access.Totp;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * The demo users' current security code, so that a newcomer needs no authenticator app. Computed from the
 * fixed, public demo secret alone, without the database (so it works while {@code ./mappa serve} holds the
 * embedded one): the code opens only the demo users that a demo installation creates with that secret;
 * any other account, and every account in an installation with real data, has its own random secret.
 */
@Command(name = "totp", mixinStandardHelpOptions = true,
        description = {"Prints the current sign-in security code of a demo user (practitioner, coordinator, ...). "
                + "The demo users' secrets are fixed and public, so this works only for them, and only in a demo "
                + "installation.",
                "Exit status: 0 printed, 1 not a demo user name, 2 bad usage."})
class TotpCommand implements Callable<Integer> {

    @Parameters(paramLabel = "USER", description = "A demo user name, for example: coordinator")
    String username;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        if (!DemoInstallation.usernames().contains(username)) {
            System.err.println(username + " is not a demo user. Demo users: "
                    + String.join(", ", DemoInstallation.usernames())
                    + ". Other accounts use their own authenticator app.");
            return 1;
        }
        long now = clock.instant().getEpochSecond();
        long step = Math.floorDiv(now, Totp.STEP_SECONDS);
        System.out.println(Totp.code(Base32.decode(DemoInstallation.demoSecret(username)), step));
        System.err.printf("Valid for %d more seconds (and the next 30).%n", (step + 1) * Totp.STEP_SECONDS - now);
        return 0;
    }
}
