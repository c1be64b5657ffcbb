package org.mappahub.statistics;

import java.util.LinkedHashMap;
import java.util.Map;

import org.mappahub.rules.ReportingYears;
import org.mappahub.statistics.AnnualStatistics.ByCategory;
import org.mappahub.statistics.AnnualStatistics.LevelByCategory;
import org.mappahub.statistics.AnnualStatistics.OrderCounts;
import org.mappahub.statistics.AnnualStatistics.RestrictiveOrders;
import org.mappahub.statistics.AnnualStatistics.ReturnedToCustody;
import org.mappahub.statistics.AnnualStatistics.SeriousFurtherOffences;

/**
 * Figures built in the tests: every count distinct, so a figure printed in the wrong cell is caught. {@code base}
 * shifts them all, so this year's and last year's differ.
 */
final class Figures {

    private Figures() {
    }

    static AnnualStatistics year(String area, int year, int base, Long rate) {
        Map<String, OrderCounts> orders = new LinkedHashMap<>();
        for (String type : new String[] {"SHPO", "SRO", "NO", "SOPO", "FTO", "RSHO", "RESTRAINING_ORDER",
                "DISQUALIFICATION_ORDER", "DVPO"}) {
            orders.put(type, new OrderCounts(0, 0, 0, 0));
        }
        orders.put("SHPO", new OrderCounts(base + 41, base + 42, base + 43, 1));
        orders.put("NO", new OrderCounts(base + 44, base + 45, base + 46, 0));
        orders.put("SOPO", new OrderCounts(base + 47, base + 48, base + 49, 0));
        orders.put("FTO", new OrderCounts(base + 50, base + 51, base + 52, 0));
        Map<String, Long> bcus = new LinkedHashMap<>();
        bcus.put("Northern", (long) base + 300);
        bcus.put("Southern", (long) base + 200);
        return new AnnualStatistics(area, year, ReportingYears.periodStart(year), ReportingYears.periodEnd(year),
                ReportingYears.periodEnd(year),
                new LevelByCategory(new ByCategory(base + 500, base + 100, 0), new ByCategory(base + 11, base + 12, base + 13),
                        new ByCategory(base + 14, base + 15, base + 16)),
                new LevelByCategory(null, new ByCategory(base + 21, base + 22, base + 23),
                        new ByCategory(base + 24, base + 25, base + 26)),
                base + 31, base + 32, orders,
                new RestrictiveOrders(base + 33, base + 34, base + 46, base + 49, base + 52), base + 35,
                new ReturnedToCustody(
                        new LevelByCategory(null, new ByCategory(base + 61, base + 62, base + 63),
                                new ByCategory(base + 64, base + 65, base + 66)),
                        new LevelByCategory(null, new ByCategory(base + 67, 0, 0), new ByCategory(base + 68, 0, 0))),
                rate, bcus, new SeriousFurtherOffences(base + 71, base + 72, base + 73, base + 74, base + 75));
    }

    /** Year Y with base 10 and year Y−1 with base 0: every count is 10 more than last year's. */
    static AnnualReport report(String area, int year) {
        return new AnnualReport(year(area, year, 10, 95L), year(area, year - 1, 0, 80L));
    }
}
