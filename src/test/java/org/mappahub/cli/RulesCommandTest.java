package org.mappahub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** {@code ./mappa rules notification-period} as a script sees it: one JSON line, or an error and an exit status. */
class RulesCommandTest {

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = Mappa.commandLine();
            cli.setOut(new PrintWriter(System.out, true));
            cli.setErr(new PrintWriter(System.err, true));
            int exit = cli.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private static Run period(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "rules";
        all[1] = "notification-period";
        System.arraycopy(args, 0, all, 2, args.length);
        return run(all);
    }

    @Test
    void printsExactlyOneJsonLineAndNothingElse() {
        Run r = period("--disposal", "IMPRISONMENT", "--length-months", "12", "--conviction-date", "2020-01-15",
                "--age-at-conviction", "30");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("{\"period\":\"P10Y\",\"endsOn\":\"2030-01-15\"}" + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void anIndefinitePeriodHasNoEndDate() {
        Run r = period("--disposal", "LIFE", "--conviction-date", "2020-01-15", "--age-at-conviction", "15");
        assertThat(r.out().strip()).isEqualTo("{\"period\":\"INDEFINITE\",\"endsOn\":null}");
        Run ipp = period("--disposal", "IMPRISONMENT", "--length-months", "30", "--conviction-date", "2020-01-15",
                "--date-of-birth", "1990-01-01");
        assertThat(ipp.out().strip()).isEqualTo("{\"period\":\"INDEFINITE\",\"endsOn\":null}");
    }

    @Test
    void theDateOfBirthDecidesHalvingOnThe18thBirthday() {
        assertThat(period("--disposal", "HOSPITAL_ORDER", "--conviction-date", "2020-01-15",
                "--date-of-birth", "2002-01-16").out().strip())
                .isEqualTo("{\"period\":\"P3Y6M\",\"endsOn\":\"2023-07-15\"}");
        assertThat(period("--disposal", "HOSPITAL_ORDER", "--conviction-date", "2020-01-15",
                "--date-of-birth", "2002-01-15").out().strip())
                .isEqualTo("{\"period\":\"P7Y\",\"endsOn\":\"2027-01-15\"}");
        assertThat(period("--disposal", "CONDITIONAL_DISCHARGE", "--length-months", "18",
                "--conviction-date", "2020-01-15", "--age-at-conviction", "16").out().strip())
                .isEqualTo("{\"period\":\"P1Y6M\",\"endsOn\":\"2021-07-15\"}");
    }

    @Test
    void inputTheLawDoesNotAllowExitsOneWithTheRuleOnStandardError() {
        Run negative = period("--disposal", "IMPRISONMENT", "--length-months", "-1", "--conviction-date", "2020-01-15",
                "--age-at-conviction", "30");
        assertThat(negative.exit()).isOne();
        assertThat(negative.out()).isEmpty();
        assertThat(negative.err()).contains("SOA 2003 s.82").contains("-1 months given");

        Run missing = period("--disposal", "IMPRISONMENT", "--conviction-date", "2020-01-15", "--age-at-conviction", "30");
        assertThat(missing.exit()).isOne();
        assertThat(missing.err()).contains("depends on the length of the sentence");

        Run child = period("--disposal", "CAUTION", "--conviction-date", "2020-01-15", "--age-at-conviction", "9");
        assertThat(child.exit()).isOne();
        assertThat(child.err()).contains("Children and Young Persons Act 1933 s.50");

        Run unborn = period("--disposal", "CAUTION", "--conviction-date", "2020-01-15", "--date-of-birth", "2021-01-01");
        assertThat(unborn.exit()).isOne();
        assertThat(unborn.err()).contains("before the date of birth 2021-01-01");

        Run badDate = period("--disposal", "CAUTION", "--conviction-date", "2020-02-30", "--age-at-conviction", "30");
        assertThat(badDate.exit()).isOne();
        assertThat(badDate.out()).isEmpty();
        assertThat(badDate.err()).contains("--conviction-date: \"2020-02-30\" is not a date written YYYY-MM-DD");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("rules").exit()).isEqualTo(2);
        assertThat(period("--disposal", "PROBATION", "--conviction-date", "2020-01-15", "--age-at-conviction", "30")
                .exit()).isEqualTo(2);
        assertThat(period("--disposal", "CAUTION", "--conviction-date", "2020-01-15").exit()).isEqualTo(2);
        assertThat(period("--disposal", "CAUTION", "--conviction-date", "2020-01-15", "--age-at-conviction", "30",
                "--date-of-birth", "1990-01-01").exit()).isEqualTo(2);
        assertThat(period("--disposal", "CAUTION", "--age-at-conviction", "30").exit()).isEqualTo(2);
        assertThat(period("--disposal", "IMPRISONMENT", "--length-months", "ten", "--conviction-date", "2020-01-15",
                "--age-at-conviction", "30").exit()).isEqualTo(2);
        Run unknown = period("--disposal", "PROBATION", "--conviction-date", "2020-01-15", "--age-at-conviction", "30");
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("PROBATION");
    }

    @Test
    void helpListsTheDisposals() {
        Run help = period("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out().replaceAll("\\s+", " ")).contains("IMPRISONMENT, LIFE, IPP, HOSPITAL_ORDER_RESTRICTED, HOSPITAL_ORDER, CAUTION, "
                + "CONDITIONAL_DISCHARGE, COMMUNITY_ORDER, FINE, OTHER").contains("--date-of-birth");
        assertThat(run("rules", "--help").out()).contains("notification-period");
        assertThat(run("--help").out()).contains("rules");
    }
}
