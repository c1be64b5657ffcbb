package org.mappahub.performance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.mappahub.access.AggregateReader;
import org.mappahub.access.AreaCaseLister;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.Viewer;
import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.database.RowScope;
import org.mappahub.performance.BoardDashboard;
import org.mappahub.performance.ManagedPerson;
import org.mappahub.performance.Measure;
import org.mappahub.performance.MeasuredCase;
import org.mappahub.rules.BoardPeriods;
import org.mappahub.rules.BoardPeriods.Span;
import org.mappahub.rules.ReportingYears;

/**
 * The board's performance dashboard ({@code /performance}) of the signed-in user's own area — never the request's —
 * for a quarter and the year to date, optionally one BCU: figures only, marked OFFICIAL, for board members,
 * co-ordinators and chairs ({@link AggregateReader}), counted over every record of the area
 * ({@link RowScope#forAggregateFigures()}). The cases behind a figure ({@code /performance/cases}) are for the area's
 * co-ordinators and chairs only ({@link AreaCaseLister}), read as the user under row-level security, OFFICIAL-SENSITIVE,
 * and each person listed is audited as seen.
 */
@Controller
@RequestMapping("/performance")
class PerformancePages {

    /** More than a page can usefully show; the rest are counted, not listed (as the area's meetings page). */
    static final int MAX_ROWS = 500;

    private final BoardDashboard dashboard;
    private final CaseAccess caseAccess;
    private final AuditTrail audit;
    private final Clock clock;

    PerformancePages(BoardDashboard dashboard, CaseAccess caseAccess, AuditTrail audit, Clock clock) {
        this.dashboard = dashboard;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.clock = clock;
    }

    /** The chosen reporting year, quarter and BCU, or the problems with them. */
    private record Choice(int year, int quarter, String bcu, Map<String, String> problems) {
    }

    @AggregateReader
    @GetMapping
    ModelAndView page(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
                      @RequestParam(required = false) String bcu) {
        String area = area();
        LocalDate today = LocalDate.now(clock);
        List<String> bcus;
        try (var counting = RowScope.forAggregateFigures()) {
            bcus = dashboard.bcus(area);
        }
        Choice choice = choice(year, quarter, bcu, bcus, today);
        ModelAndView page = new ModelAndView("performance/dashboard");
        page.addObject("protectiveMarking", "OFFICIAL");
        page.addObject("area", area);
        page.addObject("bcus", bcus);
        page.addObject("form", form(year, quarter, bcu, choice));
        page.addObject("quarterWords", BoardPeriods.words(choice.year(), choice.quarter()));
        if (!choice.problems().isEmpty()) {
            page.addObject("problems", choice.problems());
            page.addObject("errors", choice.problems().entrySet().stream()
                    .map(e -> Map.of("text", e.getValue(), "href", "#" + e.getKey())).toList());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        BoardDashboard.Dashboard figures;
        try (var counting = RowScope.forAggregateFigures()) {
            figures = dashboard.dashboard(area, choice.bcu(), choice.year(), choice.quarter(), today);
        }
        audit.record(new AuditEvent(AuditAction.PERFORMANCE_VIEWED, subject(area, choice),
                AuditEvent.details("area", area, "year", choice.year(), "quarter", choice.quarter(),
                        "bcu", choice.bcu() == null ? "all" : choice.bcu()), null, null));
        page.addObject("dashboard", figures);
        page.addObject("listsCases", caseAccess.viewer().map(v -> v.role().name()).filter(r -> !r.equals("BOARD_MEMBER")).isPresent());
        return page;
    }

    @AreaCaseLister
    @GetMapping("/cases")
    ModelAndView cases(@RequestParam(required = false) String measure, @RequestParam(required = false) String year,
                       @RequestParam(required = false) String quarter, @RequestParam(required = false) String period,
                       @RequestParam(required = false) String bcu) {
        String area = area();
        LocalDate today = LocalDate.now(clock);
        Measure chosen = measure == null ? null : Measure.ofParam(measure.strip());
        List<String> bcus = dashboard.bcus(area);
        Choice choice = choice(year, quarter, bcu, bcus, today);
        Map<String, String> problems = new LinkedHashMap<>(choice.problems());
        if (chosen == null) {
            problems.put("measure", "Choose a measure of the dashboard");
        }
        if (period != null && !period.equals("quarter") && !period.equals("year")) {
            problems.put("period", "Choose the quarter or the year to date");
        }
        ModelAndView page = new ModelAndView("performance/cases");
        page.addObject("protectiveMarking", true);
        page.addObject("area", area);
        if (!problems.isEmpty()) {
            page.addObject("errors", problems.values().stream().map(p -> Map.of("text", p)).toList());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        boolean yearToDate = "year".equals(period);
        Span span = yearToDate ? BoardPeriods.yearToDate(choice.year(), choice.quarter())
                : BoardPeriods.quarter(choice.year(), choice.quarter());
        page.addObject("measure", chosen);
        page.addObject("span", span);
        page.addObject("yearToDate", yearToDate);
        page.addObject("choice", Map.of("year", choice.year(), "quarter", choice.quarter(),
                "bcu", choice.bcu() == null ? "" : choice.bcu()));
        page.addObject("quarterWords", BoardPeriods.words(choice.year(), choice.quarter()));
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        int total;
        if (chosen == Measure.POPULATION) {
            LocalDate on = span.to().isAfter(today) ? today : span.to();
            List<ManagedPerson> people = dashboard.people(area, choice.bcu(), on); // as the user: row-level security
            total = people.size();
            people = people.subList(0, Math.min(MAX_ROWS, people.size()));
            people.forEach(p -> seen.add(p.ref()));
            page.addObject("people", people);
            page.addObject("on", on);
        } else if (chosen.recorded()) {
            List<MeasuredCase> cases = dashboard.cases(chosen, area, choice.bcu(), span, today);
            total = cases.size();
            cases = cases.subList(0, Math.min(MAX_ROWS, cases.size()));
            cases.forEach(c -> seen.add(c.ref()));
            page.addObject("cases", cases);
        } else {
            total = 0;
        }
        page.addObject("total", total);
        // the listing and each person on it in one append (AuditTrail.recordAll), not four round trips per person
        List<AuditEvent> entries = new ArrayList<>();
        entries.add(new AuditEvent(AuditAction.PERFORMANCE_CASES_LISTED, subject(area, choice),
                AuditEvent.details("measure", chosen.param(), "period", yearToDate ? "year" : "quarter",
                        "bcu", choice.bcu() == null ? "all" : choice.bcu(), "listed", seen.size()), null, null));
        seen.forEach(ref -> entries.add(new AuditEvent(AuditAction.VIEW_RECORD, ref,
                AuditEvent.details("seenOn", "performance dashboard"), null, null)));
        audit.recordAll(entries);
        return page;
    }

    private static String subject(String area, Choice choice) {
        return "performance:" + area + ":" + choice.year() + "Q" + choice.quarter();
    }

    /** The user's own area: the dashboard is never another area's. */
    private String area() {
        Viewer viewer = caseAccess.viewer().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (viewer.area() == null) {
            throw new AccessDeniedException("The dashboard is an area's: you are not placed in one");
        }
        return viewer.area();
    }

    /** The year and quarter asked for (default: the quarter containing today) and the BCU (default: the whole area). */
    private static Choice choice(String year, String quarter, String bcu, List<String> bcus, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        int currentYear = ReportingYears.containing(today);
        int y = currentYear;
        int q = BoardPeriods.quarterOf(today);
        if (year != null && !year.isBlank()) {
            Integer parsed = number(year);
            if (parsed == null || parsed < ReportingYears.FIRST_YEAR || parsed > currentYear) {
                problems.put("year", "Enter a reporting year from " + ReportingYears.FIRST_YEAR + " to " + currentYear
                        + " (the year it starts: 2026 is 1 April 2026 to 31 March 2027)");
            } else {
                y = parsed;
            }
        }
        if (quarter != null && !quarter.isBlank()) {
            Integer parsed = number(quarter);
            if (parsed == null || parsed < 1 || parsed > BoardPeriods.QUARTERS) {
                problems.put("quarter", "Choose a quarter from 1 (April to June) to 4 (January to March)");
            } else {
                q = parsed;
            }
        }
        if (problems.isEmpty() && BoardPeriods.quarter(y, q).from().isAfter(today)) {
            problems.put("quarter", "Choose a quarter that has begun: " + BoardPeriods.words(y, q) + " has not");
        }
        String chosenBcu = bcu == null || bcu.isBlank() ? null : bcu.strip();
        if (chosenBcu != null && !bcus.contains(chosenBcu)) {
            problems.put("bcu", "Choose a BCU of your area's records, or the whole area");
        }
        if (!problems.isEmpty() && problems.containsKey("quarter")) {
            q = BoardPeriods.quarterOf(today);
            y = currentYear;
        }
        return new Choice(y, q, chosenBcu, problems);
    }

    private static Integer number(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Object> form(String year, String quarter, String bcu, Choice choice) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("year", year == null || year.isBlank() ? String.valueOf(choice.year()) : year);
        form.put("quarter", quarter == null || quarter.isBlank() ? String.valueOf(choice.quarter()) : quarter);
        form.put("bcu", bcu == null ? "" : bcu);
        List<Map<String, String>> quarters = new ArrayList<>();
        String[] words = {"April to June", "July to September", "October to December", "January to March"};
        for (int i = 1; i <= BoardPeriods.QUARTERS; i++) {
            quarters.add(Map.of("value", String.valueOf(i), "text", i + ": " + words[i - 1]));
        }
        form.put("quarters", quarters);
        return form;
    }
}
