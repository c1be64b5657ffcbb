package org.mappahub.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.springframework.context.ConfigurableApplicationContext;

import org.mappahub.access.Actor;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.interchange.ImportError;
import org.mappahub.interchange.ImportSummary;
import org.mappahub.interchange.McifImport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports an MCIF/1 file (JSON Lines; a name ending in .gz is read as gzip) as the "
                + "installation's operator.",
                "All or nothing unless --partial: any invalid line and nothing is stored. Every invalid line is "
                        + "reported with its line number, field and reason.",
                "Exit status: 0 every line stored, 1 any line not stored (or the file unreadable), 2 bad usage."})
class ImportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The MCIF/1 file.")
    Path file;

    @Option(names = "--partial", description = "Store the valid lines and report the rest.")
    boolean partial;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            System.err.println("Cannot read " + file);
            return 1;
        }
        try (ConfigurableApplicationContext context = OperatorContext.start()) {
            ProgressLine progress = new ProgressLine(System.err, "lines");
            String actor = Actor.operator("mappa import " + file + (partial ? " --partial" : ""));
            ImportSummary summary = context.getBean(McifImport.class).importFile(file, partial, actor,
                    (lines, bytes, total) -> progress.update(lines, total > 0 ? (double) bytes / total : -1));
            progress.finish(summary.lines());
            context.getBean(AuditTrail.class).record(AuditEvent.imported(file.toString(), AuditEvent.details("ok",
                    summary.ok(), "lines", summary.lines(), "nominalsCreated", summary.nominalsCreated(),
                    "nominalsReplaced", summary.nominalsReplaced()), actor));
            print(summary, System.err);
            return summary.ok() ? 0 : 1;
        } catch (IOException e) {
            System.err.println("Cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }

    static void print(ImportSummary s, PrintStream out) {
        for (ImportError e : s.errors()) {
            out.printf("%s:%d: %s%s%n", s.source(), e.line(), e.field().isEmpty() ? "" : e.field() + ": ",
                    e.reason());
        }
        if (s.errorsNotListed() > 0) {
            out.printf("... and %,d more errors not listed%n", s.errorsNotListed());
        }
        if (!s.ok() && !s.partial()) {
            out.printf("Nothing was stored: %,d invalid line(s) in %s. Fix them and import again, or use --partial.%n",
                    s.errors().size() + s.errorsNotListed(), s.source());
            return;
        }
        out.printf("Areas: %d created, %d replaced, %d unchanged.%n", s.areasCreated(), s.areasReplaced(),
                s.areasUnchanged());
        out.printf("Nominals: %,d created, %,d replaced, %,d unchanged.%n", s.nominalsCreated(),
                s.nominalsReplaced(), s.nominalsUnchanged());
        if (s.partial()) {
            out.printf("Stored refs (%d): %s%n", s.storedRefs().size(), String.join(" ", s.storedRefs()));
            if (!s.ok()) {
                out.printf("%,d line(s) were not stored (listed above).%n", s.errors().size() + s.errorsNotListed());
            }
        }
    }
}
