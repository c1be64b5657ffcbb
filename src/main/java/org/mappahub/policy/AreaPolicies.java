package org.mappahub.policy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.rules.PolicySettings;

/**
 * Each area's policy settings: the stored set, or {@link PolicySettings#DEFAULTS} while the area has none. A change
 * names the version it was made from (0: the defaults, nothing stored yet); a stale version is refused, and so is
 * a set with {@link PolicySettings#problems() problems}. Every change is audited with the settings before and
 * after. Who may change an area's settings is the caller's to decide (the page: the area's own co-ordinator).
 */
@Service
public class AreaPolicies {

    /** The settings in force in an area, the version they are at (0: the defaults, never changed) and who set them. */
    public record Current(String area, PolicySettings settings, int version, String updatedBy, Instant updatedAt) {
        public boolean defaults() {
            return version == 0;
        }
    }

    /** The settings were refused: each problem names its setting. Nothing was changed. */
    public static class InvalidSettingsException extends RuntimeException {
        private final List<PolicySettings.Problem> problems;

        InvalidSettingsException(List<PolicySettings.Problem> problems) {
            super(problems.stream().map(p -> p.setting() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
            this.problems = List.copyOf(problems);
        }

        public List<PolicySettings.Problem> problems() {
            return problems;
        }
    }

    /** Someone changed the area's settings after the caller read them. Nothing was changed. */
    public static class StaleSettingsException extends RuntimeException {
        StaleSettingsException(String area, int expected, int actual) {
            super("The policy settings of " + area + " are at version " + actual + ", not " + expected);
        }
    }

    private static final String COLUMNS = """
            level2_review_interval_weeks, level3_review_interval_weeks, identify_months_before_release,
            level_set_months_before_release, first_meeting_months_before_release, referral_screening_working_days,
            minutes_distribution_working_days, victim_contact_days, emergency_recall_hours, standard_recall_hours""";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    AreaPolicies(JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The settings in force in the area: its stored set, or the national defaults. */
    @Transactional(readOnly = true)
    public PolicySettings settingsFor(String area) {
        return current(area).settings();
    }

    /** The settings in force in the area, with their version. */
    @Transactional(readOnly = true)
    public Current current(String area) {
        return stored(area, false).orElse(new Current(area, PolicySettings.DEFAULTS, 0, null, null));
    }

    /**
     * Changes the area's settings, from the version {@code expectedVersion} the caller read, as {@code actor}.
     *
     * @throws InvalidSettingsException the settings have problems
     * @throws StaleSettingsException   the area's settings are no longer at {@code expectedVersion}
     */
    @Transactional
    public Current change(String area, int expectedVersion, PolicySettings settings, String actor) {
        List<PolicySettings.Problem> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        Current before = stored(area, true).orElse(new Current(area, PolicySettings.DEFAULTS, 0, null, null));
        if (before.version() != expectedVersion) {
            throw new StaleSettingsException(area, expectedVersion, before.version());
        }
        Timestamp now = Timestamp.from(clock.instant());
        Object[] values = values(settings);
        int changed;
        if (before.defaults()) {
            changed = jdbc.sql("insert into area_policy_settings (area_code, " + COLUMNS + ", version, updated_by, updated_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) on conflict (area_code) do nothing")
                    .params(concat(new Object[] {area}, values, new Object[] {actor, now})).update();
        } else {
            changed = jdbc.sql("""
                            update area_policy_settings set level2_review_interval_weeks = ?, level3_review_interval_weeks = ?,
                                   identify_months_before_release = ?, level_set_months_before_release = ?,
                                   first_meeting_months_before_release = ?, referral_screening_working_days = ?,
                                   minutes_distribution_working_days = ?, victim_contact_days = ?, emergency_recall_hours = ?,
                                   standard_recall_hours = ?, version = version + 1, updated_by = ?, updated_at = ?
                             where area_code = ? and version = ?""")
                    .params(concat(values, new Object[] {actor, now, area, expectedVersion})).update();
        }
        if (changed != 1) {
            throw new StaleSettingsException(area, expectedVersion, current(area).version());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", before.settings());
        details.put("after", settings);
        audit.record(new AuditEvent(AuditAction.POLICY_SETTINGS_CHANGED, "area:" + area, details, null, actor));
        return new Current(area, settings, expectedVersion + 1, actor, now.toInstant());
    }

    private Optional<Current> stored(String area, boolean forUpdate) {
        return jdbc.sql("select " + COLUMNS + ", version, updated_by, updated_at from area_policy_settings where area_code = ?"
                        + (forUpdate ? " for update" : ""))
                .param(area)
                .query((rs, n) -> new Current(area, new PolicySettings(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)),
                        rs.getInt(11), rs.getString(12), rs.getTimestamp(13).toInstant()))
                .optional();
    }

    private static Object[] values(PolicySettings s) {
        return new Object[] {s.level2ReviewIntervalWeeks(), s.level3ReviewIntervalWeeks(), s.identifyMonthsBeforeRelease(),
                s.levelSetMonthsBeforeRelease(), s.firstMeetingMonthsBeforeRelease(), s.referralScreeningWorkingDays(),
                s.minutesDistributionWorkingDays(), s.victimContactDays(), s.emergencyRecallHours(), s.standardRecallHours()};
    }

    private static Object[] concat(Object[]... parts) {
        return java.util.Arrays.stream(parts).flatMap(java.util.Arrays::stream).toArray();
    }
}
