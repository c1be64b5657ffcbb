package org.mappahub.performance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.meeting.ReviewCycle;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.ActionRules;
import org.mappahub.rules.BoardPeriods;
import org.mappahub.rules.BoardPeriods.Span;
import org.mappahub.rules.PolicySettings;

/**
 * The things each measure counts for an area and a period, one set-based query per measure (never one per case),
 * judged against the area's policy ({@link AreaPolicies}) and the rules. Reads as the transaction's scope: the
 * dashboard's figures run inside {@code RowScope.forAggregateFigures()} (every record of the area), the drill-down
 * lists as the signed-in user (row-level security hides what they may not read). The caller decides who may ask.
 */
@Service
public class BoardMeasures {

    private static final String NAME = "array_to_string(n.given_names, ' ') || ' ' || n.family_name";
    private static final String LONDON_DAY = "(%s at time zone 'Europe/London')::date";

    private final JdbcClient jdbc;
    private final AreaPolicies policies;

    BoardMeasures(JdbcClient jdbc, AreaPolicies policies) {
        this.jdbc = jdbc;
        this.policies = policies;
    }

    /** What the measure counts in the period; {@code today} decides which deadlines have passed. */
    @Transactional(readOnly = true)
    public List<MeasuredCase> cases(Measure measure, String area, Span period, LocalDate today) {
        PolicySettings policy = policies.settingsFor(area);
        return switch (measure) {
            case MEETINGS_IN_TIME -> meetings(area, period, policy);
            case ATTENDANCE -> attendance(area, period);
            case ACTIONS_ON_TIME -> actions(area, period, today);
            case MINUTES_ON_TIME -> minutes(area, period, policy, today);
            case REFERRALS_SCREENED -> referrals(area, period, policy, today);
            case MILESTONES_MET -> milestones(area, period, policy, today);
            case VICTIMS_CONTACTED, POPULATION -> List.of();
        };
    }

    /** The area's BCUs named on its records, for the dashboard's choice. */
    @Transactional(readOnly = true)
    public List<String> bcus(String area) {
        return jdbc.sql("select distinct bcu from nominal where area_code = ? and bcu is not null order by bcu")
                .param(area).query(String.class).list();
    }

    /** Held meetings in the period, each against the review due from the previous meeting held (MAPPA.md §4.3). */
    private List<MeasuredCase> meetings(String area, Span period, PolicySettings policy) {
        return jdbc.sql("""
                        select * from (
                            select n.ref, %s as name, n.bcu, m.starts_at::date as held, m.level,
                                   lag(m.starts_at::date) over (partition by m.nominal_id order by m.starts_at, m.id) as previous
                              from mapp_meeting m join nominal n on n.id = m.nominal_id
                             where m.status = 'HELD' and n.area_code = :area and m.starts_at < :to) h
                         where h.held >= :from order by h.held, h.ref""".formatted(NAME))
                .param("area", area).param("from", period.from()).param("to", period.to().plusDays(1))
                .query((rs, i) -> {
                    LocalDate held = day(rs, "held");
                    LocalDate previous = day(rs, "previous");
                    int level = rs.getInt("level");
                    if (previous == null) {
                        return row(rs, held, null, "Level " + level, "Initial meeting: no review interval yet", null);
                    }
                    LocalDate due = previous.plusWeeks(ReviewCycle.intervalWeeks(level, policy));
                    boolean met = !held.isAfter(due);
                    return row(rs, held, due, "Level " + level, met ? "Held in time" : "Held late", met);
                }).list();
    }

    /** Invitations to level 2 and 3 meetings held in the period, by agency and what the meeting recorded. */
    private List<MeasuredCase> attendance(String area, Span period) {
        return jdbc.sql("""
                        select n.ref, %s as name, n.bcu, m.starts_at::date as held, a.name as agency, i.attendance
                          from mapp_meeting_invitation i join mapp_meeting m on m.id = i.meeting_id
                          join nominal n on n.id = m.nominal_id join agency a on a.id = i.agency_id
                         where m.status = 'HELD' and m.level in (2, 3) and n.area_code = :area
                           and m.starts_at >= :from and m.starts_at < :to
                         order by a.name, held, n.ref""".formatted(NAME))
                .param("area", area).param("from", period.from()).param("to", period.to().plusDays(1))
                .query((rs, i) -> {
                    Attendance outcome = Attendance.of(rs.getString("attendance"));
                    return row(rs, day(rs, "held"), null, rs.getString("agency"), outcome.words(),
                            outcome == Attendance.ATTENDED);
                }).list();
    }

    /** Actions (not cancelled) whose deadline falls in the period: completed on or before it ({@link ActionRules}). */
    private List<MeasuredCase> actions(String area, Span period, LocalDate today) {
        return jdbc.sql("""
                        select n.ref, %s as name, n.bcu, a.deadline, a.completed_on, a.description
                          from mapp_action a join nominal n on n.id = a.nominal_id
                         where a.status <> 'CANCELLED' and n.area_code = :area and a.deadline between :from and :to
                         order by a.deadline, n.ref""".formatted(NAME))
                .param("area", area).param("from", period.from()).param("to", period.to())
                .query((rs, i) -> {
                    LocalDate deadline = day(rs, "deadline");
                    LocalDate completed = day(rs, "completed_on");
                    Boolean met = completed != null ? Boolean.valueOf(ActionRules.completedOnTime(deadline, completed))
                            : deadline.isBefore(today) ? Boolean.FALSE : null;
                    String words = completed != null ? "Completed " + completed : met == null ? "Open, not yet due" : "Open, overdue";
                    return row(rs, deadline, deadline, rs.getString("description"), words, met);
                }).list();
    }

    /** Meetings held in the period: their minutes' first distribution against the working-day limit (§4.3). */
    private List<MeasuredCase> minutes(String area, Span period, PolicySettings policy, LocalDate today) {
        return jdbc.sql("""
                        select n.ref, %s as name, n.bcu, m.starts_at::date as held,
                               (select min(%s) from mapp_minutes mm where mm.meeting_id = m.id) as distributed
                          from mapp_meeting m join nominal n on n.id = m.nominal_id
                         where m.status = 'HELD' and n.area_code = :area and m.starts_at >= :from and m.starts_at < :to
                         order by held, n.ref""".formatted(NAME, LONDON_DAY.formatted("mm.distributed_at")))
                .param("area", area).param("from", period.from()).param("to", period.to().plusDays(1))
                .query((rs, i) -> {
                    LocalDate held = day(rs, "held");
                    LocalDate distributed = day(rs, "distributed");
                    LocalDate due = policy.minutesDue(held);
                    return judged(rs, held, due, distributed, today, null, "Distributed", "Not distributed");
                }).list();
    }

    /** Referrals received in the period: screened (decided) within the policy's working days (§4.2). */
    private List<MeasuredCase> referrals(String area, Span period, PolicySettings policy, LocalDate today) {
        return jdbc.sql("""
                        select n.ref, %s as name, n.bcu, r.received_on, r.decided_on
                          from referral r join nominal n on n.id = r.nominal_id
                         where n.area_code = :area and r.received_on between :from and :to
                         order by r.received_on, n.ref""".formatted(NAME))
                .param("area", area).param("from", period.from()).param("to", period.to())
                .query((rs, i) -> {
                    LocalDate received = day(rs, "received_on");
                    return judged(rs, received, policy.screeningDue(received), day(rs, "decided_on"), today, null,
                            "Screened", "Not screened");
                }).list();
    }

    /**
     * Custody expected releases' milestones falling in the period (§4.1, the area's policy): identified (a category
     * recorded for this custody), level set (a level span decided in this custody) and the first level 2/3 meeting
     * held in this custody, each by its day. A first meeting is not needed — and not counted — when the level set in
     * this custody is 1.
     */
    private List<MeasuredCase> milestones(String area, Span period, PolicySettings policy, LocalDate today) {
        List<MeasuredCase> cases = new ArrayList<>();
        jdbc.sql("""
                        select n.ref, %s as name, n.bcu, e.expected_on,
                               (select min(%s) from category_span c where c.nominal_id = n.id
                                   and (c.to_date is null or c.to_date > e.custody_from)) as identified,
                               ls.recorded as level_set, ls.level as level_set_level,
                               (select min(m.starts_at)::date from mapp_meeting m where m.nominal_id = n.id
                                   and m.status = 'HELD' and m.starts_at >= e.custody_from) as first_meeting
                          from expected_release e join nominal n on n.id = e.nominal_id
                          left join lateral (select %s as recorded, l.level from level_span l
                                              where l.nominal_id = n.id and (l.from_date >= e.custody_from
                                                    or l.recorded_at >= e.custody_from)
                                              order by l.recorded_at limit 1) ls on true
                         where n.area_code = :area and e.expected_on > :from""".formatted(NAME,
                        LONDON_DAY.formatted("c.recorded_at"), LONDON_DAY.formatted("l.recorded_at")))
                .param("area", area).param("from", period.from())
                .query((ResultSet rs) -> {
                    PolicySettings.PreReleaseMilestones dates = policy.milestones(day(rs, "expected_on"));
                    add(cases, rs, period, dates.identifyBy(), day(rs, "identified"), today, "Identified as MAPPA-eligible");
                    add(cases, rs, period, dates.levelSetBy(), day(rs, "level_set"), today, "Level set");
                    if (rs.getObject("level_set_level") == null || rs.getInt("level_set_level") != 1) {
                        add(cases, rs, period, dates.firstMeetingBy(), day(rs, "first_meeting"), today,
                                "First level 2 or 3 meeting");
                    }
                });
        cases.sort(java.util.Comparator.comparing(MeasuredCase::due).thenComparing(MeasuredCase::ref));
        return cases;
    }

    private static void add(List<MeasuredCase> cases, ResultSet rs, Span period, LocalDate by, LocalDate done,
                            LocalDate today, String milestone) throws SQLException {
        if (period.contains(by)) {
            cases.add(judged(rs, done, by, done, today, milestone, "Met", "Not met"));
        }
    }

    /** Done by the due day (met), done later or not done once the day has passed (not met), else not counted yet. */
    private static MeasuredCase judged(ResultSet rs, LocalDate on, LocalDate due, LocalDate done, LocalDate today,
                                       String group, String doneWords, String notDoneWords) throws SQLException {
        Boolean met = done != null ? Boolean.valueOf(!done.isAfter(due)) : due.isBefore(today) ? Boolean.FALSE : null;
        String words = done != null ? doneWords + " " + done + (met ? "" : ", late")
                : met == null ? "Not yet due" : notDoneWords + ", overdue";
        return row(rs, on == null ? due : on, due, group, words, met);
    }

    /** The managed population on {@code day}: a category recorded for it and the record in the area that day. */
    @Transactional(readOnly = true)
    public List<ManagedPerson> population(String area, LocalDate day) {
        return jdbc.sql("""
                        select n.ref, %s as name, n.bcu, n.date_of_birth, n.gender, n.ethnicity, c.category,
                               (select l.level from level_span l where l.nominal_id = n.id and l.from_date <= :day
                                   and (l.to_date is null or l.to_date > :day) order by l.position desc limit 1) as level,
                               exists (select 1 from custody_span s where s.nominal_id = n.id and s.from_date <= :day
                                   and (s.to_date is null or s.to_date > :day)) as in_custody
                          from nominal n
                          join lateral (select c.category from category_span c where c.nominal_id = n.id
                                           and c.from_date <= :day and (c.to_date is null or c.to_date > :day)
                                         order by c.position desc limit 1) c on true
                         where coalesce((select s.area_code from nominal_area_span s where s.nominal_id = n.id
                                            and s.from_date <= :day and (s.to_date is null or s.to_date > :day)
                                          order by s.position desc limit 1), n.area_code) = :area
                         order by n.ref""".formatted(NAME))
                .param("area", area).param("day", day)
                .query((rs, i) -> new ManagedPerson(rs.getString("ref"), rs.getString("name").strip(),
                        rs.getString("bcu"), rs.getInt("category"), rs.getInt("level"),
                        words(rs.getString("gender")), words(rs.getString("ethnicity")),
                        BoardPeriods.ageBand(day(rs, "date_of_birth"), day), rs.getBoolean("in_custody")))
                .list();
    }

    /** As recorded; a coded value (MALE, NOT_KNOWN) in words ("Male", "Not known"). */
    private static String words(String recorded) {
        if (recorded == null || recorded.isBlank()) {
            return "Not recorded";
        }
        if (!recorded.matches("[A-Z_]+")) {
            return recorded;
        }
        String words = recorded.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static MeasuredCase row(ResultSet rs, LocalDate on, LocalDate due, String group, String detail, Boolean met)
            throws SQLException {
        return new MeasuredCase(rs.getString("ref"), rs.getString("name").strip(), rs.getString("bcu"), on, due, group,
                detail, met);
    }

    private static LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** What a meeting recorded of an invited agency. */
    enum Attendance {
        ATTENDED("Attended"), APOLOGIES_WITH_REPORT("Apologies with a report"), APOLOGIES("Apologies without a report"),
        DID_NOT_ATTEND("Did not attend"), NOT_RECORDED("Not recorded");

        private final String words;

        Attendance(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }

        static Attendance of(String recorded) {
            return recorded == null ? NOT_RECORDED : valueOf(recorded);
        }
    }
}
