package org.mappahub.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.mappahub.access.Role;
import org.mappahub.assessment.RiskAssessments;
import org.mappahub.assessment.RiskTool;
import org.mappahub.custody.CustodyRecords;
import org.mappahub.intelligence.HandlingMarking.HandlingCode;
import org.mappahub.intelligence.HandlingMarking.IntelligenceEvaluation;
import org.mappahub.intelligence.HandlingMarking.SourceEvaluation;
import org.mappahub.intelligence.IntelligenceKind;
import org.mappahub.intelligence.IntelligenceLog;
import org.mappahub.licence.ConditionInput;
import org.mappahub.licence.Licences;
import org.mappahub.meeting.MappMeetings;
import org.mappahub.meeting.MeetingKind;
import org.mappahub.referral.Referrals;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.Nominals;
import org.mappahub.notification.NotificationKind;
import org.mappahub.notification.NotificationRequirements;
import org.mappahub.rules.Disposal;

/**
 * The records the MCIF/1 format has no place for, added to the demo area the way a practitioner would add them:
 * through the services, signed in as the demo practitioner, so that every one is checked by the rules and audited.
 * The choices are deterministic (from the ref), so every demo installation looks the same; and spread so that the
 * record pages show something coming up, something overdue and something settled.
 */
class DemoCaseRecords {

    /** Enough people to make the pages worth looking at, few enough to keep the first start quick. */
    static final int PEOPLE = 250;
    /** People at level 2 or 3 whose initial MAPP meeting the demo arranges. */
    static final int MEETINGS = 15;

    private final ApplicationContext context;
    private final LocalDate today;
    private final String police;
    private final String probation;
    private final String chair;

    /**
     * @param police    a practitioner of the area's police: records notifications, Risk Matrix 2000, intelligence
     * @param probation a co-ordinator in the area's probation service: records OASys, licences, releases, and
     *                  arranges MAPP meetings
     * @param chair     a chair of the area, who chairs the meetings
     */
    DemoCaseRecords(ApplicationContext context, String police, String probation, String chair) {
        this.chair = chair;
        this.police = police;
        this.probation = probation;
        this.context = context;
        this.today = LocalDate.now(context.getBean(Clock.class));
    }

    /** Adds them; returns how many people got records. Call as the operator: the writing is done as the practitioner. */
    int add(List<String> refs) {
        List<NominalRecord> people = new ArrayList<>();
        List<NominalRecord> managed = new ArrayList<>(); // at level 2 or 3 today: few, as in life
        Nominals nominals = context.getBean(Nominals.class);
        for (int i = 0; i < refs.size() && (people.size() < PEOPLE || managed.size() < MEETINGS); i += 500) {
            List<NominalRecord> batch = nominals.findAllByRef(refs.subList(i, Math.min(refs.size(), i + 500))).values()
                    .stream().map(s -> s.record()).sorted(Comparator.comparing(NominalRecord::ref)).toList();
            batch.stream().filter(this::registered).limit(PEOPLE - people.size()).forEach(people::add);
            batch.stream().filter(r -> level(r) >= 2).limit(MEETINGS - managed.size()).forEach(managed::add);
        }
        ProgressLine progress = new ProgressLine(System.err, "people");
        int done = 0;
        for (NominalRecord person : people) {
            int n = done;
            as(police, Role.PRACTITIONER, () -> notification(person));
            as(probation, Role.COORDINATOR, () -> oasys(person));
            as(police, Role.PRACTITIONER, () -> riskMatrix(person));
            as(police, Role.PRACTITIONER, () -> intelligence(person, n));
            as(probation, Role.COORDINATOR, () -> licenceOrRelease(person, n));
            as(police, Role.PRACTITIONER, () -> referral(person, n));
            progress.update(++done, (double) done / people.size());
        }
        progress.finish(done);
        for (int i = 0; i < managed.size(); i++) {
            int n = i;
            as(probation, Role.COORDINATOR, () -> meeting(managed.get(n), n));
        }
        return done;
    }

    /** In category 1 today, with the sexual conviction that put them there. */
    private boolean registered(NominalRecord r) {
        return r.categories().stream().anyMatch(c -> c.category() == 1 && c.covers(today)) && conviction(r).isPresent();
    }

    private static Optional<NominalRecord.Conviction> conviction(NominalRecord r) {
        return r.convictions().stream().filter(c -> c.offenceKind() == NominalRecord.OffenceKind.SEXUAL)
                .max(Comparator.comparing(NominalRecord.Conviction::date));
    }

    /**
     * The requirement from the conviction, the initial notification and the latest yearly one: a person's latest
     * notification falls between 14 months and a week ago, so that about one in seven is overdue and others due soon.
     */
    private Void notification(NominalRecord person) {
        NotificationRequirements requirements = context.getBean(NotificationRequirements.class);
        NominalRecord.Conviction c = conviction(person).orElseThrow();
        try {
            requirements.recordRequirement(person.ref(), Disposal.valueOf(c.disposal().name()), c.lengthMonths(),
                    c.date(), null);
        } catch (RuntimeException refused) {
            return null; // a conviction the rules give no period for (the generator is not the law): no requirement
        }
        requirements.recordNotification(person.ref(), NotificationKind.INITIAL, c.date().plusDays(2), null);
        int spread = Math.floorMod(person.ref().hashCode() * 0x9E3779B1, 420) + 7; // refs are sequential: scatter them
        LocalDate latest = today.minusDays(spread);
        if (latest.isAfter(c.date().plusDays(2))) {
            requirements.recordNotification(person.ref(), NotificationKind.PERIODIC, latest, null);
        }
        return null;
    }

    /** An OASys assessment by probation matching the person's level today, due again 26 weeks on (some overdue). */
    private Void oasys(NominalRecord person) {
        String toPublic = rating(person);
        String toChildren = toPublic.equals("MEDIUM") ? "LOW" : "HIGH";
        LocalDate on = assessedOn(person);
        context.getBean(RiskAssessments.class).record(person.ref(), new RiskAssessments.Input(RiskTool.OASYS, on,
                "Demo offender manager", null, Map.of("CHILDREN", toChildren, "PUBLIC", toPublic, "KNOWN_ADULT", "MEDIUM",
                "STAFF", "LOW"), null, on.plusWeeks(26), null));
        return null;
    }

    /** The police's sexual-offender tool, rated by the demo practitioner's force a little before the OASys one. */
    private Void riskMatrix(NominalRecord person) {
        LocalDate on = assessedOn(person).minusMonths(2);
        context.getBean(RiskAssessments.class).record(person.ref(), new RiskAssessments.Input(RiskTool.RISK_MATRIX_2000,
                on, "Demo police offender manager", null, Map.of("SEXUAL", rating(person)), null, on.plusYears(1), null));
        return null;
    }

    /** A home visit for every other person; a partner's concern, shared with conditions, for every fifth. */
    private Void intelligence(NominalRecord person, int n) {
        IntelligenceLog log = context.getBean(IntelligenceLog.class);
        if (n % 2 == 0) {
            log.record(person.ref(), new IntelligenceLog.Draft(assessedOn(person).plusDays(20), IntelligenceKind.HOME_VISIT,
                    "Unannounced home visit: seen at home alone; no concerns about visitors; computer checked.", null, null,
                    SourceEvaluation.RELIABLE, IntelligenceEvaluation.A, HandlingCode.P, null));
        }
        if (n % 5 == 0) {
            log.record(person.ref(), new IntelligenceLog.Draft(today.minusDays(n % 30 + 1), IntelligenceKind.PARTNER_CONCERN,
                    "School reports the person was seen waiting near the gates at home time on two days.", null, null,
                    SourceEvaluation.UNTESTED, IntelligenceEvaluation.C, HandlingCode.C,
                    "Not to be disclosed to the person; share only with MAPPA agencies."));
        }
        return null;
    }

    /**
     * For a person in custody, the expected release (from 1 to 12 months away, so that milestones fall due); for
     * every third person in the community, a licence with a victim's exclusion zone, some ending within the month.
     */
    private Void licenceOrRelease(NominalRecord person, int n) {
        Optional<NominalRecord.CustodySpan> inCustody = person.custody().stream().filter(c -> c.covers(today)).findFirst();
        if (inCustody.isPresent()) {
            context.getBean(CustodyRecords.class).setExpectedRelease(person.ref(), today.plusMonths(n % 12 + 1), null);
        } else if (n % 3 == 0) {
            LocalDate starts = today.minusMonths(n % 20 + 1);
            context.getBean(Licences.class).create(person.ref(), starts, today.plusDays(n % 90 + 3),
                    "Determinate sentence of 4 years", List.of(
                            new ConditionInput("EXCLUSION_ZONE", Map.of("zoneDescription",
                                    "Preston city centre, bounded by the ring road", "zonePolygon", PRESTON), true),
                            new ConditionInput("NO_UNSUPERVISED_CONTACT_CHILDREN", Map.of("age", "16"), false),
                            new ConditionInput("NO_COMPUTER_OR_INTERNET_PHONE", Map.of(), false)));
        }
        return null;
    }

    /**
     * For every tenth person managed at level 1, a referral for level 2 waiting to be screened, so that the
     * co-ordinator's list of referrals has work in it.
     */
    private Void referral(NominalRecord person, int n) {
        int category = person.categories().stream().filter(c -> c.covers(today))
                .mapToInt(NominalRecord.CategorySpan::category).findFirst().orElse(0);
        if (n % 10 != 0 || level(person) != 1 || category == 3 || category == 0) {
            return null;
        }
        NominalRecord.Conviction c = conviction(person).orElseThrow();
        context.getBean(Referrals.class).submit(person.ref(), new Referrals.Input(category, null, null, null, null,
                null, c.offence(), c.lengthMonths() == null ? words(c.disposal()) : c.lengthMonths() + " months' "
                + words(c.disposal()), null, null, null, false, null,
                "Escalating contact with a former partner's children reported by a partner agency; the risk needs "
                        + "multi-agency management", 2));
        return null;
    }

    /**
     * For a person managed at level 2 or 3, the initial MAPP meeting in the coming weeks, chaired by the demo
     * chair, so that the co-ordinator's meetings page has something on it.
     */
    private Void meeting(NominalRecord person, int n) {
        context.getBean(MappMeetings.class).schedule(person.ref(), new MappMeetings.Schedule(MeetingKind.INITIAL,
                today.plusDays(n % 50 + 1), LocalTime.of(10 + n % 6, 0), null, true, chair));
        return null;
    }

    private int level(NominalRecord person) {
        return person.levels().stream().filter(l -> l.covers(today)).mapToInt(NominalRecord.LevelSpan::level)
                .findFirst().orElse(1);
    }

    private static String words(NominalRecord.Disposal d) {
        return d.name().toLowerCase(java.util.Locale.UK).replace('_', ' ');
    }

    private static final String PRESTON = "{\"type\":\"Polygon\",\"coordinates\":[[[-2.72,53.75],[-2.68,53.75],"
            + "[-2.68,53.77],[-2.72,53.77],[-2.72,53.75]]]}";

    /** Higher for a higher level of management today. */
    private String rating(NominalRecord person) {
        int level = person.levels().stream().filter(l -> l.covers(today)).mapToInt(NominalRecord.LevelSpan::level)
                .findFirst().orElse(1);
        return level == 3 ? "VERY_HIGH" : level == 2 ? "HIGH" : "MEDIUM";
    }

    private LocalDate assessedOn(NominalRecord person) {
        return today.minusDays(Math.floorMod(person.ref().hashCode() * 0x85EBCA6B, 240) + 60);
    }

    private static <T> T as(String user, Role role, Supplier<T> work) {
        var signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
