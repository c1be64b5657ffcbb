package org.mappahub.statistics;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.mappahub.rules.ReportingYears;
import org.mappahub.statistics.AnnualStatistics.ByCategory;
import org.mappahub.statistics.AnnualStatistics.LevelByCategory;
import org.mappahub.statistics.AnnualStatistics.OrderCounts;
import org.mappahub.statistics.ReportTable.Block;
import org.mappahub.statistics.ReportTable.Row;

/**
 * The published layout of a year's report ({@code shared/spec/statistics.md}, "How the report prints them"): tables 1
 * to 10 in order, in the layout of the report's era (SOPO, NO and FTO rows before 2015; SHPO rows and the SRO figure
 * from 2015), with the totals the page adds. Layout only: every figure comes from the report as given.
 */
public final class ReportTables {

    public static final List<String> CATEGORY_COLUMNS = List.of("Category 1: Registered sexual offenders",
            "Category 2: Violent offenders", "Category 3: Other dangerous offenders", "Total");
    static final List<String> NUMBER = List.of("Number");

    private final AnnualStatistics now;
    private final AnnualStatistics before;

    private ReportTables(AnnualReport report) {
        this.now = report.thisYear();
        this.before = report.previousYear();
    }

    /** The report's tables in print order. */
    public static List<ReportTable> of(AnnualReport report) {
        return new ReportTables(report).tables();
    }

    private List<ReportTable> tables() {
        int year = now.year();
        boolean shpo = ReportingYears.shpoLayout(year);
        List<ReportTable> tables = new ArrayList<>();
        tables.add(new ReportTable(1, "MAPPA-eligible offenders on 31 March " + (year + 1), null,
                List.of(levelsByCategory(null, s -> s.eligibleOnSnapshot(), true)), true));
        tables.add(new ReportTable(2, "MAPPA-eligible offenders in Levels 2 and 3 by category (yearly total)", null,
                List.of(levelsByCategory(null, s -> s.levels23YearTotal(), false)), true));
        tables.add(single(3, "RSOs cautioned or convicted for breach of notification requirements",
                AnnualStatistics::notificationBreaches));
        tables.add(single(4, "RSOs who have had their lifetime notification revoked on application",
                AnnualStatistics::notificationRevoked));
        tables.add(new ReportTable(5, "Restrictive orders for Category 1 offenders imposed by the courts",
                shpo ? null : "Sexual Offences Prevention Orders (SOPOs), Notification Orders (NOs) and Foreign Travel Orders (FTOs).",
                List.of(orders(shpo)), false));
        if (shpo) {
            tables.add(single(6, "Number of people who became subject to notification requirements following a breach "
                    + "of a Sexual Risk Order", AnnualStatistics::sroBreachBecameNotifiable));
        }
        tables.add(new ReportTable(7, "Level 2 and 3 offenders returned to custody", null,
                List.of(levelsByCategory("Breach of licence", s -> s.returnedToCustody().breachOfLicence(), false),
                        breachOfOrder(shpo ? "Breach of SHPO" : "Breach of SOPO")), true));
        tables.add(new ReportTable(8, "Serious further offences", null, seriousFurtherOffences(), false));
        tables.add(new ReportTable(9, "Total number of registered sexual offenders per 100,000 population",
                "This figure uses the mid-" + year + " population estimate for the area, excluding those aged under ten.",
                List.of(new Block(null, List.of("Rate"), List.of(new Row("RSOs per 100,000 population",
                        List.of(new ReportCell(true, now.rsosPer100k(), before == null ? null : before.rsosPer100k())),
                        false)))), false));
        tables.add(new ReportTable(10, "Registered sexual offenders by BCU", null, List.of(bcus()), false));
        return tables;
    }

    /** Levels (1 when the figure has it) × categories, with the Total column and row; Level 1 × Category 3 is "–". */
    private Block levelsByCategory(String heading, Function<AnnualStatistics, LevelByCategory> figure, boolean withLevel1) {
        LevelByCategory n = figure.apply(now);
        LevelByCategory b = before == null ? null : figure.apply(before);
        List<Row> rows = new ArrayList<>();
        if (withLevel1) {
            rows.add(new Row("Level 1", level(n.level1(), b == null ? null : b.level1(), true), false));
        }
        rows.add(new Row("Level 2", level(n.level2(), b == null ? null : b.level2(), false), false));
        rows.add(new Row("Level 3", level(n.level3(), b == null ? null : b.level3(), false), false));
        List<ReportCell> total = new ArrayList<>();
        for (int column = 0; column < 4; column++) {
            long thisYear = 0;
            Long lastYear = b == null ? null : 0L;
            for (Row row : rows) {
                ReportCell cell = row.cells().get(column);
                if (cell.applicable()) {
                    thisYear += cell.thisYear();
                    lastYear = lastYear == null || cell.lastYear() == null ? null : lastYear + cell.lastYear();
                }
            }
            total.add(ReportCell.of(thisYear, lastYear));
        }
        rows.add(new Row("Total", total, true));
        return new Block(heading, CATEGORY_COLUMNS, rows);
    }

    /** One level's row; at level 1 Category 3 is not a figure of the layout (category 3 is managed at 2 or 3). */
    private static List<ReportCell> level(ByCategory n, ByCategory b, boolean level1) {
        ByCategory thisYear = n == null ? new ByCategory(0, 0, 0) : n;
        List<ReportCell> cells = new ArrayList<>();
        cells.add(ReportCell.of(thisYear.cat1(), b == null ? null : b.cat1()));
        cells.add(ReportCell.of(thisYear.cat2(), b == null ? null : b.cat2()));
        cells.add(level1 ? ReportCell.dash() : ReportCell.of(thisYear.cat3(), b == null ? null : b.cat3()));
        long total = thisYear.cat1() + thisYear.cat2() + (level1 ? 0 : thisYear.cat3());
        Long lastTotal = b == null ? null : b.cat1() + b.cat2() + (level1 ? 0 : b.cat3());
        cells.add(ReportCell.of(total, lastTotal));
        return cells;
    }

    private ReportTable single(int number, String title, ToLongFunction<AnnualStatistics> figure) {
        return new ReportTable(number, title, null, List.of(new Block(null, NUMBER, List.of(new Row("Total",
                List.of(ReportCell.of(figure.applyAsLong(now), before == null ? null : figure.applyAsLong(before))),
                false)))), false);
    }

    /**
     * Applied for, interim and full orders. The full orders are the report's restrictive orders (SHPOs split by the
     * foreign travel restriction); applications and interim orders are counted per order type only, so the row of
     * SHPOs with a foreign travel restriction prints "–" for them and the SHPO row gives all SHPOs'.
     */
    private Block orders(boolean shpo) {
        List<Row> rows = new ArrayList<>();
        if (shpo) {
            rows.add(orderRow("SHPO", "SHPO", s -> s.restrictiveOrders().shpo()));
            rows.add(new Row("SHPO with foreign travel restriction", List.of(ReportCell.dash(), ReportCell.dash(),
                    cell(s -> s.restrictiveOrders().shpoForeignTravel())), false));
            rows.add(orderRow("NOs", "NO", s -> s.restrictiveOrders().no()));
        } else {
            rows.add(orderRow("SOPOs", "SOPO", s -> s.restrictiveOrders().sopo()));
            rows.add(orderRow("NOs", "NO", s -> s.restrictiveOrders().no()));
            rows.add(orderRow("FTOs", "FTO", s -> s.restrictiveOrders().fto()));
        }
        return new Block(null, List.of("Applied for", "Interim orders", "Full orders"), rows);
    }

    private Row orderRow(String label, String type, ToLongFunction<AnnualStatistics> full) {
        return new Row(label, List.of(cell(s -> order(s, type).applied()), cell(s -> order(s, type).interim()), cell(full)),
                false);
    }

    private static OrderCounts order(AnnualStatistics s, String type) {
        Map<String, OrderCounts> orders = s.orders();
        OrderCounts counts = orders == null ? null : orders.get(type);
        return counts == null ? new OrderCounts(0, 0, 0, 0) : counts;
    }

    private ReportCell cell(ToLongFunction<AnnualStatistics> figure) {
        return ReportCell.of(figure.applyAsLong(now), before == null ? null : figure.applyAsLong(before));
    }

    /** Returns to custody for breach of an order: Category 1 only, "–" in the others. */
    private Block breachOfOrder(String heading) {
        Row level2 = categoryOneOnly("Level 2", s -> s.returnedToCustody().breachOfOrder().level2().cat1());
        Row level3 = categoryOneOnly("Level 3", s -> s.returnedToCustody().breachOfOrder().level3().cat1());
        Row total = categoryOneOnly("Total", s -> s.returnedToCustody().breachOfOrder().level2().cat1()
                + s.returnedToCustody().breachOfOrder().level3().cat1());
        return new Block(heading, CATEGORY_COLUMNS, List.of(level2, level3, new Row("Total", total.cells(), true)));
    }

    private Row categoryOneOnly(String label, ToLongFunction<AnnualStatistics> figure) {
        ReportCell cat1 = cell(figure);
        return new Row(label, List.of(cat1, ReportCell.dash(), ReportCell.dash(), cat1), false);
    }

    /** Charged by level with the total; then, of those, the outcomes as at the snapshot date. */
    private List<Block> seriousFurtherOffences() {
        Block charged = new Block("Charged", List.of("Level 2", "Level 3", "Total"), List.of(new Row("Charged", List.of(
                cell(s -> s.seriousFurtherOffences().chargedLevel2()), cell(s -> s.seriousFurtherOffences().chargedLevel3()),
                cell(s -> s.seriousFurtherOffences().chargedLevel2() + s.seriousFurtherOffences().chargedLevel3())), false)));
        Block outcomes = new Block("Of those charged", NUMBER, List.of(
                new Row("Convicted", List.of(cell(s -> s.seriousFurtherOffences().convicted())), false),
                new Row("Other outcome", List.of(cell(s -> s.seriousFurtherOffences().otherOutcome())), false),
                new Row("Remain charged", List.of(cell(s -> s.seriousFurtherOffences().remainCharged())), false)));
        return List.of(charged, outcomes);
    }

    /**
     * Every BCU this year lists (in its order), then any only last year's list had; a BCU missing from one year's
     * list is "not known" there, so its change is not given. The total is the page's.
     */
    private Block bcus() {
        Map<String, Long> n = now.rsosByBcu() == null ? Map.of() : now.rsosByBcu();
        Map<String, Long> b = before == null || before.rsosByBcu() == null ? Map.of() : before.rsosByBcu();
        Set<String> names = new LinkedHashSet<>(n.keySet());
        names.addAll(b.keySet());
        List<Row> rows = new ArrayList<>();
        long total = 0;
        long lastTotal = 0;
        for (String name : names) {
            rows.add(new Row(name.equals("UNKNOWN") ? "BCU not recorded" : name,
                    List.of(new ReportCell(true, n.get(name), before == null ? null : b.get(name))), false));
            total += n.getOrDefault(name, 0L);
            lastTotal += b.getOrDefault(name, 0L);
        }
        rows.add(new Row("Total", List.of(ReportCell.of(total, before == null ? null : lastTotal)), true));
        return new Block(null, NUMBER, rows);
    }
}
