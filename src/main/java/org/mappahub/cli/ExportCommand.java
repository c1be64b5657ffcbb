package org.mappahub.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.access.Actor;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.interchange.ExportSummary;
import org.mappahub.interchange.McifExport;
import org.mappahub.nominal.Areas;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports nominal records as MCIF/1, as the installation's operator: the area records they "
                + "reference first, then the nominals in ref order.",
                "Exit status: 0 written, 1 unknown area or the file could not be written, 2 bad usage."})
class ExportCommand implements Callable<Integer> {

    @Option(names = "--area", paramLabel = "CODE", description = "Only the nominals this area owns now.")
    String area;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write here (gzip when the name ends in .gz) instead of standard output.")
    Path out;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext context = OperatorContext.start()) {
            if (area != null && context.getBean(Areas.class).find(area).isEmpty()) {
                System.err.println("No area with code " + area);
                return 1;
            }
            String command = "mappa export" + (area == null ? "" : " --area " + area) + (out == null ? "" : " --out " + out);
            // Recorded before any record leaves: an export that fails half-way has still been attempted.
            context.getBean(AuditTrail.class).record(AuditEvent.exported(area, Actor.operator(command)));
            ProgressLine progress = new ProgressLine(System.err, "nominals");
            ExportSummary summary;
            try (OutputStream stream = out == null ? System.out : new BufferedOutputStream(Files.newOutputStream(out))) {
                summary = context.getBean(McifExport.class).export(area, stream, Actor.operator(command),
                        (done, total) -> progress.update(done, total > 0 ? (double) done / total : -1),
                        out != null && out.getFileName().toString().endsWith(".gz"));
                stream.flush();
            }
            progress.finish(summary.nominals());
            System.err.printf("Exported %d area(s) and %,d nominal(s)%s.%n", summary.areas(), summary.nominals(),
                    out == null ? "" : " to " + out);
            return 0;
        } catch (IOException e) {
            System.err.println("Could not write the export: " + e.getMessage());
            return 1;
        }
    }
}
