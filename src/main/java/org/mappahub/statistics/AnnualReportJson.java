package org.mappahub.statistics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.mappahub.statistics.AnnualStatistics.ByCategory;
import org.mappahub.statistics.AnnualStatistics.LevelByCategory;
import org.mappahub.statistics.AnnualStatistics.OrderCounts;

/**
 * The machine-readable contract of shared/spec/statistics.md ("JSON output"): the keys in the spec's order, then
 * {@code previousYear} (the same keys for Y−1) and {@code change} (every count's {@link PercentageChange}; a BCU in
 * only one of the two years gets null).
 */
public final class AnnualReportJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> NOT_COUNTS = Set.of("area", "year", "periodStart", "periodEnd", "snapshotDate");

    private AnnualReportJson() {
    }

    /** The whole report as the JSON tree the command prints. */
    public static ObjectNode tree(AnnualReport report) {
        ObjectNode thisYear = year(report.thisYear());
        ObjectNode previousYear = year(report.previousYear());
        ObjectNode tree = thisYear.deepCopy();
        tree.set("previousYear", previousYear);
        tree.set("change", change(thisYear, previousYear));
        return tree;
    }

    /** Pretty-printed, with a final newline. */
    public static String write(AnnualReport report) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report)) + "\n";
    }

    static ObjectNode year(AnnualStatistics s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("area", s.area());
        n.put("year", s.year());
        n.put("periodStart", s.periodStart().toString());
        n.put("periodEnd", s.periodEnd().toString());
        n.put("snapshotDate", s.snapshotDate().toString());
        levels(n.putObject("eligibleOnSnapshot"), s.eligibleOnSnapshot());
        levels(n.putObject("levels23YearTotal"), s.levels23YearTotal());
        n.put("notificationBreaches", s.notificationBreaches());
        n.put("notificationRevoked", s.notificationRevoked());
        ObjectNode orders = n.putObject("orders");
        for (Map.Entry<String, OrderCounts> e : s.orders().entrySet()) {
            ObjectNode o = orders.putObject(e.getKey());
            o.put("applied", e.getValue().applied());
            o.put("interim", e.getValue().interim());
            o.put("granted", e.getValue().granted());
            o.put("refused", e.getValue().refused());
        }
        ObjectNode restrictive = n.putObject("restrictiveOrders");
        restrictive.put("SHPO", s.restrictiveOrders().shpo());
        restrictive.put("SHPO_FOREIGN_TRAVEL", s.restrictiveOrders().shpoForeignTravel());
        restrictive.put("NO", s.restrictiveOrders().no());
        restrictive.put("SOPO", s.restrictiveOrders().sopo());
        restrictive.put("FTO", s.restrictiveOrders().fto());
        n.put("sroBreachBecameNotifiable", s.sroBreachBecameNotifiable());
        ObjectNode returned = n.putObject("returnedToCustody");
        levels(returned.putObject("breachOfLicence"), s.returnedToCustody().breachOfLicence());
        levels(returned.putObject("breachOfOrder"), s.returnedToCustody().breachOfOrder());
        n.put("rsosPer100k", s.rsosPer100k());
        ObjectNode byBcu = n.putObject("rsosByBcu");
        s.rsosByBcu().forEach(byBcu::put);
        ObjectNode sfo = n.putObject("seriousFurtherOffences");
        ObjectNode charged = sfo.putObject("charged");
        charged.put("level2", s.seriousFurtherOffences().chargedLevel2());
        charged.put("level3", s.seriousFurtherOffences().chargedLevel3());
        sfo.put("convicted", s.seriousFurtherOffences().convicted());
        sfo.put("otherOutcome", s.seriousFurtherOffences().otherOutcome());
        sfo.put("remainCharged", s.seriousFurtherOffences().remainCharged());
        return n;
    }

    private static void levels(ObjectNode n, LevelByCategory levels) {
        if (levels.level1() != null) {
            categories(n.putObject("level1"), levels.level1());
        }
        categories(n.putObject("level2"), levels.level2());
        categories(n.putObject("level3"), levels.level3());
    }

    private static void categories(ObjectNode n, ByCategory c) {
        n.put("cat1", c.cat1());
        n.put("cat2", c.cat2());
        n.put("cat3", c.cat3());
    }

    /** The same shape as the counts: this year's keys in order, then keys only last year had. */
    private static ObjectNode change(JsonNode thisYear, JsonNode lastYear) {
        ObjectNode change = JSON.createObjectNode();
        List<String> keys = new ArrayList<>(thisYear.propertyNames());
        lastYear.propertyNames().stream().filter(k -> !thisYear.has(k)).forEach(keys::add);
        for (String key : keys) {
            if (NOT_COUNTS.contains(key)) {
                continue;
            }
            JsonNode a = thisYear.get(key);
            JsonNode b = lastYear.get(key);
            if (a != null && a.isObject() || b != null && b.isObject()) {
                change.set(key, change(a == null ? JSON.createObjectNode() : a, b == null ? JSON.createObjectNode() : b));
            } else {
                number(change, key, PercentageChange.of(count(a), count(b)));
            }
        }
        return change;
    }

    private static Long count(JsonNode n) {
        return n == null || n.isNull() ? null : n.longValue();
    }

    /** A whole percentage is written as an integer (100, not 100.00), others with their decimals (12.5, -3.33). */
    static void number(ObjectNode n, String key, BigDecimal value) {
        if (value == null) {
            n.putNull(key);
            return;
        }
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() <= 0) {
            n.put(key, v.longValueExact());
        } else {
            n.put(key, v);
        }
    }
}
