package org.mappahub.work;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;

/**
 * A user's choice of e-mail reminders: the address and whether they want the daily digest ({@link WorkDigest}).
 * Each user changes only their own; a save names the version it was loaded at, and a stale one is refused.
 */
@Service
public class WorkReminders {

    /** Enough to catch a typing slip; the mail server is the judge of the rest. */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    WorkReminders(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** A user's choice; {@code version} -1 when none is saved yet. */
    public record Choice(String email, boolean daily, int version) {
        public static final Choice NONE = new Choice("", false, -1);
    }

    /** A save refused because someone (the same user, in another tab) saved since the form was loaded. */
    public static class StaleChoiceException extends RuntimeException {
        public StaleChoiceException() {
            super("The reminder settings changed since the form was loaded");
        }
    }

    @Transactional(readOnly = true)
    public Choice of(String username) {
        return jdbc.sql("select email, daily, version from work_reminder where username = ?").param(username)
                .query((rs, n) -> new Choice(rs.getString(1), rs.getBoolean(2), rs.getInt(3))).optional()
                .orElse(Choice.NONE);
    }

    /** Every problem with a choice, by field; empty when it may be saved. */
    public static Map<String, String> problems(String email, boolean daily) {
        Map<String, String> problems = new LinkedHashMap<>();
        String e = email == null ? "" : email.strip();
        if (e.isEmpty() && daily) {
            problems.put("email", "Enter the e-mail address to send the daily reminder to");
        } else if (!e.isEmpty() && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
            problems.put("email", "Enter an e-mail address in the correct format, like name@example.gov.uk");
        }
        return problems;
    }

    /**
     * Saves the user's choice (an empty address removes it). Refuses invalid input ({@link IllegalArgumentException},
     * nothing saved) and a stale version ({@link StaleChoiceException}).
     */
    @Transactional
    public Choice save(String username, String email, boolean daily, int expectedVersion) {
        if (!problems(email, daily).isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems(email, daily).values()));
        }
        Choice before = of(username);
        if (before.version() != expectedVersion) {
            throw new StaleChoiceException();
        }
        String e = email.strip();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (e.isEmpty()) {
            jdbc.sql("delete from work_reminder where username = ?").param(username).update();
        } else if (before.version() < 0) {
            jdbc.sql("insert into work_reminder (username, email, daily, updated_at) values (?, ?, ?, ?)")
                    .params(username, e, daily, now).update();
        } else {
            jdbc.sql("update work_reminder set email = ?, daily = ?, version = version + 1, updated_at = ? where username = ?")
                    .params(e, daily, now, username).update();
        }
        Choice after = of(username);
        if (after.equals(before)) {
            return after; // nothing saved, nothing removed: nothing to audit
        }
        audit.record(new AuditEvent(AuditAction.REMINDERS_CHANGED, "account:" + username,
                AuditEvent.details("before", details(before), "after", details(after)), null, null));
        return after;
    }

    /** The enabled accounts that asked for the daily digest, with their address. */
    @Transactional(readOnly = true)
    public Map<String, String> dailyRecipients() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.sql("""
                        select r.username, r.email from work_reminder r join app_user u on u.username = r.username
                         where r.daily and u.enabled order by r.username""")
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    private static Object details(Choice c) {
        return c.version() < 0 ? null : AuditEvent.details("email", c.email(), "daily", c.daily());
    }
}
