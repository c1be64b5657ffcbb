package org.mappahub.performance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import org.mappahub.rules.BoardPeriods;
import org.mappahub.rules.BoardPeriods.Span;

/**
 * The dashboard's figures for an area (and a BCU) in a quarter and the year to date: the counts only. The caller runs
 * it inside {@code RowScope.forAggregateFigures()} so every record of the area is counted whoever asks.
 */
@Service
public class BoardDashboard {

    private final BoardMeasures measures;

    BoardDashboard(BoardMeasures measures) {
        this.measures = measures;
    }

    /** One measure's figure in the quarter and the year to date; for attendance, also one row per agency. */
    public record Row(Measure measure, Figure quarter, Figure yearToDate, List<Breakdown> breakdown) {
    }

    /** A part of a figure (an agency, a milestone), with the attendance outcomes counted where they apply. */
    public record Breakdown(String group, Figure quarter, Figure yearToDate, Map<String, Long> quarterOutcomes) {
    }

    /** The population on the period's last day, counted by each characteristic, community and custody apart. */
    public record Population(LocalDate on, long community, long custody, Map<String, Map<String, long[]>> by) {
    }

    public record Dashboard(String area, String bcu, int year, int quarter, Span quarterSpan, Span yearToDate,
                            LocalDate today, List<Row> rows, Population population) {
    }

    public Dashboard dashboard(String area, String bcu, int year, int quarter, LocalDate today) {
        Span q = BoardPeriods.quarter(year, quarter);
        Span ytd = BoardPeriods.yearToDate(year, quarter);
        List<Row> rows = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            if (!measure.recorded() || measure == Measure.POPULATION) {
                rows.add(new Row(measure, null, null, List.of()));
                continue;
            }
            List<MeasuredCase> inQuarter = inBcu(measures.cases(measure, area, q, today), bcu);
            List<MeasuredCase> inYear = inBcu(measures.cases(measure, area, ytd, today), bcu);
            rows.add(new Row(measure, Figure.of(inQuarter), Figure.of(inYear), breakdown(measure, inQuarter, inYear)));
        }
        LocalDate on = q.to().isAfter(today) ? today : q.to();
        return new Dashboard(area, bcu, year, quarter, q, ytd, today, rows, population(area, bcu, on));
    }

    private static List<Breakdown> breakdown(Measure measure, List<MeasuredCase> quarter, List<MeasuredCase> year) {
        if (measure != Measure.ATTENDANCE && measure != Measure.MILESTONES_MET) {
            return List.of();
        }
        Map<String, List<MeasuredCase>> q = byGroup(quarter);
        Map<String, List<MeasuredCase>> y = byGroup(year);
        List<Breakdown> rows = new ArrayList<>();
        for (String group : y.keySet()) {
            List<MeasuredCase> inQuarter = q.getOrDefault(group, List.of());
            Map<String, Long> outcomes = new LinkedHashMap<>();
            for (BoardMeasures.Attendance a : BoardMeasures.Attendance.values()) {
                outcomes.put(a.words(), inQuarter.stream().filter(c -> c.detail().equals(a.words())).count());
            }
            rows.add(new Breakdown(group, Figure.of(inQuarter), Figure.of(y.get(group)),
                    measure == Measure.ATTENDANCE ? outcomes : Map.of()));
        }
        return rows;
    }

    private static Map<String, List<MeasuredCase>> byGroup(List<MeasuredCase> cases) {
        return cases.stream().collect(Collectors.groupingBy(MeasuredCase::group, TreeMap::new, Collectors.toList()));
    }

    /** The managed population on {@code on}: for each characteristic, each value's [community, custody] counts. */
    public Population population(String area, String bcu, LocalDate on) {
        List<ManagedPerson> people = measures.population(area, on).stream()
                .filter(p -> bcu == null || bcu.equals(p.bcu())).toList();
        Map<String, Map<String, long[]>> by = new LinkedHashMap<>();
        count(by, "Category", people, p -> "Category " + p.category(), List.of());
        count(by, "Level", people, p -> p.level() == 0 ? "No level recorded" : "Level " + p.level(), List.of());
        count(by, "Gender", people, ManagedPerson::gender, List.of());
        count(by, "Ethnicity", people, ManagedPerson::ethnicity, List.of());
        count(by, "Age band", people, ManagedPerson::ageBand, BoardPeriods.ageBands());
        long custody = people.stream().filter(ManagedPerson::inCustody).count();
        return new Population(on, people.size() - custody, custody, by);
    }

    private static void count(Map<String, Map<String, long[]>> by, String characteristic, List<ManagedPerson> people,
                              Function<ManagedPerson, String> value, List<String> everyValue) {
        Map<String, long[]> counts = everyValue.isEmpty() ? new TreeMap<>() : new LinkedHashMap<>();
        everyValue.forEach(v -> counts.put(v, new long[2]));
        for (ManagedPerson p : people) {
            counts.computeIfAbsent(value.apply(p), v -> new long[2])[p.inCustody() ? 1 : 0]++;
        }
        by.put(characteristic, counts);
    }

    /** The cases behind a figure (run as the signed-in user for the drill-down list). */
    public List<MeasuredCase> cases(Measure measure, String area, String bcu, Span period, LocalDate today) {
        return inBcu(measures.cases(measure, area, period, today), bcu);
    }

    public List<ManagedPerson> people(String area, String bcu, LocalDate on) {
        return measures.population(area, on).stream().filter(p -> bcu == null || bcu.equals(p.bcu())).toList();
    }

    public List<String> bcus(String area) {
        return measures.bcus(area);
    }

    private static List<MeasuredCase> inBcu(List<MeasuredCase> cases, String bcu) {
        return bcu == null ? cases : cases.stream().filter(c -> bcu.equals(c.bcu())).toList();
    }
}
