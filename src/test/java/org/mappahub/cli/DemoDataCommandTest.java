package org.mappahub.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.mappahub.demo.DemoDataGenerator;
import org.mappahub.demo.DemoProgress;
import org.mappahub.demo.DemoSpec;

import picocli.CommandLine;

class DemoDataCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

    private int run(String... args) {
        DemoDataCommand command = new DemoDataCommand();
        command.standardOutput = new PrintStream(stdout, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void writesTheSameBytesAsTheGeneratorToStandardOutputWithASummaryOnStandardError() throws IOException {
        int exit = run("--nominals", "300", "--seed", "9", "--today", "2026-04-01");
        assertThat(exit).isZero();
        StringWriter generated = new StringWriter();
        new DemoDataGenerator().write(new DemoSpec(1, 300, 9L, LocalDate.of(2026, 4, 1)), generated, DemoProgress.NONE);
        String expected = generated.toString();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEqualTo(expected);
        assertThat(err.toString()).contains("300 nominals").contains("standard output").contains("seed 9");
    }

    @Test
    void writesAFileAndAGzippedFileWithTheSameContent() throws IOException {
        Path plain = dir.resolve("demo.jsonl");
        Path gz = dir.resolve("demo.jsonl.gz");
        assertThat(run("--areas", "2", "--nominals", "500", "--today", "2026-04-01", "--out", plain.toString()))
                .isZero();
        assertThat(run("--areas", "2", "--nominals", "500", "--today", "2026-04-01", "--out", gz.toString()))
                .isZero();
        byte[] unzipped;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            unzipped = in.readAllBytes();
        }
        assertThat(unzipped).isEqualTo(Files.readAllBytes(plain));
        assertThat(Files.size(gz)).isLessThan(Files.size(plain) / 4);
        assertThat(stdout.size()).isZero();
    }

    @Test
    void badOptionsExitWithTwoAndSayWhy() {
        assertThat(run("--areas", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("areas");
        assertThat(run("--areas", "43")).isEqualTo(2);
        assertThat(run("--nominals", "many")).isEqualTo(2);
        assertThat(run("--today", "2026-13-01")).isEqualTo(2);
        assertThat(err.toString()).contains("YYYY-MM-DD");
        assertThat(run("--nominals", "1000000")).isEqualTo(2);
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(stdout.size()).isZero();
    }

    @Test
    void aFileThatCannotBeWrittenExitsWithOne() {
        Path impossible = dir.resolve("no-such-directory").resolve("demo.jsonl");
        assertThat(run("--nominals", "10", "--out", impossible.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("could not write").contains("demo.jsonl");
    }

    @Test
    void helpExitsWithZero() {
        assertThat(run("--help")).isZero();
    }
}
