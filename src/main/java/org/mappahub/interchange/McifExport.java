package org.mappahub.interchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.StoredNominal;

/**
 * Exports MCIF/1 (docs/MCIF.md): the area records first — every area the written nominals name (owning
 * area and area history), or all areas when no area is given — then the nominals in {@code ref} order.
 * Reads one consistent snapshot, loading records in chunks of {@value #CHUNK}.
 */
@Service
public class McifExport {

    static final int CHUNK = 1000;
    private static final Logger log = LoggerFactory.getLogger(McifExport.class);

    private final Nominals nominals;
    private final Areas areas;
    private final TransactionTemplate snapshot;
    private final McifJson json = new McifJson();

    McifExport(Nominals nominals, Areas areas, PlatformTransactionManager transactions) {
        this.nominals = nominals;
        this.areas = areas;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /**
     * Writes the nominals {@code areaCodeOrNull} owns now (all nominals when null) to {@code out}, which
     * is flushed but not closed.
     */
    public ExportSummary export(String areaCodeOrNull, OutputStream out, String actor, ExportProgress progress) {
        return export(areaCodeOrNull, out, actor, progress, false);
    }

    /** As {@link #export(String, OutputStream, String, ExportProgress)}, gzip-compressed when {@code gzip}. */
    public ExportSummary export(String areaCodeOrNull, OutputStream out, String actor, ExportProgress progress,
                                boolean gzip) {
        ExportProgress told = progress == null ? ExportProgress.NONE : progress;
        ExportSummary summary = snapshot.execute(status -> {
            try {
                if (gzip) {
                    GZIPOutputStream zipped = new GZIPOutputStream(new NonClosing(out), 64 * 1024);
                    ExportSummary s = write(areaCodeOrNull, zipped, told);
                    zipped.finish();
                    zipped.flush();
                    return s;
                }
                return write(areaCodeOrNull, out, told);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        log.info("MCIF export of {} by {}: {} areas, {} nominals", areaCodeOrNull == null ? "all areas" : areaCodeOrNull,
                actor, summary.areas(), summary.nominals());
        return summary;
    }

    private ExportSummary write(String areaCode, OutputStream target, ExportProgress progress) throws IOException {
        BufferedOutputStream out = new BufferedOutputStream(target, 256 * 1024);
        List<Area> areaRecords;
        List<String> refs;
        if (areaCode == null) {
            areaRecords = areas.all();
            refs = nominals.allRefs();
        } else {
            if (areas.find(areaCode).isEmpty()) {
                throw new IllegalArgumentException("There is no area " + areaCode);
            }
            TreeSet<String> codes = new TreeSet<>(nominals.areasReferencedByNominalsOwnedBy(areaCode));
            codes.add(areaCode);
            areaRecords = codes.stream().map(c -> areas.find(c).orElseThrow()).toList();
            refs = nominals.refsOwnedBy(areaCode);
        }
        for (Area a : areaRecords.stream().sorted(Comparator.comparing(Area::code)).toList()) {
            line(out, json.write(a));
        }
        long done = 0;
        for (int i = 0; i < refs.size(); i += CHUNK) {
            List<String> chunk = refs.subList(i, Math.min(refs.size(), i + CHUNK));
            Map<String, StoredNominal> loaded = nominals.findAllByRef(chunk);
            for (String ref : chunk) {
                line(out, json.write(loaded.get(ref).record()));
            }
            done += chunk.size();
            progress.nominals(done, refs.size());
        }
        out.flush();
        return new ExportSummary(areaRecords.size(), refs.size());
    }

    private void line(OutputStream out, tools.jackson.databind.JsonNode node) throws IOException {
        out.write(json.write(node).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /** Lets the gzip stream be finished without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
