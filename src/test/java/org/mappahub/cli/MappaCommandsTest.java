package org.mappahub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.mappahub.access.Base32;
import org.mappahub.access.Totp;

import picocli.CommandLine;

/** The operator's commands as a shell script sees them: exit status, messages on standard error, files. */
class MappaCommandsTest {

    @TempDir
    Path dir;

    record Run(int exit, String err) {
    }

    private Run run(String... args) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = Mappa.commandLine();
            cli.setErr(new java.io.PrintWriter(System.err, true));
            int exit = cli.execute(args);
            return new Run(exit, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(original);
        }
    }

    private static final String AREA = "{\"recordType\":\"area\",\"code\":\"CLITEST\",\"name\":\"Cli Testshire\",\"bcus\":[\"North\"]}";
    private static final String NOMINAL = "{\"recordType\":\"nominal\",\"ref\":\"CLI-%06d\",\"area\":\"CLITEST\","
            + "\"person\":{\"familyName\":\"WALKER\",\"givenNames\":[\"ANN\"],\"dateOfBirth\":\"%s\"},"
            + "\"categories\":[{\"category\":2,\"from\":\"2020-01-01\",\"to\":null}],"
            + "\"levels\":[{\"level\":1,\"from\":\"2020-01-01\",\"to\":null}]}";

    @Test
    void importStoresAValidFileExportWritesItBackAndBothExitZero() throws Exception {
        Path file = dir.resolve("good.jsonl");
        Files.writeString(file, AREA + "\n" + NOMINAL.formatted(1, "1980-02-03") + "\n");

        Run imported = run("import", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err()).contains("Nominals: 1 created, 0 replaced, 0 unchanged");

        Path out = dir.resolve("out.jsonl");
        Run exported = run("export", "--area", "CLITEST", "--out", out.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2).element(1).asString().contains("\"CLI-000001\"");

        Run again = run("import", file.toString());
        assertThat(again.err()).contains("Nominals: 0 created, 0 replaced, 1 unchanged");
    }

    @Test
    void anInvalidLineIsReportedWithItsLineAndFieldAndNothingIsStored() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        Files.writeString(file, AREA + "\n" + NOMINAL.formatted(2, "1980-02-03") + "\n"
                + NOMINAL.formatted(3, "1980-02-30") + "\n");

        Run result = run("import", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("bad.jsonl:3: person.dateOfBirth").contains("Nothing was stored");
        assertThat(run("export", "--out", dir.resolve("after.jsonl").toString()).exit()).isZero();
        assertThat(Files.readString(dir.resolve("after.jsonl"))).doesNotContain("CLI-000002");
    }

    @Test
    void addUserCreatesTheFirstAdministratorOnceWithARandomPasswordAndExplainsRefusals() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        Run created;
        try {
            created = run("add-user", "first.admin", "--name", "First Administrator", "--area", "CUMBRIA",
                    "--agency", "Cumbria Constabulary");
        } finally {
            System.setOut(original);
        }
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.err()).contains("Created first.admin (System administrator) in Cumbria Constabulary");
        assertThat(out.toString(StandardCharsets.UTF_8).strip()).matches("[A-Za-z0-9_-]{24}");

        Run again = run("add-user", "first.admin", "--name", "First Administrator", "--area", "CUMBRIA",
                "--agency", "Cumbria Constabulary");
        assertThat(again.exit()).isOne();
        assertThat(again.err()).contains("username: There is already an account called first.admin");

        Run misplaced = run("add-user", "dtc.in.police", "--name", "Wrong Agency", "--role", "DTC_REPRESENTATIVE",
                "--area", "CUMBRIA", "--agency", "Cumbria Constabulary");
        assertThat(misplaced.exit()).isOne();
        assertThat(misplaced.err()).contains("role:");

        assertThat(run("add-user", "no.area", "--name", "No Area", "--agency", "X").exit()).isEqualTo(2);
    }

    @Test
    void badUsageExitsTwoAndHelpExitsZero() {
        assertThat(run("no-such-command").exit()).isEqualTo(2);
        assertThat(run("import").exit()).isEqualTo(2);
        assertThat(run("import", "--help").exit()).isZero();
        assertThat(run("--help").exit()).isZero();
    }

    @Test
    void anUnreadableFileOrUnknownAreaExitsOne() {
        assertThat(run("import", dir.resolve("missing.jsonl").toString()).exit()).isEqualTo(1);
        assertThat(run("export", "--area", "NO_SUCH_AREA", "--out", dir.resolve("x.jsonl").toString()).exit())
                .isEqualTo(1);
    }

    @Test
    void totpPrintsTheCurrentCodeOfADemoUserOnly() throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        Run demo;
        try {
            demo = run("totp", "coordinator");
        } finally {
            System.setOut(original);
        }
        assertThat(demo.exit()).as(demo.err()).isZero();
        String code = out.toString(StandardCharsets.UTF_8).strip();
        assertThat(code).matches("\\d{6}");
        assertThat(Totp.matchingStep(Base32.decode(DemoInstallation.demoSecret("coordinator")), code,
                java.time.Instant.now())).isPresent();

        Run other = run("totp", "real.user");
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.err()).contains("real.user is not a demo user");
        assertThat(run("totp").exit()).isEqualTo(2);
    }

    @Test
    void demoSecretsAreFixedPerUserAndDistinct() {
        assertThat(DemoInstallation.demoSecret("coordinator")).isEqualTo(DemoInstallation.demoSecret("coordinator"));
        assertThat(DemoInstallation.usernames().stream().map(DemoInstallation::demoSecret).distinct())
                .hasSameSizeAs(DemoInstallation.usernames());
        assertThat(Base32.decode(DemoInstallation.demoSecret("practitioner"))).hasSize(Totp.SECRET_BYTES);
    }
}
