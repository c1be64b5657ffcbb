package org.mappahub.work;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Access;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.Viewer;
import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;

/**
 * The signed-in user's work list: every {@link WorkSource}'s items for them today, each person checked once more
 * against the access policy (one query for the lot: the sources already read as the user under row-level security,
 * this is the policy's own word on top), grouped by {@link WorkKind} in the enum's order, overdue first then soonest
 * due. The page lists at most {@link #LISTED_PER_HEADING} per heading and counts the rest.
 */
@Service
public class WorkList {

    /** More than anyone works through in a day; the rest are counted, not listed (and so not read). */
    public static final int LISTED_PER_HEADING = 100;

    private static final Comparator<WorkItem> ORDER = Comparator
            .comparing(WorkItem::due, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(WorkItem::ref, Comparator.nullsLast(Comparator.naturalOrder()));

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkList.class);

    private final List<WorkSource> sources;
    private final CaseAccess caseAccess;
    private final AuditTrail audit;
    private final Clock clock;

    WorkList(List<WorkSource> sources, CaseAccess caseAccess, AuditTrail audit, Clock clock) {
        this.sources = sources;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One heading: the items listed (at most {@link #LISTED_PER_HEADING}), how many there are in all and how many
     * of them are overdue.
     */
    public record Heading(WorkKind kind, List<WorkItem> items, int count, int overdue) {
        public int unlisted() {
            return count - items.size();
        }
    }

    /** The work of one user on one day; {@code headings} holds only the kinds with something in them. */
    public record Work(Viewer viewer, LocalDate today, List<Heading> headings) {
        public int count() {
            return headings.stream().mapToInt(Heading::count).sum();
        }

        public int overdue() {
            return headings.stream().mapToInt(Heading::overdue).sum();
        }

        /** The refs listed, in page order (each once). */
        public Set<String> refs() {
            Set<String> refs = new LinkedHashSet<>();
            headings.forEach(h -> h.items().forEach(i -> {
                if (i.ref() != null) {
                    refs.add(i.ref());
                }
            }));
            return refs;
        }
    }

    /**
     * The signed-in user's work today, for their page: every person listed is audited as seen on it (one append
     * of them all, so the audit chain's lock is taken once).
     */
    @Transactional
    public Work forPage() {
        Work work = gather();
        long started = System.nanoTime();
        audit.recordAll(work.refs().stream().map(ref -> new AuditEvent(AuditAction.VIEW_RECORD, ref,
                AuditEvent.details("seenOn", "my work"), null, null)).toList());
        LOG.debug("{} people audited as seen in {} ms", work.refs().size(), (System.nanoTime() - started) / 1_000_000);
        return work;
    }

    /** The signed-in user's work today, unaudited: for callers that show no personal details (the e-mail digest). */
    public Work gather() {
        LocalDate today = LocalDate.now(clock);
        Viewer viewer = caseAccess.viewer().orElse(null);
        if (viewer == null || !viewer.placed()) {
            return new Work(viewer, today, List.of());
        }
        List<WorkItem> all = new ArrayList<>();
        for (WorkSource source : sources) {
            long started = System.nanoTime();
            List<WorkItem> items = source.workFor(viewer, today);
            all.addAll(items);
            LOG.debug("{}: {} items in {} ms", source.getClass().getSimpleName(), items.size(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        Set<String> refs = new LinkedHashSet<>();
        all.forEach(i -> {
            if (i.ref() != null) {
                refs.add(i.ref());
            }
        });
        long started = System.nanoTime();
        Map<String, Access> decisions = refs.isEmpty() ? Map.of() : caseAccess.decideAll(refs);
        LOG.debug("access decisions for {} people in {} ms", refs.size(), (System.nanoTime() - started) / 1_000_000);
        Map<WorkKind, List<WorkItem>> byKind = new EnumMap<>(WorkKind.class);
        for (WorkItem item : all) {
            if (item.ref() == null || decisions.get(item.ref()).allowed()) {
                byKind.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
            }
        }
        List<Heading> headings = new ArrayList<>();
        byKind.forEach((kind, items) -> {
            items.sort(ORDER);
            int overdue = (int) items.stream().filter(i -> i.overdue(today)).count();
            headings.add(new Heading(kind, List.copyOf(items.subList(0, Math.min(items.size(), LISTED_PER_HEADING))),
                    items.size(), overdue));
        });
        return new Work(viewer, today, List.copyOf(headings));
    }
}
