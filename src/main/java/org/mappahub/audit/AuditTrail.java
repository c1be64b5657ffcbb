package org.mappahub.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.LongConsumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Actor;

import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail (docs/AUDIT.md). Each entry's hash is SHA-256 over its fields and the previous
 * entry's hash, so changing, removing or reordering an entry breaks every link after it.
 *
 * <p>{@link #record} writes in the caller's transaction when there is one — a change that rolls back leaves no
 * entry, and an entry that cannot be written rolls the change back — and in a short transaction of its own
 * otherwise (the page and API reads, which are not transactional: the entry is committed before the page is
 * rendered). Appends are serialised by a transaction-scoped advisory lock taken before the last hash is read, so
 * concurrent writers cannot fork the chain; the lock is held until the writer's transaction ends.
 */
@Service
public class AuditTrail {

    /** The advisory lock key that serialises appends ("audit" in ASCII). */
    static final long APPEND_LOCK = 0x6175646974L;

    private static final int VERIFY_BATCH = 5_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "id, at, actor, action, subject, details, reason, prev_hash, hash";

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Appends one entry; returns it. The actor is the event's, or the signed-in user's. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditEntry record(AuditEvent event) {
        String actor = event.actor() != null ? event.actor() : signedInUser();
        String details = event.details() == null ? null
                : event.details() instanceof String s ? s : JSON.writeValueAsString(event.details());
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS); // what timestamptz keeps
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(rs -> { });
        String prevHash = jdbc.sql("select hash from audit_entry order by id desc limit 1")
                .query(String.class).optional().orElse(ChainHash.GENESIS);
        long id = jdbc.sql("select nextval('audit_entry_id_seq')").query(Long.class).single();
        AuditEntry entry = new AuditEntry(id, at, actor, event.action(), event.subject(), details, event.reason(),
                prevHash, null);
        String hash = entry.expectedHash();
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), actor, event.action().name(),
                        event.subject(), details, event.reason(), prevHash, hash)
                .update();
        return new AuditEntry(id, at, actor, event.action(), event.subject(), details, event.reason(), prevHash, hash);
    }

    /**
     * Appends several entries in order, as {@link #record} would one by one, but taking the lock, the last hash and
     * the ids once and inserting them in one statement: a list page that audits each person on it (the work list)
     * pays one round trip, not four per person. The actor of each is the event's, or the signed-in user's.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAll(List<AuditEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        String user = signedInUser();
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query(rs -> { });
        String prevHash = jdbc.sql("select hash from audit_entry order by id desc limit 1")
                .query(String.class).optional().orElse(ChainHash.GENESIS);
        List<Long> ids = jdbc.sql("select nextval('audit_entry_id_seq') from generate_series(1, ?)")
                .param(events.size()).query(Long.class).list();
        int n = events.size();
        Long[] id = new Long[n];
        String[] actor = new String[n];
        String[] action = new String[n];
        String[] subject = new String[n];
        String[] details = new String[n];
        String[] reason = new String[n];
        String[] prev = new String[n];
        String[] hash = new String[n];
        for (int i = 0; i < n; i++) {
            AuditEvent e = events.get(i);
            id[i] = ids.get(i);
            actor[i] = e.actor() != null ? e.actor() : user;
            action[i] = e.action().name();
            subject[i] = e.subject();
            details[i] = e.details() == null ? null
                    : e.details() instanceof String str ? str : JSON.writeValueAsString(e.details());
            reason[i] = e.reason();
            prev[i] = prevHash;
            hash[i] = new AuditEntry(id[i], at, actor[i], e.action(), subject[i], details[i], reason[i], prevHash, null)
                    .expectedHash();
            prevHash = hash[i];
        }
        jdbc.sql("insert into audit_entry (" + COLUMNS + ") select t.id, ?, t.actor, t.action, t.subject, t.details, "
                        + "t.reason, t.prev_hash, t.hash from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], "
                        + "?::text[], ?::text[], ?::text[]) as t(id, actor, action, subject, details, reason, prev_hash, hash)")
                .params(OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC), id, actor, action, subject, details, reason,
                        prev, hash)
                .update();
    }

    /** Walks the whole chain from the genesis hash and reports the first broken link. */
    public AuditVerification verify() {
        return verify(checked -> { });
    }

    /** As {@link #verify()}, telling {@code progress} how many entries are checked after each batch. */
    @Transactional(readOnly = true)
    public AuditVerification verify(LongConsumer progress) {
        String previous = ChainHash.GENESIS;
        long after = Long.MIN_VALUE;
        long checked = 0;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select " + COLUMNS + " from audit_entry where id > ? order by id limit ?")
                    .params(after, VERIFY_BATCH).query(AuditTrail::entry).list();
            if (batch.isEmpty()) {
                return new AuditVerification(checked, null, null);
            }
            for (AuditEntry e : batch) {
                checked++;
                if (!e.prevHash().equals(previous)) {
                    return new AuditVerification(checked, e.id(), "prev_hash " + e.prevHash()
                            + " is not the hash of the entry before it (" + previous + "): an entry was removed, "
                            + "inserted or reordered");
                }
                String expected = e.expectedHash();
                if (!expected.equals(e.hash())) {
                    return new AuditVerification(checked, e.id(), "stored hash " + e.hash()
                            + " differs from the hash of its fields " + expected + ": the entry was changed");
                }
                previous = e.hash();
                after = e.id();
            }
            progress.accept(checked);
        }
    }

    /** The last entry's id, hash and time: export it and keep it elsewhere to detect a truncated trail. */
    @Transactional(readOnly = true)
    public AuditHead head() {
        return jdbc.sql("select id, hash, at from audit_entry order by id desc limit 1")
                .query((rs, n) -> new AuditHead(rs.getLong("id"), rs.getString("hash"),
                        rs.getObject("at", OffsetDateTime.class).toInstant()))
                .optional().orElse(new AuditHead(0, ChainHash.GENESIS, null));
    }

    /** Who viewed the record {@code subject}, and when and why, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> viewsOf(String subject) {
        return jdbc.sql("select " + COLUMNS + " from audit_entry where subject = ? and action = ? order by id")
                .params(subject, AuditAction.VIEW_RECORD.name()).query(AuditTrail::entry).list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), AuditAction.valueOf(rs.getString("action")), rs.getString("subject"),
                rs.getString("details"), rs.getString("reason"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    /** The signed-in user; else the operator running a command on this thread; else "anonymous". */
    private static String signedInUser() {
        try {
            return Actor.currentUser();
        } catch (IllegalStateException e) {
            return org.mappahub.database.RowScope.operatorActor().orElse("anonymous");
        }
    }
}
