package org.mappahub.interchange;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Provenance;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.nominal.StoredNominal;

/**
 * Imports an MCIF/1 file (docs/MCIF.md): reads it as a stream of capped lines, validates every line, and
 * stores area and nominal records idempotently by {@code ref} — never overwriting a record changed in
 * the application since it was last imported.
 *
 * <p>All or nothing by default: the whole file is stored in one transaction, which is rolled back as soon
 * as any line is found invalid (validation then carries on to report every invalid line). With
 * {@code partial}, nominals are stored in transactions of {@value #BATCH} and invalid lines are skipped.
 */
@Service
public class McifImport {

    static final int BATCH = 500;
    static final int MAX_LISTED_ERRORS = 100_000;
    private static final int PROGRESS_EVERY = 1000;
    private static final Logger log = LoggerFactory.getLogger(McifImport.class);

    private final Nominals nominals;
    private final Areas areas;
    private final PlatformTransactionManager transactions;
    private final Clock clock;
    private final McifJson json = new McifJson();

    McifImport(Nominals nominals, Areas areas, PlatformTransactionManager transactions, Clock clock) {
        this.nominals = nominals;
        this.areas = areas;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Imports a file; gzip-compressed when its name ends in {@code .gz}. */
    public ImportSummary importFile(Path file, boolean partial, String actor, ImportProgress progress) throws IOException {
        long size = Files.size(file);
        try (InputStream in = Files.newInputStream(file)) {
            return run(in, file.getFileName().toString(), size, partial, actor, progress);
        }
    }

    /** Imports a stream; gzip-compressed when {@code displayName} ends in {@code .gz}. The stream is not closed. */
    public ImportSummary importFile(InputStream in, String displayName, boolean partial, String actor,
                                    ImportProgress progress) throws IOException {
        return run(in, displayName, -1, partial, actor, progress);
    }

    private ImportSummary run(InputStream raw, String name, long totalBytes, boolean partial, String actor,
                              ImportProgress progress) throws IOException {
        Run run = new Run(name, partial, actor, progress == null ? ImportProgress.NONE : progress, totalBytes);
        Counting counting = new Counting(raw);
        InputStream in = name.toLowerCase(Locale.ROOT).endsWith(".gz") ? new GZIPInputStream(counting, 64 * 1024) : counting;
        run.counting = counting;
        ImportSummary summary = run.execute(new LineReader(in, McifJson.MAX_LINE_BYTES));
        log.info("MCIF import of {} by {}: {} lines, areas {}/{}/{}, nominals {}/{}/{} (created/replaced/unchanged), {} errors",
                name, actor, summary.lines(), summary.areasCreated(), summary.areasReplaced(), summary.areasUnchanged(),
                summary.nominalsCreated(), summary.nominalsReplaced(), summary.nominalsUnchanged(),
                summary.errors().size() + summary.errorsNotListed());
        return summary;
    }

    /** A line to store: its number and its record in canonical form. */
    private record Pending(long line, NominalRecord record) {
    }

    /**
     * A line as read and parsed ahead of storing: the line ({@code null} at the end of the file), and what
     * parsing it found. Only the reading thread writes it, before handing it over.
     */
    private static final class Parsed {
        final LineReader.Line line;
        /** Bytes read from the file when the line had been read, for progress. */
        final long bytesRead;
        IOException failure;
        Throwable crash;
        Problems problems;
        String jsonError;
        JsonNode node;
        boolean overCaps;
        Area area;
        NominalRecord nominal;
        NominalRecord canonical;

        Parsed(LineReader.Line line, long bytesRead) {
            this.line = line;
            this.bytesRead = bytesRead;
        }
    }

    /** A line whose storing failed in the database: its transaction must be rolled back. */
    private static final class StoreFailure extends RuntimeException {
        final ImportError error;

        StoreFailure(ImportError error) {
            super(error.reason(), null, false, false);
            this.error = error;
        }
    }

    /** Storing the new records of a batch in bulk failed: which line failed is found by storing them one by one. */
    private static final class BulkFailure extends RuntimeException {
        BulkFailure(String message) {
            super(message, null, false, false);
        }
    }

    /** What storing a batch did, applied to the run only once its transaction has committed. */
    private static final class BatchOutcome {
        final List<String> created = new ArrayList<>();
        final List<String> replaced = new ArrayList<>();
        final List<String> unchanged = new ArrayList<>();
        final List<ImportError> errors = new ArrayList<>();
        final List<String> storedInOrder = new ArrayList<>();
    }

    /** The state of one import. */
    private final class Run implements NominalRules.AreaDirectory {
        final String source;
        final boolean partial;
        final String actor;
        final ImportProgress progress;
        final long totalBytes;
        final LocalDate today = LocalDate.now(clock);
        Counting counting;

        final List<ImportError> errors = new ArrayList<>();
        long errorsNotListed;
        long lines;
        int areasCreated;
        int areasReplaced;
        int areasUnchanged;
        long nominalsCreated;
        long nominalsReplaced;
        long nominalsUnchanged;
        final List<String> storedRefs = new ArrayList<>();

        final Map<String, Long> refFirstLine = new HashMap<>();
        final Map<String, Long> areaFirstLine = new HashMap<>();
        final Map<String, Area> knownAreas = new HashMap<>();
        final Map<String, Area> storedAreas = new HashMap<>();
        final Map<String, Long> invalidAreaLines = new HashMap<>();
        /** Errors naming an area not yet defined, by code: amended if the area is defined further down. */
        final Map<String, List<Integer>> unknownAreaErrors = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        /** All-or-nothing: the transaction holding the whole file; null once it has been rolled back. */
        TransactionStatus whole;

        Run(String source, boolean partial, String actor, ImportProgress progress, long totalBytes) {
            this.source = source;
            this.partial = partial;
            this.actor = actor;
            this.progress = progress;
            this.totalBytes = totalBytes;
        }

        ImportSummary execute(LineReader reader) {
            for (Area a : areas.all()) {
                storedAreas.put(a.code(), a);
                knownAreas.put(a.code(), a);
            }
            if (!partial) {
                whole = transactions.getTransaction(new DefaultTransactionDefinition());
            }
            try {
                readAll(reader);
                flush();
                if (whole != null) {
                    if (errors.isEmpty()) {
                        transactions.commit(whole);
                    } else {
                        transactions.rollback(whole);
                    }
                    whole = null;
                }
            } finally {
                if (whole != null) {
                    transactions.rollback(whole);
                    whole = null;
                }
            }
            if (nominalsCreated + nominalsReplaced > 0) {
                nominals.mergePendingSearchEntries();
            }
            progress.lines(lines, counting.count, totalBytes);
            boolean nothingStored = !partial && !errors.isEmpty();
            return nothingStored
                    ? new ImportSummary(source, partial, lines, 0, 0, 0, 0, 0, 0, errors, errorsNotListed, List.of())
                    : new ImportSummary(source, partial, lines, areasCreated, areasReplaced, areasUnchanged,
                    nominalsCreated, nominalsReplaced, nominalsUnchanged, errors, errorsNotListed, storedRefs);
        }

        /**
         * Reads the file on a second thread, which also parses each line and reads its record (pure work
         * that needs nothing stored), while this thread checks the rules that need what came before and
         * stores: on two cores parsing then overlaps with the database's work. Lines are handled in file
         * order, exactly as if read here.
         */
        private void readAll(LineReader reader) {
            AheadReader ahead = new AheadReader(reader);
            Thread thread = new Thread(ahead, "mcif-reader");
            thread.setDaemon(true);
            thread.start();
            try {
                while (true) {
                    List<Parsed> chunk;
                    try {
                        chunk = ahead.chunks.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("import interrupted", e);
                    }
                    for (Parsed p : chunk) {
                        if (p.crash instanceof Error e) {
                            throw e;
                        } else if (p.crash != null) {
                            throw (RuntimeException) p.crash;
                        }
                        if (p.failure != null) {
                            report(new ImportError(lines + 1, "", "the file could not be read after line " + lines + ": "
                                    + p.failure.getMessage() + (source.toLowerCase(Locale.ROOT).endsWith(".gz")
                                    ? " (is it a complete gzip file?)" : "")));
                            return;
                        }
                        if (p.line == null) {
                            return;
                        }
                        lines = p.line.number();
                        if (lines % PROGRESS_EVERY == 0) {
                            progress.lines(lines, p.bytesRead, totalBytes);
                        }
                        if (p.line.problem() != null) {
                            report(new ImportError(lines, "", p.line.problem()));
                        } else if (!p.line.text().isBlank()) {
                            readLine(p);
                        }
                    }
                }
            } finally {
                ahead.stopped = true;
                thread.interrupt();
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        /** Reads and parses lines ahead of the storing thread, in chunks, holding only a few in memory. */
        private final class AheadReader implements Runnable {
            private static final int CHUNK_LINES = 256;
            private static final int CHUNK_CHARS = 256 * 1024;
            final BlockingQueue<List<Parsed>> chunks = new ArrayBlockingQueue<>(4);
            final LineReader reader;
            volatile boolean stopped;

            AheadReader(LineReader reader) {
                this.reader = reader;
            }

            @Override
            public void run() {
                List<Parsed> chunk = new ArrayList<>();
                long chars = 0;
                try {
                    while (!stopped) {
                        Parsed p;
                        try {
                            LineReader.Line line = reader.next();
                            p = line == null ? new Parsed(null, counting.count) : parse(line);
                        } catch (IOException e) {
                            p = new Parsed(null, counting.count);
                            p.failure = e;
                        } catch (RuntimeException | Error e) {
                            p = new Parsed(null, counting.count);
                            p.crash = e;
                        }
                        chunk.add(p);
                        if (p.line == null) {
                            chunks.put(chunk);
                            return;
                        }
                        chars += p.line.text() == null ? 0 : p.line.text().length();
                        if (chunk.size() >= CHUNK_LINES || chars >= CHUNK_CHARS) {
                            chunks.put(chunk);
                            chunk = new ArrayList<>();
                            chars = 0;
                        }
                    }
                } catch (InterruptedException e) {
                    // the storing thread has stopped reading
                }
            }

            private Parsed parse(LineReader.Line line) {
                Parsed p = new Parsed(line, counting.count);
                if (line.problem() != null || line.text().isBlank()) {
                    return p;
                }
                p.problems = new Problems(line.number());
                try {
                    p.node = json.parse(line.text());
                } catch (JacksonException e) {
                    p.jsonError = e.getOriginalMessage();
                    return p;
                }
                if (p.node == null || !p.node.isObject()) {
                    return p;
                }
                McifJson.checkCaps(p.node, "", p.problems);
                if (p.problems.any()) {
                    p.overCaps = true;
                    return p;
                }
                JsonNode type = p.node.get("recordType");
                if (type != null && type.isString() && type.stringValue().equals("area")) {
                    p.area = json.readArea(p.node, p.problems);
                } else if (type != null && type.isString() && type.stringValue().equals("nominal")) {
                    p.nominal = json.readNominal(p.node, p.problems, today);
                    if (p.nominal != null && !p.problems.any()) {
                        p.canonical = McifJson.canonical(p.nominal);
                    }
                }
                return p;
            }
        }

        private void readLine(Parsed p) {
            Problems problems = p.problems;
            if (p.jsonError != null) {
                report(new ImportError(lines, "", "not valid JSON: " + p.jsonError));
                return;
            }
            JsonNode node = p.node;
            if (node == null || !node.isObject()) {
                report(new ImportError(lines, "", "each line must be one JSON object ({...})"));
                return;
            }
            if (p.overCaps) {
                reportAll(problems);
                return;
            }
            JsonNode type = node.get("recordType");
            if (type == null || type.isNull()) {
                report(new ImportError(lines, "recordType", "is required: \"area\" or \"nominal\""));
            } else if (type.isString() && type.stringValue().equals("area")) {
                readArea(node, p.area, problems);
            } else if (type.isString() && type.stringValue().equals("nominal")) {
                readNominal(node, p.nominal, p.canonical, problems);
            } else {
                report(new ImportError(lines, "recordType", "unknown record type " + type + ": must be \"area\" or \"nominal\""));
            }
        }

        private void readArea(JsonNode node, Area area, Problems problems) {
            String code = area != null ? area.code()
                    : node.path("code").isString() ? node.path("code").stringValue() : null;
            if (code != null) {
                Long first = areaFirstLine.putIfAbsent(code, lines);
                if (first != null) {
                    problems.add("code", "area " + code + " appears twice in this file: its first area record is at line "
                            + first + " (a file may hold an area record only once)");
                }
            }
            if (problems.any()) {
                if (code != null) {
                    invalidAreaLines.putIfAbsent(code, lines);
                }
                reportAll(problems);
                return;
            }
            amendUnknownAreaErrors(code);
            Area stored = storedAreas.get(code);
            Area merged = stored == null ? area : merge(stored, area);
            if (stored != null && merged.equals(stored)) {
                areasUnchanged++;
            } else {
                if (!storeArea(merged)) {
                    return;
                }
                if (stored == null) {
                    areasCreated++;
                } else {
                    areasReplaced++;
                }
            }
            knownAreas.put(code, merged);
        }

        private boolean storeArea(Area area) {
            if (!partial && (whole == null || !errors.isEmpty())) {
                return true; // nothing from this file will be stored: validate only
            }
            try {
                areas.save(area);
                return true;
            } catch (DataAccessException e) {
                report(new ImportError(lines, "code", "the area could not be stored: " + e.getMostSpecificCause().getMessage()));
                return false;
            }
        }

        private void amendUnknownAreaErrors(String code) {
            List<Integer> positions = unknownAreaErrors.remove(code);
            if (positions == null) {
                return;
            }
            for (int i : positions) {
                ImportError e = errors.get(i);
                errors.set(i, new ImportError(e.line(), e.field(), "area " + code + " is not defined before this line: its "
                        + "area record is at line " + lines + ", but area records must come before the nominals that use them"));
            }
        }

        private void readNominal(JsonNode node, NominalRecord record, NominalRecord canonical, Problems problems) {
            String ref = record != null ? record.ref() : node.path("ref").isString() ? node.path("ref").stringValue() : null;
            if (ref != null) {
                Long first = refFirstLine.putIfAbsent(ref, lines);
                if (first != null) {
                    problems.add("ref", "ref " + ref + " appears twice in this file: it was first given at line " + first
                            + " (a file may hold each person once)");
                }
            }
            if (record != null && !problems.any()) {
                NominalRules.check(record, problems, this);
            }
            if (problems.any()) {
                reportAll(problems);
                return;
            }
            pending.add(new Pending(lines, canonical != null ? canonical : McifJson.canonical(record)));
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public Area find(String code) {
            return knownAreas.get(code);
        }

        @Override
        public String whyUnknown(String code) {
            Long invalid = invalidAreaLines.get(code);
            if (invalid != null) {
                return "area " + code + " is not known: its area record at line " + invalid + " is invalid";
            }
            return "area " + code + " is not known: define it with an area record earlier in the file (or in an earlier import)";
        }

        private void flush() {
            List<Pending> batch = pending;
            pending = new ArrayList<>();
            if (batch.isEmpty()) {
                return;
            }
            if (partial) {
                boolean bulk = true;
                while (!batch.isEmpty()) {
                    TransactionStatus tx = transactions.getTransaction(new DefaultTransactionDefinition());
                    BatchOutcome outcome = new BatchOutcome();
                    try {
                        store(batch, outcome, true, bulk);
                    } catch (BulkFailure f) {
                        transactions.rollback(tx);
                        bulk = false; // store one by one to find the line that fails
                        continue;
                    } catch (StoreFailure f) {
                        transactions.rollback(tx);
                        report(f.error);
                        batch = batch.stream().filter(p -> p.line() != f.error.line()).toList();
                        continue;
                    } catch (RuntimeException e) {
                        transactions.rollback(tx);
                        throw e;
                    }
                    transactions.commit(tx);
                    apply(outcome);
                    batch = List.of();
                }
            } else {
                BatchOutcome outcome = new BatchOutcome();
                boolean write = whole != null && errors.isEmpty();
                try {
                    store(batch, outcome, write, true);
                } catch (StoreFailure f) {
                    transactions.rollback(whole);
                    whole = null;
                    report(f.error);
                    return;
                } catch (BulkFailure f) {
                    transactions.rollback(whole);
                    whole = null;
                    report(new ImportError(batch.get(0).line(), "", "lines " + batch.get(0).line() + " to "
                            + batch.get(batch.size() - 1).line() + " could not be stored: " + f.getMessage()));
                    return;
                }
                apply(outcome);
            }
        }

        private void apply(BatchOutcome outcome) {
            outcome.errors.forEach(this::report);
            nominalsCreated += outcome.created.size();
            nominalsReplaced += outcome.replaced.size();
            nominalsUnchanged += outcome.unchanged.size();
            storedRefs.addAll(outcome.storedInOrder);
        }

        /** Stores (or with {@code write == false} only classifies) a batch of valid lines. */
        private void store(List<Pending> batch, BatchOutcome outcome, boolean write, boolean bulk) {
            Map<String, StoredNominal> stored = nominals.findAllByRef(batch.stream().map(p -> p.record().ref()).toList());
            List<NominalRecord> created = new ArrayList<>();
            for (Pending p : batch) {
                NominalRecord incoming = p.record();
                StoredNominal current = stored.get(incoming.ref());
                if (current == null) {
                    if (write && bulk) {
                        created.add(withProvenance(incoming, null));
                    } else if (write) {
                        try {
                            nominals.insert(withProvenance(incoming, null), actor, true);
                        } catch (DataAccessException e) {
                            throw new StoreFailure(new ImportError(p.line(), "ref", "the record could not be stored: "
                                    + e.getMostSpecificCause().getMessage()));
                        }
                    }
                    outcome.created.add(incoming.ref());
                } else if (current.changedSinceImport()) {
                    outcome.errors.add(new ImportError(p.line(), "ref", conflict(current)));
                    continue;
                } else if (movedWithoutHistory(current.record(), incoming)) {
                    outcome.errors.add(new ImportError(p.line(), "areas", "this person is owned by "
                            + current.record().area() + "; a record that moves them to " + incoming.area()
                            + " must carry an areas history that shows their time in " + current.record().area()
                            + " (MCIF/1: a re-import with a different area must agree with its areas history)"));
                    continue;
                } else if (McifJson.canonical(current.record()).equals(incoming)) {
                    outcome.unchanged.add(incoming.ref());
                } else {
                    if (write) {
                        try {
                            nominals.replace(current.id(), withProvenance(incoming, current.record()), current.version(),
                                    actor, true);
                        } catch (StaleNominalException e) {
                            throw new StoreFailure(new ImportError(p.line(), "ref", "conflict: " + incoming.ref()
                                    + " was changed in the application while this import was running; the file's version was not stored"));
                        } catch (DataAccessException e) {
                            throw new StoreFailure(new ImportError(p.line(), "ref", "the record could not be stored: "
                                    + e.getMostSpecificCause().getMessage()));
                        }
                    }
                    outcome.replaced.add(incoming.ref());
                }
                outcome.storedInOrder.add(incoming.ref());
            }
            if (!created.isEmpty()) {
                try {
                    nominals.insertAll(created, actor, true);
                } catch (DataAccessException e) {
                    throw new BulkFailure(e.getMostSpecificCause().getMessage());
                }
            }
        }

        private String conflict(StoredNominal current) {
            return "conflict: " + current.record().ref() + " was changed in the application by " + current.updatedBy()
                    + " at " + current.updatedAt()
                    + (current.importedAt() == null ? " and has never been imported"
                    : " after it was last imported (at " + current.importedAt() + ")")
                    + "; the file's version was not stored, so that no decision taken in the application is overwritten";
        }

        /**
         * The record to write: category and level spans already stored unchanged keep who recorded them and
         * when; new ones are recorded by this import's actor.
         */
        private NominalRecord withProvenance(NominalRecord r, NominalRecord stored) {
            String reason = "imported from " + source;
            List<CategorySpan> categories = r.categories().stream().map(c -> {
                Provenance kept = stored == null ? null : stored.categories().stream()
                        .filter(s -> s.category() == c.category() && s.from().equals(c.from()) && java.util.Objects.equals(s.to(), c.to()))
                        .map(CategorySpan::provenance).findFirst().orElse(null);
                return new CategorySpan(c.category(), c.from(), c.to(), kept != null ? kept : new Provenance(actor, null, reason));
            }).toList();
            List<LevelSpan> levels = r.levels().stream().map(l -> {
                Provenance kept = stored == null ? null : stored.levels().stream()
                        .filter(s -> s.level() == l.level() && s.from().equals(l.from()) && java.util.Objects.equals(s.to(), l.to()))
                        .map(LevelSpan::provenance).findFirst().orElse(null);
                return new LevelSpan(l.level(), l.from(), l.to(), kept != null ? kept : new Provenance(actor, null, reason));
            }).toList();
            return new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(), r.addresses(), r.areas(),
                    r.convictions(), categories, levels, r.custody(), r.orders(), r.events());
        }

        private void reportAll(Problems problems) {
            problems.list().forEach(this::report);
        }

        private void report(ImportError error) {
            if (whole != null) { // all or nothing: nothing from this file will be stored
                transactions.rollback(whole);
                whole = null;
            }
            if (errors.size() >= MAX_LISTED_ERRORS) {
                errorsNotListed++;
                return;
            }
            if (error.reason().startsWith("area ") && error.reason().contains(" is not known: define it")) {
                String code = error.reason().substring(5, error.reason().indexOf(' ', 5));
                unknownAreaErrors.computeIfAbsent(code, k -> new ArrayList<>()).add(errors.size());
            }
            errors.add(error);
        }
    }

    /** Population lists merge (MCIF/1: a later value for the same mid-year replaces the earlier); name and BCUs are replaced. */
    /**
     * A re-import naming another owning area moves the person; without an {@code areas} history that
     * shows the earlier owner, the file would say they belonged to the new area on every day, silently
     * rewriting where they were managed.
     */
    static boolean movedWithoutHistory(NominalRecord stored, NominalRecord incoming) {
        return !stored.area().equals(incoming.area())
                && incoming.areas().stream().noneMatch(span -> span.area().equals(stored.area()));
    }

    static Area merge(Area stored, Area incoming) {
        Map<Integer, Area.PopulationEstimate> byYear = new java.util.TreeMap<>();
        stored.population().forEach(p -> byYear.put(p.midYear(), p));
        incoming.population().forEach(p -> byYear.put(p.midYear(), p));
        // The BCUs merge too: the stored ones keep their order, new ones follow. Dropping a BCU that
        // stored nominals name would leave records the export could no longer re-import.
        java.util.LinkedHashSet<String> bcus = new java.util.LinkedHashSet<>(stored.bcus());
        bcus.addAll(incoming.bcus());
        return new Area(incoming.code(), incoming.name(), new ArrayList<>(bcus), new ArrayList<>(byYear.values()));
    }

    /** Counts the bytes read from the file (compressed bytes for gzip), for progress. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
