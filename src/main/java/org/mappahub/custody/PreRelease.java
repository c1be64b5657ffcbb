package org.mappahub.custody;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.rules.PolicySettings;
import org.mappahub.rules.PolicySettings.PreReleaseMilestones;

/**
 * The pre-release milestones of a person in custody (domain/MAPPA.md §4.1), counted back from the expected
 * release date by the area's policy ({@link PolicySettings#milestones}), each with whether it is met:
 * <ul>
 *   <li><b>identified</b> is met when a category is recorded for some day on or after the custody span began
 *       (a category span that is open or ends after that day): the person is known to MAPPA in this custody;</li>
 *   <li><b>level set</b> is met when a level was decided in this custody: a level span that begins on or after the
 *       day the custody span began, or whose provenance says it was recorded on or after that day (a level
 *       carried into prison from before is not a level set for release);</li>
 *   <li><b>first meeting</b> cannot be met until MAPP meetings are recorded (issue 5): its date only, except that a
 *       level set at 1 in this custody needs no level 2/3 meeting.</li>
 * </ul>
 * A milestone not met is due until its day, and overdue from the day after.
 */
public final class PreRelease {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private PreRelease() {
    }

    public enum Step {
        IDENTIFY("Identified as MAPPA-eligible"),
        LEVEL_SET("Level set"),
        FIRST_MEETING("First level 2 or 3 meeting");

        private final String words;

        Step(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public enum Status {
        MET("Met"), DUE("Due"), OVERDUE("Overdue"),
        /** Cannot be recorded yet (MAPP meetings come with issue 5): the date only. */
        NOT_RECORDED("Date only: meetings are not recorded yet"),
        /** The level set in this custody is 1: no level 2/3 meeting is held. */
        NOT_NEEDED("Not needed at level 1");

        private final String words;

        Status(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One milestone: the step, the last day for it, and where it stands today. */
    public record Milestone(Step step, LocalDate by, Status status) {
        public boolean overdue(LocalDate today) {
            return status != Status.MET && status != Status.NOT_NEEDED && today.isAfter(by);
        }
    }

    /** The milestones of the custody span {@code custody} for a release expected on {@code expected}. */
    static List<Milestone> milestones(NominalRecord record, CustodySpan custody, LocalDate expected,
                                      PolicySettings policy, LocalDate today) {
        PreReleaseMilestones dates = policy.milestones(expected);
        LocalDate began = custody.from();
        boolean identified = record.categories().stream().anyMatch(c -> c.to() == null || c.to().isAfter(began));
        LevelSpan set = levelSetIn(record, began);
        Status meeting = set != null && set.level() == 1 ? Status.NOT_NEEDED : Status.NOT_RECORDED;
        return List.of(
                new Milestone(Step.IDENTIFY, dates.identifyBy(), identified ? Status.MET : open(dates.identifyBy(), today)),
                new Milestone(Step.LEVEL_SET, dates.levelSetBy(), set != null ? Status.MET : open(dates.levelSetBy(), today)),
                new Milestone(Step.FIRST_MEETING, dates.firstMeetingBy(), meeting));
    }

    /** The latest level decided on or after {@code began} (see the class comment), or null. */
    static LevelSpan levelSetIn(NominalRecord record, LocalDate began) {
        return levelSetIn(record.levels(), began);
    }

    /** The same, from the level spans alone (the work list reads them for many people at once). */
    static LevelSpan levelSetIn(List<LevelSpan> levels, LocalDate began) {
        LevelSpan found = null;
        for (LevelSpan l : levels) {
            boolean recordedSince = l.provenance() != null && l.provenance().recordedAt() != null
                    && !l.provenance().recordedAt().atZone(LONDON).toLocalDate().isBefore(began);
            boolean inForceSince = l.to() == null || l.to().isAfter(began);
            if (inForceSince && (!l.from().isBefore(began) || recordedSince)) {
                found = found == null || l.from().isAfter(found.from()) ? l : found;
            }
        }
        return found;
    }

    private static Status open(LocalDate by, LocalDate today) {
        return today.isAfter(by) ? Status.OVERDUE : Status.DUE;
    }
}
