package org.mappahub.meeting;

import java.time.LocalDate;
import java.util.List;

import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.rules.PolicySettings;

/**
 * When a case's next MAPP meeting is due (MAPPA.md §4.3): a level 2 or 3 case is reviewed at least every
 * {@link PolicySettings#level2ReviewIntervalWeeks()} / {@link PolicySettings#level3ReviewIntervalWeeks()} weeks
 * (the area's policy) from the last meeting held; a case at level 2 or 3 with no meeting held yet needs its initial
 * meeting arranged. Pure: the caller passes the area's settings and today.
 *
 * @param level      the level today (2 or 3)
 * @param lastHeld   the day of the last meeting held; null when none has been
 * @param dueBy      the last day the next review is in time; null when the initial meeting is still to be held
 * @param levelSince the day the current level 2/3 span began
 */
public record ReviewCycle(int level, LocalDate lastHeld, LocalDate dueBy, LocalDate levelSince, boolean overdue) {

    /** The cycle today; null when the person is not managed at level 2 or 3 today. */
    public static ReviewCycle of(List<LevelSpan> levels, LocalDate lastHeld, PolicySettings settings, LocalDate today) {
        LevelSpan current = levels.stream().filter(s -> s.covers(today)).findFirst().orElse(null);
        if (current == null || current.level() < 2) {
            return null;
        }
        if (lastHeld == null) {
            return new ReviewCycle(current.level(), null, null, current.from(), false);
        }
        LocalDate due = lastHeld.plusWeeks(intervalWeeks(current.level(), settings));
        return new ReviewCycle(current.level(), lastHeld, due, current.from(), due.isBefore(today));
    }

    /** The policy's review interval for a level (2 or 3). */
    public static int intervalWeeks(int level, PolicySettings settings) {
        return level == 3 ? settings.level3ReviewIntervalWeeks() : settings.level2ReviewIntervalWeeks();
    }

    /** Whether the initial meeting is still to be held. */
    public boolean initialToArrange() {
        return lastHeld == null;
    }
}
