package org.mappahub.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.access.Actor;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.statistics.AnnualFigures;
import org.mappahub.statistics.AnnualReport;
import org.mappahub.statistics.StatisticsFormat;
import org.mappahub.statistics.UnknownAreaException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Produces the annual MAPPA statistics of an area, or of England and Wales (--area NATIONAL), "
                + "for reporting year Y (1 April Y to 31 March Y+1) with year Y-1 and the change, as the "
                + "installation's operator (shared/spec/statistics.md; docs/STATISTICS.md).",
                "Only the report goes to standard output (or FILE); progress and messages go to standard error. "
                        + "Aggregate figures: OFFICIAL.",
                "Exit status: 0 written, 1 failed (unknown area, file not written), 2 bad usage."})
class StatsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--area", required = true, paramLabel = "CODE",
            description = "The area's code, or NATIONAL for England and Wales.")
    String area;

    @Option(names = "--year", required = true, paramLabel = "Y",
            description = "The reporting year: 1 April Y to 31 March Y+1.")
    int year;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            description = "json (the contract, default), csv (one row per count), html or pdf (the printed report).")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        if (year < 1900 || year > 9998) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--year must be a four-digit year, not " + year);
        }
        try (ConfigurableApplicationContext context = OperatorContext.start()) {
            Map<String, StatisticsFormat> formats = new TreeMap<>();
            context.getBeansOfType(StatisticsFormat.class).values().forEach(f -> formats.put(f.name(), f));
            StatisticsFormat writer = formats.get(format);
            if (writer == null) {
                spec.commandLine().getErr().println("Unknown --format " + format + "; one of " + String.join(", ", formats.keySet()));
                return 2;
            }
            String command = "mappa stats --area " + area + " --year " + year + " --format " + format
                    + (out == null ? "" : " --out " + out);
            ProgressLine progress = new ProgressLine(System.err, "records");
            AnnualReport report;
            long[] read = {0};
            try {
                report = context.getBean(AnnualFigures.class).report(area, year, (done, total) -> {
                    read[0] = done;
                    progress.update(done, total > 0 ? (double) done / total : -1);
                });
            } catch (UnknownAreaException e) {
                System.err.println(e.getMessage());
                return 1;
            }
            progress.finish(read[0]);
            context.getBean(AuditTrail.class).record(AuditEvent.statisticsProduced(area, year, format,
                    Actor.operator(command)));
            if (out == null) {
                writer.write(report, System.out);
                System.out.flush();
            } else {
                try (OutputStream stream = new BufferedOutputStream(Files.newOutputStream(out))) {
                    writer.write(report, stream);
                }
            }
            System.err.printf("Statistics of %s for %d-%02d (OFFICIAL) written%s.%n", area, year, (year + 1) % 100,
                    out == null ? "" : " to " + out);
            return 0;
        } catch (IOException e) {
            System.err.println("Could not write the statistics: " + e.getMessage());
            return 1;
        }
    }
}
