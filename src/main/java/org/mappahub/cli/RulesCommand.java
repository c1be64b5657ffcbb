package org.mappahub.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

import org.mappahub.rules.Disposal;
import org.mappahub.rules.NotificationPeriod;
import org.mappahub.rules.RuleViolation;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The statutory rules from the command line, for scripts and for checking a case by hand. Pure: no
 * database and no Spring context, so it answers at once, even while {@code ./mappa serve} runs.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Computes statutory rules (no database needed).",
                "Exit status: 0 computed, 1 input the law does not allow, 2 bad usage."},
        subcommands = {RulesCommand.NotificationPeriodCommand.class})
class RulesCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Name a rule, for example: mappa rules notification-period");
    }

    @Command(name = "notification-period", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Prints the sex-offender notification period (Sexual Offences Act 2003 s.82) as one JSON "
                    + "line: {\"period\":\"INDEFINITE\" or an ISO-8601 period such as \"P10Y\" or \"P3Y6M\","
                    + "\"endsOn\":the first day the requirement no longer applies, or null}.",
                    "Fixed periods are halved for a person under 18 on the date of conviction or caution.",
                    "Exit status: 0 printed, 1 input the law does not allow, 2 bad usage."})
    static class NotificationPeriodCommand implements Callable<Integer> {

        @Option(names = "--disposal", required = true, paramLabel = "D",
                description = {"The disposal for the offence, as in MCIF/1: ${COMPLETION-CANDIDATES}.",
                        "LIFE and IPP: imprisonment for life and for public protection; HOSPITAL_ORDER_RESTRICTED: "
                                + "with a restriction order; COMMUNITY_ORDER, FINE, OTHER: any other disposal."})
        Disposal disposal;

        @Option(names = "--length-months", paramLabel = "N",
                description = "The sentence of IMPRISONMENT, or the period of the CONDITIONAL_DISCHARGE, in months.")
        Integer lengthMonths;

        @Option(names = "--conviction-date", required = true, paramLabel = "YYYY-MM-DD",
                description = "The date of conviction or caution: the period runs from it.")
        String convictionDate;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Age age;

        static class Age {
            @Option(names = "--age-at-conviction", required = true, paramLabel = "N",
                    description = "The age in whole years on the date of conviction or caution.")
            Integer years;

            @Option(names = "--date-of-birth", required = true, paramLabel = "YYYY-MM-DD",
                    description = "The date of birth (instead of --age-at-conviction).")
            String dateOfBirth;
        }

        @Override
        public Integer call() {
            try {
                LocalDate convicted = date("--conviction-date", convictionDate);
                NotificationPeriod period = age.years != null
                        ? NotificationPeriod.forAge(disposal, lengthMonths, convicted, age.years)
                        : NotificationPeriod.forDateOfBirth(disposal, lengthMonths, convicted,
                        date("--date-of-birth", age.dateOfBirth));
                System.out.println("{\"period\":\"" + period.iso() + "\",\"endsOn\":"
                        + (period.endsOn() == null ? "null" : "\"" + period.endsOn() + "\"") + "}");
                return 0;
            } catch (RuleViolation | InvalidDate e) {
                System.err.println(e.getMessage());
                return 1;
            }
        }

        private static LocalDate date(String option, String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new InvalidDate(option + ": \"" + text + "\" is not a date written YYYY-MM-DD");
            }
        }

        static final class InvalidDate extends RuntimeException {
            InvalidDate(String message) {
                super(message);
            }
        }
    }
}
