package org.mappahub.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.AreaSpan;
import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.EventType;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.NominalEvent;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.NominalRecord.Outcome;
import org.mappahub.rules.AnnualReportRules;
import org.mappahub.statistics.AnnualStatistics.ByCategory;
import org.mappahub.statistics.AnnualStatistics.LevelByCategory;

/**
 * One reporting year's figures for one scope (an area, or national), counted one person at a time: every figure of
 * shared/spec/statistics.md is defined once, in the method named after its JSON key. Each person is given once, so a
 * figure that counts persons counts each once — nationally too, whichever areas they were in.
 */
final class YearTally {

    static final String UNKNOWN_BCU = "UNKNOWN";

    private final ReportingYear year;
    private final AreaScope scope;
    private final long[][] eligibleOnSnapshot = new long[4][4];
    private final long[][] levels23YearTotal = new long[4][4];
    private long notificationBreaches;
    private long notificationRevoked;
    private final Map<OrderType, long[]> orders = new EnumMap<>(OrderType.class);
    private long shpo;
    private long shpoForeignTravel;
    private long notificationOrders;
    private long sopo;
    private long fto;
    private long sroBreachBecameNotifiable;
    private final long[][] breachOfLicence = new long[4][4];
    private final long[][] breachOfOrder = new long[4][4];
    private final Map<String, Long> category1ByBcu = new HashMap<>();
    private final Set<String> areasInSnapshot = new HashSet<>();
    private long chargedLevel2;
    private long chargedLevel3;
    private long convicted;
    private long otherOutcome;
    private long remainCharged;

    YearTally(ReportingYear year, AreaScope scope) {
        this.year = year;
        this.scope = scope;
        for (OrderType type : OrderType.values()) {
            orders.put(type, new long[4]);
        }
    }

    AreaScope scope() {
        return scope;
    }

    void count(NominalRecord person) {
        eligibleOnSnapshot(person);
        levels23YearTotal(person);
        notificationBreaches(person);
        notificationRevokedAndSroBreaches(person);
        orders(person);
        returnedToCustody(person);
        seriousFurtherOffences(person);
    }

    /** 1 (and 9, 10): in scope on S, in the community on S, with a level and category on S. */
    void eligibleOnSnapshot(NominalRecord person) {
        LocalDate s = year.snapshotDate();
        String area = AreaScope.areaOn(person, s);
        int level = DayFacts.levelOn(person, s);
        int category = DayFacts.categoryOn(person, s);
        if (!scope.holds(person, s) || !DayFacts.inCommunity(person, s) || level == 0 || category == 0) {
            return;
        }
        eligibleOnSnapshot[level][category]++;
        areasInSnapshot.add(area);
        if (category == 1) {
            category1ByBcu.merge(bcuKey(person, area), 1L, Long::sum);
        }
    }

    /**
     * 10: the BCU on the record now — which is a BCU of the area that owns the record now, so it only names a BCU of
     * the area the person was in on S when that is the same area; otherwise (moved since) the BCU is unknown.
     */
    private String bcuKey(NominalRecord person, String areaOnSnapshot) {
        String bcu = person.bcu() != null && person.area().equals(areaOnSnapshot) ? person.bcu() : UNKNOWN_BCU;
        return scope.national() ? areaOnSnapshot + "/" + bcu : bcu;
    }

    /**
     * 2: the qualifying days are the days of P in scope at level 2 or 3; counted once, at the highest level held on a
     * qualifying day, in the category of the last qualifying day at that level.
     */
    private void levels23YearTotal(NominalRecord person) {
        LocalDate periodEnd = year.periodEnd().plusDays(1);
        int highest = 0;
        LocalDate lastDayAtHighest = null;
        for (LevelSpan level : person.levels()) {
            if (level.level() < 2) {
                continue;
            }
            for (LocalDate[] inScope : daysInScope(person)) {
                LocalDate from = latest(year.periodStart(), latest(level.from(), inScope[0]));
                LocalDate to = earliest(periodEnd, earliest(level.to(), inScope[1]));
                if (!from.isBefore(to)) {
                    continue;
                }
                LocalDate last = to.minusDays(1);
                if (level.level() > highest || level.level() == highest && last.isAfter(lastDayAtHighest)) {
                    highest = level.level();
                    lastDayAtHighest = last;
                }
            }
        }
        if (highest > 0) {
            levels23YearTotal[highest][DayFacts.categoryOn(person, lastDayAtHighest)]++;
        }
    }

    /** The person's days in scope as half-open intervals {from, to}; null ends are unbounded. */
    private List<LocalDate[]> daysInScope(NominalRecord person) {
        List<LocalDate[]> days = new ArrayList<>();
        if (person.areas().isEmpty()) {
            if (scope.national() || person.area().equals(scope.area())) {
                days.add(new LocalDate[] {null, null});
            }
            return days;
        }
        for (AreaSpan span : person.areas()) {
            if (scope.national() || span.area().equals(scope.area())) {
                days.add(new LocalDate[] {span.from(), span.to()});
            }
        }
        return days;
    }

    /** 3: distinct persons with a breach cautioned or convicted, dated in P, in scope on that date. */
    private void notificationBreaches(NominalRecord person) {
        for (NominalEvent event : person.events()) {
            if (event.type() == EventType.NOTIFICATION_BREACH
                    && (event.outcome() == Outcome.CAUTIONED || event.outcome() == Outcome.CONVICTED)
                    && inYearAndScope(person, event.date())) {
                notificationBreaches++;
                return;
            }
        }
    }

    /** 4 and 7: events dated in P, in scope on that date (an SRO breach only when it made them notifiable). */
    private void notificationRevokedAndSroBreaches(NominalRecord person) {
        for (NominalEvent event : person.events()) {
            if (!inYearAndScope(person, event.date())) {
                continue;
            }
            if (event.type() == EventType.NOTIFICATION_REVOKED) {
                notificationRevoked++;
            } else if (event.type() == EventType.SRO_BREACH && Boolean.TRUE.equals(event.becameNotifiable())) {
                sroBreachBecameNotifiable++;
            }
        }
    }

    /** 5 and 6: each lifecycle date of an order counted on its own; full orders granted in P as the report's rows. */
    private void orders(NominalRecord person) {
        for (CivilOrder order : person.orders()) {
            long[] counts = orders.get(order.type());
            LocalDate[] dates = {order.applied(), order.interim(), order.granted(), order.refused()};
            for (int i = 0; i < dates.length; i++) {
                if (inYearAndScope(person, dates[i])) {
                    counts[i]++;
                }
            }
            if (!inYearAndScope(person, order.granted())) {
                continue;
            }
            switch (order.type()) {
                case SHPO -> {
                    if (Boolean.TRUE.equals(order.foreignTravelRestriction())) {
                        shpoForeignTravel++;
                    } else {
                        shpo++;
                    }
                }
                case NO -> notificationOrders++;
                case SOPO -> sopo++;
                case FTO -> fto++;
                default -> { }
            }
        }
    }

    /**
     * 8: each custody span from a day in P, for a recall or a breach of an SHPO or SOPO, of a person who on the day
     * before was in scope, in the community and at level 2 or 3 — at that day's level and category.
     */
    private void returnedToCustody(NominalRecord person) {
        for (CustodySpan span : person.custody()) {
            if (!year.contains(span.from())) {
                continue;
            }
            long[][] block = switch (span.reason()) {
                case RECALL -> breachOfLicence;
                case BREACH_OF_ORDER -> span.order() == OrderType.SHPO || span.order() == OrderType.SOPO
                        ? breachOfOrder : null;
                default -> null;
            };
            LocalDate before = span.from().minusDays(1);
            int level = DayFacts.levelOn(person, before);
            if (block != null && level >= 2 && scope.holds(person, before) && DayFacts.inCommunity(person, before)) {
                block[level][DayFacts.categoryOn(person, before)]++;
            }
        }
    }

    /** 11: charges dated in P, in scope at level 2 or 3 that day; outcomes as at S. */
    private void seriousFurtherOffences(NominalRecord person) {
        for (NominalEvent event : person.events()) {
            if (event.type() != EventType.SFO_CHARGE || !inYearAndScope(person, event.date())) {
                continue;
            }
            int level = DayFacts.levelOn(person, event.date());
            if (level < 2) {
                continue;
            }
            if (level == 2) {
                chargedLevel2++;
            } else {
                chargedLevel3++;
            }
            boolean outcomeBySnapshot = event.outcomeDate() != null && !event.outcomeDate().isAfter(year.snapshotDate());
            if (outcomeBySnapshot && event.outcome() == Outcome.CONVICTED) {
                convicted++;
            } else if (outcomeBySnapshot && event.outcome() == Outcome.OTHER) {
                otherOutcome++;
            } else {
                remainCharged++;
            }
        }
    }

    private boolean inYearAndScope(NominalRecord person, LocalDate day) {
        return year.contains(day) && scope.holds(person, day);
    }

    /**
     * The figures, given the areas of the scope (one area, or every area in code order) for the BCU list and the
     * population.
     */
    AnnualStatistics statistics(List<Area> areas) {
        Map<String, AnnualStatistics.OrderCounts> orderCounts = new LinkedHashMap<>();
        orders.forEach((type, c) -> orderCounts.put(type.name(), new AnnualStatistics.OrderCounts(c[0], c[1], c[2], c[3])));
        long category1 = eligibleOnSnapshot[1][1] + eligibleOnSnapshot[2][1] + eligibleOnSnapshot[3][1];
        return new AnnualStatistics(scope.area(), year.year(), year.periodStart(), year.periodEnd(), year.snapshotDate(),
                levels(eligibleOnSnapshot, true), levels(levels23YearTotal, false), notificationBreaches,
                notificationRevoked, orderCounts,
                new AnnualStatistics.RestrictiveOrders(shpo, shpoForeignTravel, notificationOrders, sopo, fto),
                sroBreachBecameNotifiable,
                new AnnualStatistics.ReturnedToCustody(levels(breachOfLicence, false), levels(breachOfOrder, false)),
                per100k(category1, population(areas)), byBcu(areas),
                new AnnualStatistics.SeriousFurtherOffences(chargedLevel2, chargedLevel3, convicted, otherOutcome,
                        remainCharged));
    }

    /**
     * 9: the area's population aged 10 and over for mid-year Y; nationally the sum of every area's figure, known only
     * when every area with a person in the snapshot has one. Null when unknown.
     */
    private Long population(List<Area> areas) {
        long sum = 0;
        boolean known = false;
        Set<String> missing = new HashSet<>(scope.national() ? areasInSnapshot : Set.of(scope.area()));
        for (Area area : areas) {
            for (Area.PopulationEstimate estimate : area.population()) {
                if (estimate.midYear() == year.year()) {
                    sum += estimate.aged10AndOver();
                    known = true;
                    missing.remove(area.code());
                }
            }
        }
        return known && missing.isEmpty() ? sum : null;
    }

    /** 9: rounded half up to a whole number; null without a (non-zero) population. */
    static Long per100k(long count, Long population) {
        if (population == null || population == 0) {
            return null;
        }
        return BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(AnnualReportRules.RATE_PER))
                .divide(BigDecimal.valueOf(population), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** 10: every BCU of the area (nationally AREA/BCU) with 0 where none; UNKNOWN only when not 0. */
    private Map<String, Long> byBcu(List<Area> areas) {
        Map<String, Long> left = new HashMap<>(category1ByBcu);
        Map<String, Long> listed = new LinkedHashMap<>();
        for (Area area : areas) {
            String prefix = scope.national() ? area.code() + "/" : "";
            for (String bcu : area.bcus()) {
                Long n = left.remove(prefix + bcu);
                listed.put(prefix + bcu, n == null ? 0L : n);
            }
            Long unknown = left.remove(prefix + UNKNOWN_BCU);
            if (unknown != null) {
                listed.put(prefix + UNKNOWN_BCU, unknown);
            }
        }
        left.keySet().stream().sorted().forEach(key -> listed.put(key, left.get(key)));
        return listed;
    }

    /** Figure 1 alone (for the benchmark that compares it with a hand-written query). */
    LevelByCategory eligibleOnSnapshot() {
        return levels(eligibleOnSnapshot, true);
    }

    private static LevelByCategory levels(long[][] counts, boolean withLevel1) {
        return new LevelByCategory(withLevel1 ? row(counts[1]) : null, row(counts[2]), row(counts[3]));
    }

    private static ByCategory row(long[] byCategory) {
        return new ByCategory(byCategory[1], byCategory[2], byCategory[3]);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
