package org.mappahub.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.mappahub.notification.NotificationRequirements.Notification;
import org.mappahub.notification.NotificationRequirements.Requirement;
import org.mappahub.rules.Disposal;

/**
 * The stored requirement and notifications of one person, read in the caller's transaction (so as the caller's
 * user, under row-level security). The services of this module decide who may ask; this only reads.
 */
@Component
class NotificationRows {

    private final JdbcClient jdbc;

    NotificationRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Requirement> requirement(long nominalId) {
        return jdbc.sql("""
                        select starts_on, disposal, length_months, age_at_conviction, period, ends_on, revoked_on, version
                        from notification_requirement where nominal_id = ?""")
                .param(nominalId)
                .query((rs, n) -> new Requirement(rs.getObject("starts_on", LocalDate.class),
                        Disposal.valueOf(rs.getString("disposal")), (Integer) rs.getObject("length_months"),
                        rs.getInt("age_at_conviction"), rs.getString("period"), rs.getObject("ends_on", LocalDate.class),
                        rs.getObject("revoked_on", LocalDate.class), rs.getInt("version")))
                .optional();
    }

    /** Newest first. */
    List<Notification> notifications(long nominalId) {
        return jdbc.sql("""
                        select id, kind, made_on, notes, created_by, version from notification where nominal_id = ?
                        order by made_on desc, id desc""")
                .param(nominalId)
                .query((rs, n) -> new Notification(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getObject("made_on", LocalDate.class), rs.getString("notes"), rs.getString("created_by"),
                        rs.getInt("version")))
                .list();
    }
}
