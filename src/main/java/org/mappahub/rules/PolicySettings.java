package org.mappahub.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The MAPPA policy settings: the time limits that are national policy rather than statute, with the
 * defaults of the MAPPA Guidance as the domain brief ({@code domain/MAPPA.md} §4 and §7) gives them.
 * An area's co-ordinator may change them; a changed set must pass {@link #problems()} before use.
 *
 * <p>Every value is a plain whole number in the unit its name states, so a set is stored as ten
 * integers. The record does not refuse invalid values itself, so that a form can hold what was typed
 * and show every problem at once.
 *
 * @param level2ReviewIntervalWeeks       a level 2 case is reviewed at a MAPP meeting at least this often (§4.3)
 * @param level3ReviewIntervalWeeks       a level 3 case is reviewed at least this often (§4.3)
 * @param identifyMonthsBeforeRelease     prisons identify an eligible prisoner this long before release (§4.1)
 * @param levelSetMonthsBeforeRelease     the level is set at least this long before release (§4.1)
 * @param firstMeetingMonthsBeforeRelease the first level 2/3 meeting is held at least this long before release (§4.1)
 * @param referralScreeningWorkingDays    a referral is screened within this many working days of receipt (§4.2, §10)
 * @param minutesDistributionWorkingDays  minutes reach the attendees within this many working days of the meeting (§4.3)
 * @param victimContactDays               the Victim Liaison Officer contacts the victim within this many days of sentence (§7)
 * @param emergencyRecallHours            an emergency recall is actioned within this many hours of the decision (§4.5)
 * @param standardRecallHours             a standard recall is actioned within this many hours of the decision (§4.5)
 */
public record PolicySettings(
        int level2ReviewIntervalWeeks,
        int level3ReviewIntervalWeeks,
        int identifyMonthsBeforeRelease,
        int levelSetMonthsBeforeRelease,
        int firstMeetingMonthsBeforeRelease,
        int referralScreeningWorkingDays,
        int minutesDistributionWorkingDays,
        int victimContactDays,
        int emergencyRecallHours,
        int standardRecallHours) {

    /** The national defaults. */
    public static final PolicySettings DEFAULTS = new PolicySettings(
            16, // MAPPA Guidance, MAPP meetings: level 2 reviewed at least every 16 weeks (MAPPA.md §4.3)
            8,  // MAPPA Guidance, MAPP meetings: level 3 reviewed at least every 8 weeks (MAPPA.md §4.3)
            8,  // MAPPA Guidance, custody: eligible prisoners identified 8 months before release (MAPPA.md §4.1)
            6,  // MAPPA Guidance, custody: level set at least 6 months before release (MAPPA.md §4.1)
            3,  // MAPPA Guidance, custody: first level 2/3 meeting at least 3 months before release (MAPPA.md §4.1)
            10, // MAPPA Guidance, referral: screened within 10 working days (MAPPA.md §4.2, §10)
            10, // MAPPA Guidance, minutes: distributed within 10 working days (MAPPA.md §4.3)
            56, // Victim Contact Scheme: VLO contact within 56 days of sentence (MAPPA.md §7)
            2,  // Recall policy framework: emergency recall actioned within 2 hours (MAPPA.md §4.5)
            24  // Recall policy framework: standard recall actioned within 24 hours (MAPPA.md §4.5)
    );

    /** A problem with one setting: its name (the record component) and a message for the user. */
    public record Problem(String setting, String message) {
    }

    /** The kinds of recall and the setting that limits each. */
    public enum Recall {
        EMERGENCY, STANDARD
    }

    /** The dates by which each pre-release step is due, from an expected release date. */
    public record PreReleaseMilestones(LocalDate identifyBy, LocalDate levelSetBy, LocalDate firstMeetingBy) {
    }

    /** Every problem with this set, in the order of the settings; empty when the set may be used. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        positive(problems, "level2ReviewIntervalWeeks", "The level 2 review interval", level2ReviewIntervalWeeks, "weeks");
        positive(problems, "level3ReviewIntervalWeeks", "The level 3 review interval", level3ReviewIntervalWeeks, "weeks");
        if (level3ReviewIntervalWeeks > 0 && level2ReviewIntervalWeeks > 0 && level3ReviewIntervalWeeks > level2ReviewIntervalWeeks) {
            problems.add(new Problem("level3ReviewIntervalWeeks", "The level 3 review interval (" + level3ReviewIntervalWeeks
                    + " weeks) must not be longer than the level 2 review interval (" + level2ReviewIntervalWeeks + " weeks)"));
        }
        positive(problems, "identifyMonthsBeforeRelease", "Identification before release", identifyMonthsBeforeRelease, "months");
        positive(problems, "levelSetMonthsBeforeRelease", "Setting the level before release", levelSetMonthsBeforeRelease, "months");
        positive(problems, "firstMeetingMonthsBeforeRelease", "The first meeting before release", firstMeetingMonthsBeforeRelease, "months");
        if (identifyMonthsBeforeRelease > 0 && levelSetMonthsBeforeRelease > 0 && levelSetMonthsBeforeRelease >= identifyMonthsBeforeRelease) {
            problems.add(new Problem("levelSetMonthsBeforeRelease", "The level is set after the prisoner is identified, so "
                    + "setting the level before release (" + levelSetMonthsBeforeRelease
                    + " months) must be fewer months than identification before release (" + identifyMonthsBeforeRelease + " months)"));
        }
        if (levelSetMonthsBeforeRelease > 0 && firstMeetingMonthsBeforeRelease > 0 && firstMeetingMonthsBeforeRelease >= levelSetMonthsBeforeRelease) {
            problems.add(new Problem("firstMeetingMonthsBeforeRelease", "The first meeting follows the level decision, so "
                    + "the first meeting before release (" + firstMeetingMonthsBeforeRelease
                    + " months) must be fewer months than setting the level before release (" + levelSetMonthsBeforeRelease + " months)"));
        }
        positive(problems, "referralScreeningWorkingDays", "Referral screening", referralScreeningWorkingDays, "working days");
        positive(problems, "minutesDistributionWorkingDays", "Minutes distribution", minutesDistributionWorkingDays, "working days");
        positive(problems, "victimContactDays", "Victim contact", victimContactDays, "days");
        positive(problems, "emergencyRecallHours", "The emergency recall time", emergencyRecallHours, "hours");
        positive(problems, "standardRecallHours", "The standard recall time", standardRecallHours, "hours");
        if (emergencyRecallHours > 0 && standardRecallHours > 0 && emergencyRecallHours > standardRecallHours) {
            problems.add(new Problem("emergencyRecallHours", "The emergency recall time (" + emergencyRecallHours
                    + " hours) must not be longer than the standard recall time (" + standardRecallHours + " hours)"));
        }
        return List.copyOf(problems);
    }

    /** This set, if it has no problems. */
    public PolicySettings validated() {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream()
                    .map(p -> p.setting() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
        return this;
    }

    private static void positive(List<Problem> problems, String setting, String label, int value, String unit) {
        if (value <= 0) {
            problems.add(new Problem(setting, label + " must be more than 0 " + unit + "; it is " + value));
        }
    }

    // ---- applying the settings ----

    /**
     * The date by which a case's next review must be held: the review interval of its level after the
     * last MAPP meeting. Level 1 cases have no MAPP meetings.
     */
    public LocalDate nextReviewDue(LocalDate lastMeeting, int level) {
        Objects.requireNonNull(lastMeeting, "lastMeeting");
        return switch (level) {
            case 2 -> lastMeeting.plusWeeks(level2ReviewIntervalWeeks);
            case 3 -> lastMeeting.plusWeeks(level3ReviewIntervalWeeks);
            case 1 -> throw new IllegalArgumentException("level 1 cases are managed by one agency without MAPP meetings, so no review is due");
            default -> throw new IllegalArgumentException("there is no MAPPA level " + level + "; levels are 1, 2 and 3");
        };
    }

    /** The pre-release milestones for a prisoner expected to be released on {@code expectedRelease}. */
    public PreReleaseMilestones milestones(LocalDate expectedRelease) {
        Objects.requireNonNull(expectedRelease, "expectedRelease");
        return new PreReleaseMilestones(
                expectedRelease.minusMonths(identifyMonthsBeforeRelease),
                expectedRelease.minusMonths(levelSetMonthsBeforeRelease),
                expectedRelease.minusMonths(firstMeetingMonthsBeforeRelease));
    }

    /** The last day for screening a referral received on {@code received} (working days; the day of receipt not counted). */
    public LocalDate screeningDue(LocalDate received) {
        return WorkingDays.plusWorkingDays(Objects.requireNonNull(received, "received"), referralScreeningWorkingDays);
    }

    /** The last day for distributing the minutes of a meeting held on {@code meeting} (working days; the meeting day not counted). */
    public LocalDate minutesDue(LocalDate meeting) {
        return WorkingDays.plusWorkingDays(Objects.requireNonNull(meeting, "meeting"), minutesDistributionWorkingDays);
    }

    /** The last day for first contact with a victim, counted in calendar days from the day after sentence. */
    public LocalDate victimContactDue(LocalDate sentence) {
        return Objects.requireNonNull(sentence, "sentence").plusDays(victimContactDays);
    }

    /** The instant by which a recall decided at {@code decided} must be actioned. */
    public Instant recallDeadline(Instant decided, Recall recall) {
        Objects.requireNonNull(decided, "decided");
        return decided.plus(Duration.ofHours(switch (Objects.requireNonNull(recall, "recall")) {
            case EMERGENCY -> emergencyRecallHours;
            case STANDARD -> standardRecallHours;
        }));
    }

    // ---- changing one setting ----

    public PolicySettings withLevel2ReviewIntervalWeeks(int value) {
        return new PolicySettings(value, level3ReviewIntervalWeeks, identifyMonthsBeforeRelease, levelSetMonthsBeforeRelease,
                firstMeetingMonthsBeforeRelease, referralScreeningWorkingDays, minutesDistributionWorkingDays, victimContactDays,
                emergencyRecallHours, standardRecallHours);
    }

    public PolicySettings withLevel3ReviewIntervalWeeks(int value) {
        return new PolicySettings(level2ReviewIntervalWeeks, value, identifyMonthsBeforeRelease, levelSetMonthsBeforeRelease,
                firstMeetingMonthsBeforeRelease, referralScreeningWorkingDays, minutesDistributionWorkingDays, victimContactDays,
                emergencyRecallHours, standardRecallHours);
    }

    public PolicySettings withIdentifyMonthsBeforeRelease(int value) {
        return new PolicySettings(level2ReviewIntervalWeeks, level3ReviewIntervalWeeks, value, levelSetMonthsBeforeRelease,
                firstMeetingMonthsBeforeRelease, referralScreeningWorkingDays, minutesDistributionWorkingDays, victimContactDays,
                emergencyRecallHours, standardRecallHours);
    }

    public PolicySettings withLevelSetMonthsBeforeRelease(int value) {
        return new PolicySettings(level2ReviewIntervalWeeks, level3ReviewIntervalWeeks, identifyMonthsBeforeRelease, value,
                firstMeetingMonthsBeforeRelease, referralScreeningWorkingDays, minutesDistributionWorkingDays, victimContactDays,
                emergencyRecallHours, standardRecallHours);
    }

    public PolicySettings withFirstMeetingMonthsBeforeRelease(int value) {
        return new PolicySettings(level2ReviewIntervalWeeks, level3ReviewIntervalWeeks, identifyMonthsBeforeRelease,
                levelSetMonthsBeforeRelease, value, referralScreeningWorkingDays, minutesDistributionWorkingDays, victimContactDays,
                emergencyRecallHours, standardRecallHours);
    }

    public PolicySettings withReferralScreeningWorkingDays(int value) {
        return new PolicySettings(level2ReviewIntervalWeeks, level3ReviewIntervalWeeks, identifyMonthsBeforeRelease,
                levelSetMonthsBeforeRelease, firstMeetingMonthsBeforeRelease, value, minutesDistributionWorkingDays, victimContactDays,
                emergencyRecallHours, standardRecallHours);
    }

    public PolicySettings withMinutesDistributionWorkingDays(int value) {
        return new PolicySettings(level2ReviewIntervalWeeks, level3ReviewIntervalWeeks, identifyMonthsBeforeRelease,
                levelSetMonthsBeforeRelease, firstMeetingMonthsBeforeRelease, referralScreeningWorkingDays, value, victimContactDays,
                emergencyRecallHours, standardRecallHours);
    }

    public PolicySettings withVictimContactDays(int value) {
        return new PolicySettings(level2ReviewIntervalWeeks, level3ReviewIntervalWeeks, identifyMonthsBeforeRelease,
                levelSetMonthsBeforeRelease, firstMeetingMonthsBeforeRelease, referralScreeningWorkingDays,
                minutesDistributionWorkingDays, value, emergencyRecallHours, standardRecallHours);
    }

    public PolicySettings withEmergencyRecallHours(int value) {
        return new PolicySettings(level2ReviewIntervalWeeks, level3ReviewIntervalWeeks, identifyMonthsBeforeRelease,
                levelSetMonthsBeforeRelease, firstMeetingMonthsBeforeRelease, referralScreeningWorkingDays,
                minutesDistributionWorkingDays, victimContactDays, value, standardRecallHours);
    }

    public PolicySettings withStandardRecallHours(int value) {
        return new PolicySettings(level2ReviewIntervalWeeks, level3ReviewIntervalWeeks, identifyMonthsBeforeRelease,
                levelSetMonthsBeforeRelease, firstMeetingMonthsBeforeRelease, referralScreeningWorkingDays,
                minutesDistributionWorkingDays, victimContactDays, emergencyRecallHours, value);
    }
}
