package org.mappahub.work;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import org.mappahub.access.Users;
import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.database.RowScope;

/**
 * The daily e-mail digest of each user's work list, for those who asked for it ({@link WorkReminders}). The work is
 * gathered <em>as the user</em> (their role and area, row-level security, the access policy), exactly as their page
 * would show it. E-mail leaves the system, so the digest carries no personal details of offenders or victims: the
 * headings with counts, the refs of what is overdue, and a link to sign in and see the rest. Each e-mail sent is
 * audited (REMINDER_SENT, with the counts and refs it carried). Nothing is sent to a user with nothing to do.
 */
@Service
public class WorkDigest {

    /** Refs listed per heading in an e-mail; the rest are counted. */
    static final int REFS_PER_HEADING = 20;
    private static final Logger LOG = LoggerFactory.getLogger(WorkDigest.class);

    private final WorkList work;
    private final WorkReminders reminders;
    private final Users users;
    private final ObjectProvider<JavaMailSender> mail;
    private final AuditTrail audit;
    private final String from;
    private final String link;

    WorkDigest(WorkList work, WorkReminders reminders, Users users, ObjectProvider<JavaMailSender> mail, AuditTrail audit,
               @Value("${mappa.reminders.from:MAPPA Hub <mappa-hub@localhost>}") String from,
               @Value("${mappa.reminders.link:http://localhost:8080/}") String link) {
        this.work = work;
        this.reminders = reminders;
        this.users = users;
        this.mail = mail;
        this.audit = audit;
        this.from = from;
        this.link = link;
    }

    /** Whether this installation sends e-mail at all ({@code spring.mail.host} set). */
    public boolean enabled() {
        return mail.getIfAvailable() != null;
    }

    /** What a send did: e-mails sent, users with nothing to do, and failures (logged, not retried). */
    public record Outcome(int sent, int nothingToDo, int failed) {
    }

    /** Sends today's digest to every user who asked for it, now. */
    public Outcome sendAll() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("E-mail is not configured: set spring.mail.host (docs/OPERATIONS.md)");
        }
        int sent = 0;
        int idle = 0;
        int failed = 0;
        for (Map.Entry<String, String> r : reminders.dailyRecipients().entrySet()) {
            String username = r.getKey();
            WorkList.Work mine = asUser(username, work::gather);
            if (mine == null || mine.count() == 0) {
                idle++;
                continue;
            }
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(r.getValue());
            message.setSubject(subject(mine));
            message.setText(body(mine, link));
            try {
                sender.send(message);
                sent++;
                audit.record(new AuditEvent(AuditAction.REMINDER_SENT, "account:" + username, AuditEvent.details(
                        "to", r.getValue(), "count", mine.count(), "overdue", mine.overdue(), "refs", overdueRefs(mine)),
                        null, RowScope.operatorActor().orElse("system:daily reminders")));
            } catch (MailException e) {
                failed++;
                LOG.warn("Could not send the daily reminder to {}: {}", username, e.getMessage());
            }
        }
        return new Outcome(sent, idle, failed);
    }

    static String subject(WorkList.Work w) {
        return "MAPPA Hub: " + w.count() + (w.count() == 1 ? " thing needs" : " things need") + " you today"
                + (w.overdue() > 0 ? " (" + w.overdue() + " overdue)" : "");
    }

    /** Headings, counts and overdue refs only: never a name, an address or what a case is about. */
    static String body(WorkList.Work w, String link) {
        StringBuilder b = new StringBuilder();
        b.append(subject(w).substring("MAPPA Hub: ".length())).append(".\n\n");
        for (WorkList.Heading h : w.headings()) {
            b.append(h.kind().title()).append(": ").append(h.count());
            if (h.overdue() > 0) {
                List<String> refs = h.items().stream().filter(i -> i.overdue(w.today()) && i.ref() != null)
                        .map(WorkItem::ref).distinct().toList();
                b.append(", ").append(h.overdue()).append(" overdue: ")
                        .append(String.join(", ", refs.subList(0, Math.min(refs.size(), REFS_PER_HEADING))));
                if (h.overdue() > Math.min(refs.size(), REFS_PER_HEADING)) {
                    b.append(" and ").append(h.overdue() - Math.min(refs.size(), REFS_PER_HEADING)).append(" more");
                }
            }
            b.append('\n');
        }
        b.append("\nSign in to see them: ").append(link).append('\n')
                .append("\nThis e-mail carries references and counts only. Change or stop these reminders on your "
                        + "account's e-mail reminders page.\n");
        return b.toString();
    }

    private static List<String> overdueRefs(WorkList.Work w) {
        List<String> refs = new ArrayList<>();
        w.headings().forEach(h -> h.items().stream().filter(i -> i.overdue(w.today()) && i.ref() != null)
                .forEach(i -> refs.add(i.ref())));
        return refs.stream().distinct().toList();
    }

    /** Runs as the user, with their role, as their page would: their rows only, their access policy. */
    private <T> T asUser(String username, Supplier<T> body) {
        var account = users.find(username).orElse(null);
        if (account == null) {
            return null;
        }
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()))));
        SecurityContextHolder.setContext(context);
        try {
            return body.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
