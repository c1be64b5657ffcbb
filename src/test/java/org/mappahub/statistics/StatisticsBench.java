package org.mappahub.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import org.mappahub.MappaHubApplication;
import org.mappahub.statistics.AnnualStatistics.ByCategory;
import org.mappahub.statistics.AnnualStatistics.LevelByCategory;

/**
 * Times the annual statistics on whatever is stored in the database of MAPPA_DATA_DIR (run through bench/stats.sh):
 * the report (both years) of one area and of NATIONAL; then the national {@code eligibleOnSnapshot} table by one
 * hand-written SQL query against the system producing that same table (the same loader and the same definition as
 * the report, counting only that figure) — medians over {@code --runs} (default 5) after one warm-up, and the ratio.
 * It also checks that the query and the system agree cell for cell. A program that prints figures, not a test.
 */
public final class StatisticsBench {

    static final String ELIGIBLE_ON_SNAPSHOT_SQL = """
            select l.level, c.category, count(*)
            from nominal n
            join level_span l on l.nominal_id = n.id and l.from_date <= :s and (l.to_date is null or :s < l.to_date)
            join category_span c on c.nominal_id = n.id and c.from_date <= :s and (c.to_date is null or :s < c.to_date)
            where not exists (select 1 from custody_span k
                              where k.nominal_id = n.id and k.from_date <= :s and (k.to_date is null or :s < k.to_date))
              and (not exists (select 1 from nominal_area_span a where a.nominal_id = n.id)
                   or exists (select 1 from nominal_area_span a
                              where a.nominal_id = n.id and a.from_date <= :s and (a.to_date is null or :s < a.to_date)))
            group by 1, 2""";

    public static void main(String[] args) {
        int year = 2025;
        int runs = 5;
        String area = "LANCASHIRE";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--year" -> year = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--area" -> area = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.setProperty("mappa.db.ephemeral", System.getProperty("mappa.db.ephemeral", "false"));
        System.setProperty("mappa.demo.enabled", System.getProperty("mappa.demo.enabled", "false"));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(MappaHubApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false).run();
             var operator = org.mappahub.database.RowScope.asOperator("operator:bench")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            AnnualFigures figures = context.getBean(AnnualFigures.class);
            StatisticsRecords records = context.getBean(StatisticsRecords.class);
            TransactionTemplate snapshot = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            snapshot.setReadOnly(true);
            snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
            long people = jdbc.sql("select count(*) from nominal").query(Long.class).single();
            long inArea = records.count(new AreaScope(area));
            System.out.printf(Locale.ROOT, "database: %,d people; %s: %,d records that can count; year %d; %d runs + 1 warm-up%n",
                    people, area, inArea, year, runs);
            final int y = year;
            final String a = area;
            double areaMs = median(runs, () -> figures.report(a, y));
            double nationalMs = median(runs, () -> figures.report(AreaScope.NATIONAL, y));
            System.out.printf(Locale.ROOT, "report of %s for %d (both years): median %.0f ms%n", area, year, areaMs);
            System.out.printf(Locale.ROOT, "report of NATIONAL for %d (both years): median %.0f ms%n", year, nationalMs);

            LocalDate s = new ReportingYear(year).snapshotDate();
            Supplier<LevelByCategory> bySql = () -> snapshot.execute(tx -> {
                long[][] cells = new long[4][4];
                jdbc.sql(ELIGIBLE_ON_SNAPSHOT_SQL).param("s", s).query(rs -> {
                    cells[rs.getInt(1)][rs.getInt(2)] = rs.getLong(3);
                });
                return new LevelByCategory(row(cells[1]), row(cells[2]), row(cells[3]));
            });
            Supplier<LevelByCategory> bySystem = () -> snapshot.execute(tx -> {
                YearTally tally = new YearTally(new ReportingYear(y), new AreaScope(AreaScope.NATIONAL));
                records.forEach(tally.scope(), batch -> batch.forEach(tally::eligibleOnSnapshot));
                return tally.eligibleOnSnapshot();
            });
            double sqlMs = median(runs, bySql);
            double systemMs = median(runs, bySystem);
            LevelByCategory fromSql = bySql.get();
            LevelByCategory fromSystem = bySystem.get();
            System.out.printf(Locale.ROOT, "national eligibleOnSnapshot on %s: hand-written SQL median %.0f ms, system median %.0f ms, ratio system/SQL %.1f%n",
                    s, sqlMs, systemMs, systemMs / sqlMs);
            System.out.printf(Locale.ROOT, "  and the full national report / SQL: %.1f%n", nationalMs / sqlMs);
            System.out.println("  SQL:    " + fromSql);
            System.out.println("  system: " + fromSystem);
            System.out.println(fromSql.equals(fromSystem) ? "  they agree cell for cell" : "  THEY DISAGREE");
        }
    }

    private static ByCategory row(long[] c) {
        return new ByCategory(c[1], c[2], c[3]);
    }

    private static double median(int runs, Supplier<?> work) {
        work.get();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t0) / 1e6);
        }
        ms.sort(null);
        return ms.get(ms.size() / 2);
    }
}
