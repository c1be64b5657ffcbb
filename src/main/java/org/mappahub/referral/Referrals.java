package org.mappahub.referral;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Actor;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.access.Role;
import org.mappahub.access.Users;
import org.mappahub.access.Viewer;
import org.mappahub.assessment.RiskAssessments;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.policy.AreaPolicies;
import org.mappahub.rules.CategoryRules;
import org.mappahub.rules.Refusal;

/**
 * MAPPA referrals and their screening, read and changed as the signed-in user: the access policy decides first
 * ({@link CaseRecords}; a referral is part of the full history), row-level security underneath. A referral is
 * submitted by whoever may edit the record (the owning area's practitioners and co-ordinators); it is screened by a
 * co-ordinator of that area, who names the chair who took the decision with them. Acceptance changes the level spans
 * ({@link LevelChange}) in one transaction with the decision; a stale screening is refused, never applied over
 * someone else's.
 */
@Service
public class Referrals {

    static final String PART = "referral";
    static final int MAX_TEXT = 4000;
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final CaseRecords records;
    private final NominalChanges changes;
    private final AreaPolicies policies;
    private final RiskAssessments assessments;
    private final Users users;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final CaseAccess caseAccess;

    Referrals(CaseRecords records, NominalChanges changes, AreaPolicies policies, RiskAssessments assessments,
              Users users, JdbcClient jdbc, AuditTrail audit, Clock clock, CaseAccess caseAccess) {
        this.records = records;
        this.changes = changes;
        this.policies = policies;
        this.assessments = assessments;
        this.users = users;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.caseAccess = caseAccess;
    }

    public enum Decision { ACCEPTED, NOT_ACCEPTED }

    /** A referral as the referrer enters it (the MAPPA A content). */
    public record Input(Integer category, String categoryJustification, String crn, String prisonNumber,
                        String policeReference, String releaseAddress, String indexOffence, String sentence,
                        String previousOffences, LocalDate releaseDate, LocalDate sentenceEnd, Boolean hospitalDetention,
                        String hospitalDetails, String reason, Integer levelAsked) {
    }

    /** A screening decision as the co-ordinator enters it: the level for an acceptance, rationale and advice otherwise. */
    public record Screening(Decision decision, Integer level, String chair, String rationale, String advice) {
    }

    /** A stored referral; {@code screenBy} is the last day for screening under the owning area's policy. */
    public record Referral(long id, String ref, Input content, String referringAgency, String referrer,
                           LocalDate receivedOn, LocalDate screenBy, Decision decision, LocalDate decidedOn,
                           Integer levelAccepted, String coordinator, String chair, String rationale, String advice,
                           int version) {
        public boolean waiting() {
            return decision == null;
        }

        public boolean overdue(LocalDate today) {
            return waiting() && today.isAfter(screenBy);
        }
    }

    /** A person's referrals, newest first, with what the user may do. */
    public record Picture(String ref, String name, List<Referral> referrals, boolean maySubmit, boolean mayScreen) {
    }

    /** One row of a co-ordinator's list of referrals waiting for screening. */
    public record Waiting(long id, String ref, String name, LocalDate receivedOn, LocalDate screenBy, int levelAsked,
                          boolean overdue) {
    }

    /** The person's referrals for the signed-in user; the view is audited. */
    @Transactional
    public Picture view(String ref) {
        CaseRecords.Viewed viewed = readable(ref);
        return picture(records.recordView(viewed));
    }

    /** The person's referrals, for a user who may submit one (the referral form); the view is audited. */
    @Transactional
    public Picture form(String ref) {
        return picture(records.recordView(editable(ref)));
    }

    /** One referral for the signed-in user; the view is audited. */
    @Transactional
    public Referral referral(String ref, long id) {
        CaseRecords.Viewed viewed = readable(ref);
        Referral found = find(viewed, id);
        records.recordView(viewed);
        return found;
    }

    /** Whether the signed-in user may screen this person's referrals (a co-ordinator who may edit the record). */
    @Transactional(readOnly = true)
    public boolean mayScreen(String ref) {
        return screener(records.read(ref));
    }

    /**
     * The chairs the screening form offers (usernames to names): the enabled chairs of the record's owning area, the
     * only ones {@link #screen} accepts. Empty for a user who may not screen the referral.
     */
    @Transactional(readOnly = true)
    public Map<String, String> screeningChairs(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        Map<String, String> chairs = new LinkedHashMap<>();
        if (screener(viewed)) {
            String area = viewed.stored().record().area();
            users.list().stream().filter(u -> u.role() == Role.CHAIR && area.equals(u.area()) && u.enabled())
                    .forEach(u -> chairs.put(u.username(), u.displayName()));
        }
        return chairs;
    }

    /** What is wrong with a referral, field by field, without recording it (to show every problem at once). */
    @Transactional(readOnly = true)
    public Map<String, String> problems(String ref, Input in) {
        return check(editable(ref), in);
    }

    /**
     * Records a referral received today, by the signed-in user for their agency.
     *
     * @throws InvalidReferralException each problem names its field (and the rule that refuses it)
     */
    @Transactional
    public Referral submit(String ref, Input in) {
        CaseRecords.Viewed viewed = editable(ref);
        Map<String, String> problems = check(viewed, in);
        if (!problems.isEmpty()) {
            throw new InvalidReferralException(problems);
        }
        Viewer viewer = caseAccess.viewer().orElseThrow();
        String actor = Actor.currentUser();
        Timestamp now = Timestamp.from(clock.instant());
        long id = jdbc.sql("""
                        insert into referral (nominal_id, category, category_justification, referring_agency, referrer,
                            crn, prison_number, police_reference, release_address, index_offence, sentence,
                            previous_offences, release_date, sentence_end, hospital_detention, hospital_details, reason,
                            level_asked, received_on, version, created_by, created_at, updated_by, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?) returning id""")
                .params(viewed.stored().id(), in.category(), text(in.categoryJustification()), viewer.agencyName(), actor,
                        text(in.crn()), text(in.prisonNumber()), text(in.policeReference()), text(in.releaseAddress()),
                        text(in.indexOffence()), text(in.sentence()), text(in.previousOffences()), in.releaseDate(),
                        in.sentenceEnd(), in.hospitalDetention(),
                        in.hospitalDetention() ? text(in.hospitalDetails()) : null, text(in.reason()), in.levelAsked(),
                        LocalDate.now(clock), actor, now, actor, now)
                .query(Long.class).single();
        Referral created = find(viewed, id);
        audit.record(AuditEvent.created(ref, audited(created), actor));
        return created;
    }

    /**
     * Records the screening decision of a referral waiting for it, taken today by the signed-in co-ordinator and the
     * chair named. An acceptance opens or changes the person's level (and opens the category asked for when the
     * person has none today), with the decision as the provenance.
     *
     * @throws InvalidReferralException refused, naming the field and the rule
     * @throws StaleReferralException   screened (or the record changed) since {@code expectedVersion}
     */
    @Transactional
    public Referral screen(String ref, long id, int expectedVersion, Screening s) {
        CaseRecords.Viewed viewed = editable(ref);
        if (!screener(viewed)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "is not a co-ordinator of the owning area",
                    "Only a co-ordinator of the owning area records a screening decision");
        }
        Referral before = find(viewed, id);
        if (before.version() != expectedVersion || !before.waiting()) {
            throw new StaleReferralException(ref, id, expectedVersion, before.waiting() ? "has changed"
                    : "was screened by " + before.coordinator() + " on " + DATE.format(before.decidedOn()));
        }
        LocalDate today = LocalDate.now(clock);
        NominalRecord record = viewed.stored().record();
        Map<String, String> problems = check(record, before, s, today);
        if (!problems.isEmpty()) {
            throw new InvalidReferralException(problems);
        }
        String actor = Actor.currentUser();
        int updated = jdbc.sql("""
                        update referral set decision = ?, decided_on = ?, level_accepted = ?, coordinator = ?, chair = ?,
                            rationale = ?, advice = ?, version = version + 1, updated_by = ?, updated_at = ?
                        where id = ? and nominal_id = ? and version = ? and decision is null""")
                .params(s.decision().name(), today, s.decision() == Decision.ACCEPTED ? s.level() : null, actor,
                        s.chair().trim(), text(s.rationale()), text(s.advice()), actor, Timestamp.from(clock.instant()),
                        id, viewed.stored().id(), expectedVersion)
                .update();
        if (updated != 1) {
            throw new StaleReferralException(ref, id, expectedVersion, "has changed");
        }
        Referral after = find(viewed, id);
        audit.record(AuditEvent.changed(ref, audited(before), audited(after), actor));
        if (s.decision() == Decision.ACCEPTED) {
            NominalRecord.Provenance provenance = new NominalRecord.Provenance(actor, clock.instant(),
                    "Referral " + id + " accepted at level " + s.level() + " at screening on " + DATE.format(today)
                            + " by " + actor + " (co-ordinator) and " + s.chair().trim() + " (chair)");
            try {
                changes.amend(ref, viewed.stored().version(),
                        r -> LevelChange.apply(r, before.content().category(), s.level(), today, provenance),
                        r -> AuditEvent.details("categories", r.categories(), "levels", r.levels()), actor);
            } catch (StaleNominalException e) {
                throw new StaleReferralException(ref, id, expectedVersion, "could not change the level: the record changed");
            }
        }
        return after;
    }

    /**
     * The referrals waiting for screening in the signed-in co-ordinator's own area (never an area from the request),
     * oldest first. The list is audited as a search.
     */
    @Transactional
    public List<Waiting> waiting() {
        Viewer viewer = caseAccess.viewer().filter(v -> v.role() == Role.COORDINATOR && v.area() != null)
                .orElse(null);
        if (viewer == null) {
            return List.of(); // a co-ordinator no administrator has placed in an area has no area to screen for
        }
        audit.record(AuditEvent.searched("referrals waiting for screening in " + viewer.area(), 0));
        LocalDate today = LocalDate.now(clock);
        var settings = policies.settingsFor(viewer.area());
        return jdbc.sql("""
                        select r.id, n.ref, n.family_name || coalesce(', ' || array_to_string(n.given_names, ' '), '') as family, r.received_on, r.level_asked
                        from referral r join nominal n on n.id = r.nominal_id
                        where r.decision is null and n.area_code = ?
                        order by r.received_on, r.id""")
                .param(viewer.area())
                .query((rs, n) -> {
                    LocalDate received = rs.getObject("received_on", LocalDate.class);
                    LocalDate due = settings.screeningDue(received);
                    return new Waiting(rs.getLong("id"), rs.getString("ref"), rs.getString("family"), received, due,
                            rs.getInt("level_asked"), today.isAfter(due));
                })
                .list();
    }

    /** The referrals of a record already read and audited (the record page's panels), newest first. */
    @Transactional(readOnly = true)
    public List<Referral> referrals(CaseRecords.Viewed viewed) {
        if (!viewed.sees(RecordPart.FULL_HISTORY)) {
            return List.of();
        }
        String area = viewed.stored().record().area();
        var settings = policies.settingsFor(area);
        return jdbc.sql("select * from referral where nominal_id = ? order by received_on desc, id desc")
                .param(viewed.stored().id())
                .query((rs, n) -> row(rs, viewed.stored().record().ref(), settings))
                .list();
    }

    private Picture picture(CaseRecords.Viewed viewed) {
        var p = viewed.stored().record().person();
        return new Picture(viewed.stored().record().ref(), p.familyName() + ", " + String.join(" ", p.givenNames()),
                referrals(viewed), viewed.access().mayEdit(), screener(viewed));
    }

    private Referral find(CaseRecords.Viewed viewed, long id) {
        return referrals(viewed).stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new ReferralNotFoundException(viewed.stored().record().ref(), id));
    }

    private Map<String, String> check(CaseRecords.Viewed viewed, Input in) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (in.category() == null || in.category() < 1 || in.category() > 3) {
            problems.put("category", "Select the MAPPA category asked for: 1, 2 or 3");
        } else if (in.category() == 3) {
            List<Refusal> refused = CategoryRules.checkCategory3(assessments.highestCurrentRisk(viewed),
                    in.categoryJustification());
            if (!refused.isEmpty()) {
                problems.put("categoryJustification", String.join("; ", refused.stream().map(Refusal::message).toList()));
            }
        }
        required(problems, "indexOffence", in.indexOffence(), "Enter the index offence");
        required(problems, "sentence", in.sentence(), "Enter the sentence for the index offence");
        required(problems, "reason", in.reason(), "Enter the reason for referral");
        if (in.hospitalDetention() == null) {
            problems.put("hospitalDetention", "Select whether the person is detained in hospital");
        } else if (in.hospitalDetention()) {
            required(problems, "hospitalDetails", in.hospitalDetails(), "Enter the details of the hospital detention");
        }
        if (in.levelAsked() == null || in.levelAsked() < 2 || in.levelAsked() > 3) {
            problems.put("levelAsked", "Select the level asked for: 2 or 3 (a referral asks for multi-agency management)");
        }
        if (in.releaseDate() != null && in.sentenceEnd() != null && in.sentenceEnd().isBefore(in.releaseDate())) {
            problems.put("sentenceEnd", "The sentence or licence end must be on or after the release date");
        }
        for (String[] field : new String[][]{{"categoryJustification", in.categoryJustification()}, {"crn", in.crn()},
                {"prisonNumber", in.prisonNumber()}, {"policeReference", in.policeReference()},
                {"releaseAddress", in.releaseAddress()}, {"indexOffence", in.indexOffence()},
                {"sentence", in.sentence()}, {"previousOffences", in.previousOffences()},
                {"hospitalDetails", in.hospitalDetails()}, {"reason", in.reason()}}) {
            if (field[1] != null && field[1].length() > MAX_TEXT) {
                problems.putIfAbsent(field[0], "Must be " + MAX_TEXT + " characters or fewer");
            }
        }
        return problems;
    }

    private Map<String, String> check(NominalRecord record, Referral referral, Screening s, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (s.decision() == null) {
            problems.put("decision", "Select the screening decision: accepted or not accepted");
        }
        if (s.chair() == null || s.chair().isBlank()) {
            problems.put("chair", "Select the chair who took the decision");
        } else {
            Viewer chair = users.viewer(s.chair().trim()).orElse(null);
            if (chair == null || chair.role() != Role.CHAIR || !record.area().equals(chair.area())) {
                problems.put("chair", "The chair must be a user with the chair role in area " + record.area());
            }
        }
        if (s.decision() == Decision.ACCEPTED) {
            if (s.level() == null) {
                problems.put("level", "Select the level the referral is accepted at: 2 or 3");
            } else {
                int category = record.categories().stream().filter(c -> c.covers(today)).findFirst()
                        .map(NominalRecord.CategorySpan::category).orElse(referral.content().category());
                var refused = CategoryRules.checkLevel(category, s.level());
                if (refused.isPresent()) {
                    problems.put("level", refused.get().message());
                } else if (s.level() < 2) {
                    problems.put("level", "A referral is accepted at level 2 or 3; for management at level 1, record "
                            + "it as not accepted with the rationale and advice");
                } else {
                    LevelChange.problem(record, today).ifPresent(p -> problems.put("level", p));
                }
            }
        } else if (s.decision() == Decision.NOT_ACCEPTED) {
            required(problems, "rationale", s.rationale(), "Enter the rationale for not accepting the referral");
            required(problems, "advice", s.advice(), "Enter the advice given to the referrer");
        }
        for (String[] field : new String[][]{{"rationale", s.rationale()}, {"advice", s.advice()}}) {
            if (field[1] != null && field[1].length() > MAX_TEXT) {
                problems.putIfAbsent(field[0], "Must be " + MAX_TEXT + " characters or fewer");
            }
        }
        return problems;
    }

    private static void required(Map<String, String> problems, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            problems.put(field, message);
        }
    }

    private CaseRecords.Viewed readable(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        if (!viewed.sees(RecordPart.FULL_HISTORY)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "does not see the full history",
                    "Referrals are part of the full history, which this user does not see");
        }
        return viewed;
    }

    private CaseRecords.Viewed editable(String ref) {
        CaseRecords.Viewed viewed = readable(ref);
        if (!viewed.access().mayEdit()) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "may not refer",
                    "Only the owning area's practitioners and co-ordinators submit and screen referrals");
        }
        return viewed;
    }

    private boolean screener(CaseRecords.Viewed viewed) {
        return viewed.access().mayEdit() && caseAccess.viewer().map(v -> v.role() == Role.COORDINATOR).orElse(false);
    }

    private static Referral row(ResultSet rs, String ref, org.mappahub.rules.PolicySettings settings) throws SQLException {
        Input content = new Input(rs.getInt("category"), rs.getString("category_justification"), rs.getString("crn"),
                rs.getString("prison_number"), rs.getString("police_reference"), rs.getString("release_address"),
                rs.getString("index_offence"), rs.getString("sentence"), rs.getString("previous_offences"),
                rs.getObject("release_date", LocalDate.class), rs.getObject("sentence_end", LocalDate.class),
                rs.getBoolean("hospital_detention"), rs.getString("hospital_details"), rs.getString("reason"),
                rs.getInt("level_asked"));
        LocalDate received = rs.getObject("received_on", LocalDate.class);
        String decision = rs.getString("decision");
        return new Referral(rs.getLong("id"), ref, content, rs.getString("referring_agency"), rs.getString("referrer"),
                received, settings.screeningDue(received), decision == null ? null : Decision.valueOf(decision),
                rs.getObject("decided_on", LocalDate.class), (Integer) rs.getObject("level_accepted"),
                rs.getString("coordinator"), rs.getString("chair"), rs.getString("rationale"), rs.getString("advice"),
                rs.getInt("version"));
    }

    private static Object audited(Referral r) {
        return AuditEvent.details("referral", r.id(), "content", r.content(), "receivedOn", r.receivedOn().toString(),
                "decision", r.decision(), "decidedOn", r.decidedOn() == null ? null : r.decidedOn().toString(),
                "levelAccepted", r.levelAccepted(), "coordinator", r.coordinator(), "chair", r.chair(),
                "rationale", r.rationale(), "advice", r.advice());
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
