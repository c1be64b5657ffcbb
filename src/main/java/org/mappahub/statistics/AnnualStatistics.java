package org.mappahub.statistics;

import java.time.LocalDate;
import java.util.Map;

/**
 * One area's (or England and Wales's: {@code area = "NATIONAL"}) figures for one reporting year, each named as the key
 * of the JSON contract in {@code shared/spec/statistics.md}. Totals are not stored: the printed report adds them.
 *
 * @param orders      every MCIF/1 order type, zeros included, in the enum's order
 * @param rsosPer100k null when no population figure for mid-year Y is known
 * @param rsosByBcu   every BCU of the area (national: {@code "AREA/BCU"}), 0 where none; {@code UNKNOWN} only when not 0
 */
public record AnnualStatistics(String area, int year, LocalDate periodStart, LocalDate periodEnd, LocalDate snapshotDate,
                               LevelByCategory eligibleOnSnapshot, LevelByCategory levels23YearTotal,
                               long notificationBreaches, long notificationRevoked, Map<String, OrderCounts> orders,
                               RestrictiveOrders restrictiveOrders, long sroBreachBecameNotifiable,
                               ReturnedToCustody returnedToCustody, Long rsosPer100k, Map<String, Long> rsosByBcu,
                               SeriousFurtherOffences seriousFurtherOffences) {

    /** Counts by category for one level. */
    public record ByCategory(long cat1, long cat2, long cat3) {
        public long total() {
            return cat1 + cat2 + cat3;
        }
    }

    /** Counts by level and category; {@code level1} is null where the figure has no level 1 row. */
    public record LevelByCategory(ByCategory level1, ByCategory level2, ByCategory level3) {
    }

    public record OrderCounts(long applied, long interim, long granted, long refused) {
    }

    public record RestrictiveOrders(long shpo, long shpoForeignTravel, long no, long sopo, long fto) {
    }

    public record ReturnedToCustody(LevelByCategory breachOfLicence, LevelByCategory breachOfOrder) {
    }

    public record SeriousFurtherOffences(long chargedLevel2, long chargedLevel3, long convicted, long otherOutcome,
                                         long remainCharged) {
    }
}
