package org.mappahub.cli;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.access.Actor;
import org.mappahub.access.Administration;
import org.mappahub.access.Agencies;
import org.mappahub.access.AgencyType;
import org.mappahub.access.Role;
import org.mappahub.database.RowScope;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Creates an account from the command line: how an installation with real data gets its first system
 * administrator (who then manages everyone else on the administration pages). The initial password is random,
 * printed once; the user sets up their authenticator app at the first sign-in. Audited as the operator.
 */
@Command(name = "add-user", mixinStandardHelpOptions = true,
        description = {"Creates an account in an agency (the agency too, if the area has none of that name), with a "
                + "random initial password printed once. Use it for an installation's first system administrator; "
                + "they manage everyone else on the administration pages.",
                "Exit status: 0 created, 1 refused (the reasons are printed), 2 bad usage."})
class AddUserCommand implements Callable<Integer> {

    @Parameters(paramLabel = "USERNAME", description = "2 to 64 characters: a-z, 0-9, '.', '-', '_'")
    String username;

    @Option(names = "--name", required = true, paramLabel = "TEXT", description = "The person's name, as others see it.")
    String displayName;

    @Option(names = "--role", defaultValue = "SYSTEM_ADMINISTRATOR", paramLabel = "ROLE",
            description = "One of: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Role role;

    @Option(names = "--area", required = true, paramLabel = "CODE", description = "The area, e.g. LANCASHIRE.")
    String area;

    @Option(names = "--agency", required = true, paramLabel = "NAME", description = "The agency's name in that area.")
    String agency;

    @Option(names = "--agency-type", defaultValue = "POLICE", paramLabel = "TYPE",
            description = "For a new agency: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    AgencyType agencyType;

    @Override
    public Integer call() {
        String command = "mappa add-user " + username + " --role " + role + " --area " + area;
        try (ConfigurableApplicationContext context = OperatorContext.start();
             var operator = RowScope.asOperator(Actor.operator(command))) {
            Administration administration = context.getBean(Administration.class);
            long agencyId = context.getBean(Agencies.class).inArea(area).stream()
                    .filter(a -> a.name().equalsIgnoreCase(agency.strip())).map(Agencies.Agency::id).findFirst()
                    .orElseGet(() -> administration.addAgency(area, agency, agencyType));
            String password = randomPassword();
            administration.addAccount(username, displayName, role, agencyId, password);
            System.out.println(password);
            System.err.printf("Created %s (%s) in %s, %s. The line above is the initial password: give it to them "
                    + "privately; they set up their authenticator app at the first sign-in.%n",
                    username, role.title(), agency, area);
            return 0;
        } catch (Administration.Refused e) {
            e.problems().forEach((field, problem) -> System.err.println(field + ": " + problem));
            return 1;
        }
    }

    /** 18 random bytes as 24 URL-safe characters: well over the shortest password accepted. */
    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
