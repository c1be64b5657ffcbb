package org.mappahub.nominal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Access;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;

/**
 * Reading one person's record for the signed-in user, the only way pages and the API do it: the access
 * policy decides first (a refusal is audited and thrown), the record is loaded as the user (row-level
 * security underneath), cut down to the parts the policy allows, and the view is audited — exceptional
 * access with the reason the user stated.
 */
@Service
public class CaseRecords {

    private final CaseAccess access;
    private final Nominals nominals;
    private final AuditTrail audit;
    private final Clock clock;
    private final NominalSearch search;
    private static final Access DENIED = new Access(Access.Outcome.NOT_FOUND, java.util.Set.of(), false, false, false,
            null, null, null);

    CaseRecords(CaseAccess access, Nominals nominals, AuditTrail audit, Clock clock, NominalSearch search) {
        this.search = search;
        this.access = access;
        this.nominals = nominals;
        this.audit = audit;
        this.clock = clock;
    }

    /** A record the user may see, and what they may see and do with it. */
    public record Viewed(StoredNominal stored, Access access) {
        public boolean sees(RecordPart part) {
            return access.sees(part);
        }
    }

    /**
     * The record, as the signed-in user may see it; the view is audited.
     *
     * @throws org.mappahub.access.AccessRefusedException the policy refused (audited)
     * @throws NominalNotFoundException                   no such record
     */
    @Transactional
    public Viewed view(String ref) {
        return recordView(read(ref));
    }

    /**
     * Audits a view of a record already read (for a page that checks more than the record's own decision
     * before it shows anything, so that the record is loaded once).
     */
    @Transactional
    public Viewed recordView(Viewed viewed) {
        String ref = viewed.stored().record().ref();
        AuditEvent event = AuditEvent.viewed(ref);
        if (viewed.access().exceptional()) {
            event = new AuditEvent(event.action(), ref, AuditEvent.details("exceptional", true, "area",
                    viewed.access().area()), viewed.access().reason(), null);
        }
        audit.record(event);
        return viewed;
    }

    /** The record as the user may see it, without auditing a view (to re-show a form, say). */
    @Transactional(readOnly = true)
    public Viewed read(String ref) {
        Access decision = access.require(ref);
        StoredNominal stored = nominals.findByRef(ref).orElseThrow(() -> new NominalNotFoundException(ref));
        return new Viewed(limit(stored, decision, LocalDate.now(clock)), decision);
    }

    /**
     * One page of a search, as the signed-in user may see it: row-level security has already left out whom they
     * may not know exists (restricted records, cases not shared with their agency); another area's people show
     * as who and where only, until the user states a reason. The search and its terms are audited.
     */
    public SearchPage search(SearchQuery query, String terms, int page, int pageSize) {
        audit.record(AuditEvent.searched(terms, page));
        SearchPage found = search.search(query, page, pageSize);
        Map<String, Access> decisions = access.decideAll(found.results().stream().map(SearchResult::ref).toList());
        List<SearchResult> shown = found.results().stream()
                .map(r -> shown(r, decisions.getOrDefault(r.ref(), DENIED)))
                .toList();
        return new SearchPage(found.query(), shown, found.page(), found.pageSize(), found.total());
    }

    private static SearchResult shown(SearchResult result, Access decision) {
        if (!decision.allowed()) {
            return result.withheld();
        }
        return decision.sees(RecordPart.FULL_HISTORY) ? result : result.withoutCustody();
    }

    /** The record with only the parts the decision allows: a shared agency sees the current category and level. */
    static StoredNominal limit(StoredNominal stored, Access access, LocalDate today) {
        if (access.sees(RecordPart.FULL_HISTORY)) {
            return stored;
        }
        NominalRecord r = stored.record();
        boolean status = access.sees(RecordPart.CATEGORY_AND_LEVEL);
        NominalRecord limited = new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(),
                List.of(), List.of(), List.of(),
                status ? r.categories().stream().filter(s -> s.covers(today)).toList() : List.of(),
                status ? r.levels().stream().filter(s -> s.covers(today)).toList() : List.of(),
                List.of(), List.of(), List.of());
        return new StoredNominal(stored.id(), limited, stored.version(), stored.importedVersion(), stored.importedAt(),
                stored.updatedBy(), stored.updatedAt());
    }
}
