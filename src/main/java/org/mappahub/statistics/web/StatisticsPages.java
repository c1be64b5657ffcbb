package org.mappahub.statistics.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

import org.mappahub.access.AggregateReader;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.Viewer;
import org.mappahub.audit.AuditAction;
import org.mappahub.audit.AuditEvent;
import org.mappahub.audit.AuditTrail;
import org.mappahub.rules.ReportingYears;
import org.mappahub.statistics.AnnualReport;
import org.mappahub.database.RowScope;
import org.mappahub.statistics.AnnualReports;
import org.mappahub.statistics.ReportTable;
import org.mappahub.statistics.ReportTables;
import org.mappahub.statistics.StatisticsCharts;
import org.mappahub.statistics.StatisticsDocuments;

/**
 * The annual statistics page ({@code /statistics?area=…&year=…}), its charts and its CSV and PDF downloads: aggregate
 * figures only, for board members, co-ordinators and chairs ({@link AggregateReader}), of the user's own area or of
 * England and Wales — another area's are refused (403) whatever the request says. Every answer is audited as a view
 * of the statistics before it is rendered.
 */
@Controller
@RequestMapping("/statistics")
class StatisticsPages {

    /**
     * The chart's own policy: it is served as an image, which runs no script, and JFreeSVG writes its presentation as
     * style attributes, which the pages' policy ({@code style-src 'self'}) would drop if the SVG were inline.
     */
    static final String CHART_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    private final ObjectProvider<AnnualReports> reports;
    private final StatisticsDocuments documents;
    private final CaseAccess caseAccess;
    private final AuditTrail audit;
    private final Clock clock;

    StatisticsPages(ObjectProvider<AnnualReports> reports, StatisticsDocuments documents, CaseAccess caseAccess,
                    AuditTrail audit, Clock clock) {
        this.reports = reports;
        this.documents = documents;
        this.caseAccess = caseAccess;
        this.audit = audit;
        this.clock = clock;
    }

    @AggregateReader
    @GetMapping
    ModelAndView page(@RequestParam(required = false) String area, @RequestParam(required = false) String year) {
        Viewer viewer = viewer();
        String chosenArea = area(viewer, area);
        int lastComplete = ReportingYears.lastComplete(LocalDate.now(clock));
        Integer chosenYear = year == null || year.isBlank() ? Integer.valueOf(lastComplete) : parseYear(year, lastComplete);
        ModelAndView page = new ModelAndView("statistics/page");
        page.addObject("protectiveMarking", "OFFICIAL");
        page.addObject("area", chosenArea);
        page.addObject("areaName", documents.areaName(chosenArea));
        String yearProblem = chosenYear == null ? "Enter a reporting year from " + ReportingYears.FIRST_YEAR + " to "
                + lastComplete + ", the last complete one (a year runs from 1 April to 31 March)" : null;
        page.addObject("areaSelect", areaSelect(viewer, chosenArea));
        page.addObject("yearInput", map("id", "year", "name", "year", "value", year == null ? String.valueOf(lastComplete) : year,
                "inputmode", "numeric", "spellcheck", false, "classes", "govuk-input--width-4",
                "label", map("text", "Reporting year", "classes", "govuk-label--s"),
                "hint", map("text", "The year it starts: 2018 is 1 April 2018 to 31 March 2019"),
                "errorMessage", yearProblem == null ? null : map("text", yearProblem)));
        if (yearProblem != null) {
            page.addObject("errors", List.of(map("text", yearProblem, "href", "#year")));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        page.addObject("year", chosenYear);
        AnnualReports source = reports.getIfAvailable();
        if (source == null) {
            return page;
        }
        AnnualReport report = figures(source, chosenArea, chosenYear);
        viewed(chosenArea, chosenYear, "page");
        List<ReportTable> tables = ReportTables.of(report);
        page.addAllObjects(documents.model(report, tables));
        Map<Integer, String> charts = new HashMap<>();
        tables.stream().filter(ReportTable::chart).forEach(t -> charts.put(t.number(),
                "/statistics/charts/" + t.number() + ".svg?area=" + chosenArea + "&year=" + chosenYear));
        page.addObject("chartSources", charts);
        page.addObject("chartSvgs", Map.of());
        return page;
    }

    @AggregateReader
    @GetMapping(path = "/charts/{table}.svg", produces = "image/svg+xml")
    ResponseEntity<String> chart(@PathVariable int table, @RequestParam(required = false) String area,
                                 @RequestParam(required = false) String year) {
        Viewer viewer = viewer();
        String chosenArea = area(viewer, area);
        int chosenYear = requiredYear(year);
        AnnualReport report = report(chosenArea, chosenYear);
        ReportTable charted = StatisticsCharts.charted(ReportTables.of(report), table)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Only tables 1, 2 and 7 have a chart"));
        viewed(chosenArea, chosenYear, "chart " + table);
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .header("Content-Security-Policy", CHART_POLICY)
                .body(StatisticsCharts.svg(charted, documents.areaName(chosenArea), chosenYear));
    }

    @AggregateReader
    @GetMapping(path = "/report.csv", produces = "text/csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String area, @RequestParam(required = false) String year) {
        String chosenArea = area(viewer(), area);
        int chosenYear = requiredYear(year);
        AnnualReport report = report(chosenArea, chosenYear);
        viewed(chosenArea, chosenYear, "csv");
        return download(StatisticsDocuments.csv(report).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), chosenArea, chosenYear, "csv");
    }

    @AggregateReader
    @GetMapping(path = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String area, @RequestParam(required = false) String year) {
        String chosenArea = area(viewer(), area);
        int chosenYear = requiredYear(year);
        AnnualReport report = report(chosenArea, chosenYear);
        viewed(chosenArea, chosenYear, "pdf");
        return download(documents.pdf(report), MediaType.APPLICATION_PDF, chosenArea, chosenYear, "pdf");
    }

    private ResponseEntity<byte[]> download(byte[] body, MediaType type, String area, int year, String extension) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mappa-statistics-" + area + "-" + year + "." + extension).build().toString())
                .body(body);
    }

    private AnnualReport report(String area, int year) {
        AnnualReports source = reports.getIfAvailable();
        if (source == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "The annual statistics are not computed here");
        }
        return figures(source, area, year);
    }

    /** The figures count every record of the area, not only those the viewer may open (RowScope.forAggregateFigures). */
    private static AnnualReport figures(AnnualReports source, String area, int year) {
        try (var counting = RowScope.forAggregateFigures()) {
            return source.report(area, year);
        }
    }

    private void viewed(String area, int year, String format) {
        audit.record(new AuditEvent(AuditAction.STATISTICS_VIEWED, "statistics:" + area + ":" + year,
                map("area", area, "year", year, "format", format), null, null));
    }

    private Viewer viewer() {
        return caseAccess.viewer().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** The area asked for (default: the user's own, or England and Wales for a user placed in none); only those two. */
    private static String area(Viewer viewer, String asked) {
        String area = asked == null || asked.isBlank()
                ? (viewer.area() == null ? AnnualReports.NATIONAL : viewer.area()) : asked.strip();
        if (!viewer.readsStatisticsOf(area)) {
            throw new AccessDeniedException("Only your own area's statistics and England and Wales's are shown to you");
        }
        return area;
    }

    private int requiredYear(String year) {
        int lastComplete = ReportingYears.lastComplete(LocalDate.now(clock));
        Integer parsed = year == null || year.isBlank() ? Integer.valueOf(lastComplete) : parseYear(year, lastComplete);
        if (parsed == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The reporting year must be from "
                    + ReportingYears.FIRST_YEAR + " to " + lastComplete);
        }
        return parsed;
    }

    /** The year typed, when it is a complete reporting year from the first; null otherwise. */
    private static Integer parseYear(String year, int lastComplete) {
        try {
            int parsed = Integer.parseInt(year.strip());
            return parsed >= ReportingYears.FIRST_YEAR && parsed <= lastComplete ? parsed : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Map<String, Object> areaSelect(Viewer viewer, String chosen) {
        List<Map<String, Object>> items = new ArrayList<>();
        if (viewer.area() != null) {
            items.add(map("value", viewer.area(), "text", documents.areaName(viewer.area())));
        }
        items.add(map("value", AnnualReports.NATIONAL, "text", documents.areaName(AnnualReports.NATIONAL)));
        return map("id", "area", "name", "area", "value", chosen, "items", items,
                "label", map("text", "Area", "classes", "govuk-label--s"));
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }
}
