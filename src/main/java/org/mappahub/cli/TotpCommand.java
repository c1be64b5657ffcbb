package org.mappahub.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.access.Base32;
import org.mappahub.access.Totp;
import org.mappahub.access.TotpFactor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "totp", mixinStandardHelpOptions = true,
        description = {"Prints the current sign-in security code of a demo user, so that a newcomer needs no "
                + "authenticator app. Only for the demo installation's users, whose TOTP secrets are fixed and "
                + "public; any other account is refused.",
                "Exit status: 0 printed, 1 not a demo user with the demo secret, 2 bad usage."})
class TotpCommand implements Callable<Integer> {

    @Parameters(paramLabel = "USER", description = "A demo user name, for example: practitioner")
    String username;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = OperatorContext.start()) {
            Optional<String> secret = context.getBean(TotpFactor.class).secret(username);
            if (secret.isEmpty() || !secret.get().equals(DemoInstallation.demoSecret(username))) {
                System.err.println(username + " is not a demo user with the demo area's fixed secret: "
                        + "only a demo installation's codes can be printed.");
                return 1;
            }
            long step = Totp.timeStep(context.getBean(Clock.class).instant());
            System.out.println(Totp.code(Base32.decode(secret.get()), step));
            System.err.printf("Valid for %d more seconds.%n",
                    (step + 1) * Totp.STEP_SECONDS - context.getBean(Clock.class).instant().getEpochSecond());
            return 0;
        }
    }
}
