package org.mappahub.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import java.util.zip.GZIPOutputStream;

import org.mappahub.demo.DemoDataGenerator;
import org.mappahub.demo.DemoSpec;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code demo-data}: writes realistic, made-up MAPPA data as MCIF/1, the same bytes for the same options.
 * Data goes to standard output or {@code --out}; progress and the summary go to standard error. Exit
 * status 0 on success, 1 when the file cannot be written, 2 for bad options. Needs no Spring.
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = {"Writes deterministic, realistic, made-up MAPPA areas and nominals as MCIF/1 JSON lines.",
            "The same options always give the same bytes. Nothing here is about a real person."})
class DemoDataCommand implements Callable<Integer> {

    @Option(names = "--areas", paramLabel = "N",
            description = "How many MAPPA areas, Lancashire first (1-42; default ${DEFAULT-VALUE}).")
    int areas = DemoSpec.DEFAULT_AREAS;

    @Option(names = "--nominals", paramLabel = "N",
            description = "How many nominals in all, spread over the areas by population (default ${DEFAULT-VALUE}).")
    int nominals = DemoSpec.DEFAULT_NOMINALS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed = DemoSpec.DEFAULT_SEED;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write to FILE instead of standard output; a name ending in .gz is gzip-compressed.")
    Path out;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", converter = IsoDate.class,
            description = "The day the data is as at: everything in it happened before that day "
                    + "(default: the system date).")
    LocalDate today;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec commandSpec;

    /** Where data goes when there is no {@code --out}; tests replace it. */
    PrintStream standardOutput = System.out;

    @Override
    public Integer call() {
        DemoSpec spec;
        try {
            spec = new DemoSpec(areas, nominals, seed, today != null ? today : LocalDate.now());
            for (int n : DemoDataGenerator.nominalsPerArea(spec)) {
                if (n > DemoSpec.MAX_NOMINALS_PER_AREA) {
                    throw new IllegalArgumentException("--nominals " + nominals + " over " + areas
                            + " area(s) puts " + n + " in one area; refs allow at most "
                            + DemoSpec.MAX_NOMINALS_PER_AREA + " per area");
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandSpec.commandLine(), e.getMessage());
        }
        PrintWriter err = commandSpec.commandLine().getErr();
        ProgressLine progress = new ProgressLine(err, "nominals");
        long started = System.nanoTime();
        String where = out == null ? "standard output" : out.toString();
        try {
            if (out == null) {
                Writer w = new BufferedWriter(new OutputStreamWriter(standardOutput, StandardCharsets.UTF_8), 1 << 16);
                new DemoDataGenerator().write(spec, w, (written, total) -> progress.update(written, (double) written / total));
                w.flush();
            } else {
                try (OutputStream file = Files.newOutputStream(out);
                     OutputStream stream = out.getFileName().toString().endsWith(".gz")
                             ? new GZIPOutputStream(file, 1 << 16) : file;
                     Writer w = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16)) {
                    new DemoDataGenerator().write(spec, w, (written, total) -> progress.update(written, (double) written / total));
                }
            }
        } catch (IOException e) {
            endLine(progress, spec);
            err.println("demo-data: could not write " + where + ": " + e.getMessage());
            err.flush();
            return 1;
        }
        endLine(progress, spec);
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf("demo-data: wrote %d area records and %,d nominals (seed %d, as at %s) to %s in %.1f s "
                        + "(%,.0f nominals/s)%n", DemoDataGenerator.areaCodes(spec).size(), spec.nominals(),
                spec.seed(), spec.today(), where, seconds, spec.nominals() / Math.max(seconds, 1e-3));
        err.flush();
        return 0;
    }

    /** Ends the progress line, if one was drawn, before the summary. */
    private static void endLine(ProgressLine progress, DemoSpec spec) {
        if (progress.drawn()) {
            progress.finish(spec.nominals());
        }
    }

    static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
            }
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new DemoDataCommand()).execute(args));
    }
}
