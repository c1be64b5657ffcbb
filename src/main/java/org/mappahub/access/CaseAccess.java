package org.mappahub.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The door every case read goes through: who is asking ({@link #viewer()}), what the {@link AccessPolicy}
 * lets them see of a record ({@link #decide}), and the ways access is widened — a stated reason for another
 * area's record, sharing with an agency, naming users on a restricted record, granting victim access —
 * each written to the audit trail through an {@link AccessEvent}.
 */
@Service
public class CaseAccess {

    private final JdbcClient jdbc;
    private final Users users;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;

    CaseAccess(JdbcClient jdbc, Users users, Clock clock, ApplicationEventPublisher events,
               PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The signed-in user, as the policy sees them; empty when nobody (or an unknown account) is signed in. */
    public Optional<Viewer> viewer() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        return users.viewer(auth.getName());
    }

    /** What the signed-in user may see of the record {@code ref}. */
    public Access decide(String ref) {
        return decideAll(List.of(ref)).get(ref);
    }

    /** What the signed-in user may see of each record (one query for a page of search results). */
    public Map<String, Access> decideAll(java.util.Collection<String> refs) {
        Map<String, Access> decisions = new LinkedHashMap<>();
        Viewer viewer = viewer().orElse(null);
        if (viewer == null || !viewer.readsAreaCases() && !viewer.readsSharedCases()) {
            refs.forEach(ref -> decisions.put(ref, Access.denied(Access.Outcome.ROLE_FORBIDDEN, null)));
            return decisions;
        }
        Instant now = clock.instant();
        // Read as the viewer: row-level security hides what they may not know exists, so "no row" is NOT_FOUND.
        Map<String, RecordFacts> facts = refs.isEmpty() ? Map.of() : readOnly.execute(tx -> facts(refs, viewer, now));
        refs.forEach(ref -> decisions.put(ref, facts.containsKey(ref) ? AccessPolicy.decide(viewer, facts.get(ref), now)
                : Access.denied(Access.Outcome.NOT_FOUND, null)));
        return decisions;
    }

    /**
     * The decision, when it lets the user see the record; otherwise the refusal is audited and thrown.
     * Callers that render a record use this, so that no refusal goes unrecorded.
     */
    public Access require(String ref) {
        Access access = decide(ref);
        if (!access.allowed()) {
            events.publishEvent(new AccessEvent(AccessEvent.Kind.ACCESS_REFUSED, ref,
                    details("outcome", access.outcome().name()), null, null));
            throw new AccessRefusedException(access, switch (access.outcome()) {
                case ROLE_FORBIDDEN -> "Your role does not read case records.";
                case REASON_REQUIRED -> "This record belongs to another area: state why you need to see it.";
                default -> "No record " + ref + ".";
            });
        }
        return access;
    }

    /**
     * Refuses a user who may see the record but not what they asked for (a part of it, or a change): the
     * refusal is audited like the policy's own, with what was asked, and thrown as "role forbidden".
     */
    public AccessRefusedException refusal(String ref, Access access, String part, String why, String message) {
        events.publishEvent(new AccessEvent(AccessEvent.Kind.ACCESS_REFUSED, ref,
                details("outcome", Access.Outcome.ROLE_FORBIDDEN.name(), "part", part, "why", why), null, null));
        return new AccessRefusedException(Access.denied(Access.Outcome.ROLE_FORBIDDEN, access.area()), message);
    }

    private Map<String, RecordFacts> facts(java.util.Collection<String> refs, Viewer viewer, Instant now) {
        Map<String, RecordFacts> found = new java.util.HashMap<>();
        jdbc.sql("""
                        select n.ref, n.area_code, n.restricted,
                               exists (select 1 from restricted_access r where r.nominal_id = n.id and r.username = :user) as named,
                               exists (select 1 from case_share s where s.nominal_id = n.id and s.agency_id = :agency
                                         and s.revoked_at is null and (s.ends_at is null or s.ends_at > :now)) as shared,
                               g.expires_at, g.reason,
                               exists (select 1 from victim_access v where v.nominal_id = n.id and v.username = :user) as victims
                          from nominal n
                          left join lateral (select expires_at, reason from access_grant g
                                              where g.nominal_id = n.id and g.username = :user and g.expires_at > :now
                                              order by expires_at desc limit 1) g on true
                         where n.ref = any(:refs)""")
                .param("user", viewer.username())
                .param("agency", viewer.agencyId() == null ? -1L : viewer.agencyId())
                .param("now", Timestamp.from(now))
                .param("refs", refs.toArray(String[]::new))
                .query(rs -> {
                    String ref = rs.getString(1);
                    found.put(ref, new RecordFacts(ref, rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                            rs.getBoolean(5), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
                            rs.getString(7), rs.getBoolean(8)));
                });
        return found;
    }

    /**
     * The signed-in user states why they need another area's record: it opens for
     * {@link AccessPolicy#REASON_LASTS}, and the grant (with the reason) is audited as exceptional access.
     *
     * @throws IllegalArgumentException the reason is too short to tell an auditor anything
     */
    @Transactional
    public Access stateReason(String ref, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < AccessPolicy.SHORTEST_REASON) {
            throw new IllegalArgumentException("Enter why you need to see this record, in at least "
                    + AccessPolicy.SHORTEST_REASON + " characters");
        }
        Access before = decide(ref);
        if (before.outcome() != Access.Outcome.REASON_REQUIRED && !before.exceptional()) {
            // Only another area's record needs (or takes) a reason; anything else is refused as it stands.
            return require(ref);
        }
        Viewer viewer = viewer().orElseThrow();
        Instant now = clock.instant();
        Instant until = now.plus(AccessPolicy.REASON_LASTS);
        jdbc.sql("""
                        insert into access_grant (nominal_id, username, reason, granted_at, expires_at)
                        select id, ?, ?, ?, ? from nominal where ref = ?""")
                .params(viewer.username(), why, Timestamp.from(now), Timestamp.from(until), ref).update();
        events.publishEvent(new AccessEvent(AccessEvent.Kind.EXCEPTIONAL_ACCESS, ref,
                details("area", before.area(), "until", until.toString()), why, viewer.username()));
        return decide(ref);
    }

    /** A duty-to-co-operate or voluntary agency brought into a case. */
    public record Share(long id, long agencyId, String agencyName, AgencyType agencyType, String area,
                        ShareBasis basis, String reason, String sharedBy, Instant sharedAt, Instant endsAt) {
    }

    /** The agencies a record is currently shared with (the caller must be allowed to see the record). */
    @Transactional(readOnly = true)
    public List<Share> shares(String ref) {
        return jdbc.sql("""
                        select s.id, a.id, a.name, a.type, a.area_code, s.basis, s.reason, s.shared_by, s.shared_at, s.ends_at
                          from case_share s join agency a on a.id = s.agency_id join nominal n on n.id = s.nominal_id
                         where n.ref = ? and s.revoked_at is null and (s.ends_at is null or s.ends_at > ?)
                         order by a.name, s.id""")
                .params(ref, Timestamp.from(clock.instant()))
                .query((rs, n) -> new Share(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        AgencyType.valueOf(rs.getString(4)), rs.getString(5), ShareBasis.valueOf(rs.getString(6)),
                        rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant(),
                        rs.getTimestamp(10) == null ? null : rs.getTimestamp(10).toInstant()))
                .list();
    }

    /**
     * The signed-in co-ordinator or chair brings an agency into the case (explicitly, or when inviting it to a
     * meeting or assigning it an action). Only duty-to-co-operate and voluntary agencies are shared with: the
     * Responsible Authority sees its area's cases anyway.
     */
    @Transactional
    public long share(String ref, long agencyId, ShareBasis basis, String reason) {
        Access access = require(ref);
        if (!access.mayShare()) {
            throw new AccessRefusedException(Access.denied(Access.Outcome.ROLE_FORBIDDEN, null),
                    "Only the owning area's co-ordinator or chair brings agencies into a case.");
        }
        return shareAs(ref, agencyId, basis, reason, viewer().orElseThrow().username());
    }

    /**
     * Brings an agency into the case on behalf of {@code actor}, without checking their role: for the
     * capabilities that share as a consequence of something already authorised (a meeting invitation).
     */
    @Transactional
    public long shareAs(String ref, long agencyId, ShareBasis basis, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Enter why the agency needs to see this case");
        }
        Agencies.Agency agency = new Agencies(jdbc).find(agencyId)
                .orElseThrow(() -> new IllegalArgumentException("Select an agency"));
        if (agency.kind() == AgencyKind.RESPONSIBLE_AUTHORITY) {
            throw new IllegalArgumentException(agency.name() + " is a Responsible Authority agency: it sees its area's cases already");
        }
        long id = jdbc.sql("""
                        insert into case_share (nominal_id, agency_id, basis, reason, shared_by, shared_at)
                        select id, ?, ?, ?, ?, ? from nominal where ref = ? returning id""")
                .params(agencyId, basis.name(), why, actor, Timestamp.from(clock.instant()), ref)
                .query(Long.class).optional().orElseThrow(() -> new IllegalArgumentException("No record " + ref));
        events.publishEvent(new AccessEvent(AccessEvent.Kind.CASE_SHARED, ref,
                details("agency", agency.name(), "agencyId", agencyId, "basis", basis.name()), why, actor));
        return id;
    }

    /** Ends a sharing: the agency's staff no longer see the case. */
    @Transactional
    public void revokeShare(String ref, long shareId) {
        Access access = require(ref);
        if (!access.mayShare()) {
            throw new AccessRefusedException(Access.denied(Access.Outcome.ROLE_FORBIDDEN, null),
                    "Only the owning area's co-ordinator or chair stops sharing a case.");
        }
        String actor = viewer().orElseThrow().username();
        int changed = jdbc.sql("""
                        update case_share set revoked_by = ?, revoked_at = ?
                         where id = ? and revoked_at is null and nominal_id = (select id from nominal where ref = ?)""")
                .params(actor, Timestamp.from(clock.instant()), shareId, ref).update();
        if (changed == 0) {
            throw new IllegalArgumentException("That sharing has already ended");
        }
        events.publishEvent(new AccessEvent(AccessEvent.Kind.CASE_SHARE_REVOKED, ref, details("share", shareId), null, actor));
    }

    /** The users named on a restricted record (the caller must be allowed to see it). */
    @Transactional(readOnly = true)
    public List<String> namedUsers(String ref) {
        return jdbc.sql("""
                        select r.username from restricted_access r join nominal n on n.id = r.nominal_id
                         where n.ref = ? order by r.username""").param(ref).query(String.class).list();
    }

    /** Whether the record is restricted to named users (the caller must be allowed to see it). */
    @Transactional(readOnly = true)
    public boolean restricted(String ref) {
        return jdbc.sql("select restricted from nominal where ref = ?").param(ref).query(Boolean.class).optional()
                .orElse(false);
    }

    /** The users a case explicitly lets see its victims' details (the caller must be allowed to see it). */
    @Transactional(readOnly = true)
    public List<String> victimAccessUsers(String ref) {
        return jdbc.sql("""
                        select v.username from victim_access v join nominal n on n.id = v.nominal_id
                         where n.ref = ? order by v.username""").param(ref).query(String.class).list();
    }

    /**
     * Restricts a record to named users, or lifts the restriction. The co-ordinator or chair doing it is always
     * named, so that nobody can lock a record away from everyone.
     */
    @Transactional
    public void restrict(String ref, boolean restricted, List<String> named, String reason) {
        Access access = require(ref);
        if (!access.mayShare()) {
            throw new AccessRefusedException(Access.denied(Access.Outcome.ROLE_FORBIDDEN, null),
                    "Only the owning area's co-ordinator or chair restricts a record.");
        }
        String actor = viewer().orElseThrow().username();
        java.util.Set<String> names = new java.util.TreeSet<>(named);
        names.add(actor);
        restrictAs(ref, restricted, List.copyOf(names), reason, actor);
    }

    /** Restricts a record (or lifts it) on behalf of {@code actor} without checking their role: the operator's. */
    @Transactional
    public void restrictAs(String ref, boolean restricted, List<String> named, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("Enter why the record is restricted, or why the restriction is lifted");
        }
        if (restricted && named.isEmpty()) {
            throw new IllegalArgumentException("Name at least one user who may see the record");
        }
        for (String name : named) {
            if (users.viewer(name).isEmpty()) {
                throw new IllegalArgumentException("There is no active account " + name);
            }
        }
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("select id from nominal where ref = ?").param(ref).query(Long.class).optional()
                .orElseThrow(() -> new IllegalArgumentException("No record " + ref));
        // Row-level security must let the actor see the row both before and after the flag changes: so the named
        // users come first when restricting, and the flag first when lifting (while the actor is still named).
        // In the other order PostgreSQL hides the row and the update changes nothing, silently.
        if (!restricted) {
            setRestricted(ref, id, false);
        }
        jdbc.sql("delete from restricted_access where nominal_id = ?").param(id).update();
        if (restricted) {
            for (String name : named) {
                jdbc.sql("insert into restricted_access (nominal_id, username, named_by, named_at) values (?, ?, ?, ?)")
                        .params(id, name, actor, now).update();
            }
            setRestricted(ref, id, true);
        }
        events.publishEvent(new AccessEvent(AccessEvent.Kind.RESTRICTION_CHANGED, ref,
                details("restricted", restricted, "named", restricted ? named : List.of()), why, actor));
    }

    private void setRestricted(String ref, long id, boolean restricted) {
        if (jdbc.sql("update nominal set restricted = ? where id = ?").params(restricted, id).update() != 1) {
            throw new IllegalStateException("The restriction of " + ref + " could not be changed");
        }
    }

    /** Lets a user see the case's victims' details (victim liaison officers see them without a grant). */
    @Transactional
    public void grantVictimAccess(String ref, String username, String reason) {
        Access access = require(ref);
        if (!access.mayShare()) {
            throw new AccessRefusedException(Access.denied(Access.Outcome.ROLE_FORBIDDEN, null),
                    "Only the owning area's co-ordinator or chair grants access to victims' details.");
        }
        if (users.viewer(username).isEmpty()) {
            throw new IllegalArgumentException("There is no active account " + username);
        }
        String actor = viewer().orElseThrow().username();
        jdbc.sql("""
                        insert into victim_access (nominal_id, username, granted_by, granted_at)
                        select id, ?, ?, ? from nominal where ref = ? on conflict do nothing""")
                .params(username, actor, Timestamp.from(clock.instant()), ref).update();
        events.publishEvent(new AccessEvent(AccessEvent.Kind.VICTIM_ACCESS_GRANTED, ref, details("user", username), reason, actor));
    }

    /** Ordered details from key, value pairs (the audit writes them as JSON in this order). */
    private static Map<String, Object> details(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }
}
