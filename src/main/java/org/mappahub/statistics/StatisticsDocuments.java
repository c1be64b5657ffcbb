package org.mappahub.statistics;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.rules.ReportingYears;
import org.mappahub.statistics.ReportTable.Block;
import org.mappahub.statistics.ReportTable.Row;

/**
 * The printed report in its three forms, independent of any web request, so that the page, its downloads and the
 * {@code ./mappa stats --format html|pdf} command make the same thing: a standalone HTML document (charts inline as
 * SVG), a PDF of that document (charts as PNG; OFFICIAL at the head of every page, area, year and date of production
 * at its foot), and the CSV of every cell. Who may have a report is the caller's to decide.
 */
@Component
public class StatisticsDocuments {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String CSV_HEADER = "table,row,column,this year,last year,change";

    private final ITemplateEngine templates;
    private final Areas areas;
    private final Clock clock;

    StatisticsDocuments(ITemplateEngine templates, Areas areas, Clock clock) {
        this.templates = templates;
        this.areas = areas;
        this.clock = clock;
    }

    /** The report as a standalone HTML document (UTF-8). */
    public String html(AnnualReport report) {
        List<ReportTable> tables = ReportTables.of(report);
        Map<Integer, String> svgs = new HashMap<>();
        String areaName = areaName(report.thisYear().area());
        for (ReportTable table : tables) {
            if (table.chart()) {
                String svg = StatisticsCharts.svg(table, areaName, report.thisYear().year());
                svgs.put(table.number(), svg.substring(svg.indexOf("<svg")));
            }
        }
        return document(report, tables, Map.of(), svgs);
    }

    /** The report as a PDF: the same layout, the charts as images. */
    public byte[] pdf(AnnualReport report) {
        List<ReportTable> tables = ReportTables.of(report);
        Map<Integer, String> images = new HashMap<>();
        for (ReportTable table : tables) {
            if (table.chart()) {
                images.put(table.number(), "data:image/png;base64,"
                        + Base64.getEncoder().encodeToString(StatisticsCharts.png(table)));
            }
        }
        String html = document(report, tables, images, Map.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One line per printed cell: table, row, column, this year, last year, change (the JSON contract's number). */
    public static String csv(AnnualReport report) {
        StringBuilder csv = new StringBuilder(CSV_HEADER).append("\r\n");
        for (ReportTable table : ReportTables.of(report)) {
            for (Block block : table.blocks()) {
                for (Row row : block.rows()) {
                    for (int c = 0; c < block.columns().size(); c++) {
                        ReportCell cell = row.cells().get(c);
                        String rowLabel = block.heading() == null ? row.label() : block.heading() + ": " + row.label();
                        csv.append(field(table.number() + ". " + table.title())).append(',').append(field(rowLabel))
                                .append(',').append(field(block.columns().get(c))).append(',')
                                .append(value(cell, cell.thisYear())).append(',').append(value(cell, cell.lastYear()))
                                .append(',').append(cell.changeValue()).append("\r\n");
                    }
                }
            }
        }
        return csv.toString();
    }

    /** The model of the report's body (statistics/report.html), for the page and the documents alike. */
    public Map<String, Object> model(AnnualReport report, List<ReportTable> tables) {
        AnnualStatistics now = report.thisYear();
        int year = now.year();
        String areaName = areaName(now.area());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("areaName", areaName);
        model.put("heading", "Annual MAPPA statistics: " + areaName + ", " + year + " to " + (year + 1));
        model.put("period", DAY.format(ReportingYears.periodStart(year)) + " to " + DAY.format(ReportingYears.periodEnd(year)));
        model.put("lastYearLabel", (year - 1) + " to " + year);
        model.put("producedOn", DAY.format(LocalDate.now(clock)));
        model.put("tables", tables);
        // Written unescaped into a CSS string of the document: no quote, backslash or angle bracket may reach it.
        model.put("footer", ("OFFICIAL  |  " + areaName + "  |  " + year + " to " + (year + 1) + "  |  produced "
                + DAY.format(LocalDate.now(clock))).replaceAll("[\"\\\\<>\r\n]", ""));
        return model;
    }

    /** The area's name as the report prints it; England and Wales for the national figures. */
    public String areaName(String code) {
        if (AnnualReports.NATIONAL.equals(code)) {
            return "England and Wales";
        }
        return areas.find(code).map(Area::name).orElse(code);
    }

    private String document(AnnualReport report, List<ReportTable> tables, Map<Integer, String> images,
                            Map<Integer, String> svgs) {
        Context context = new Context(Locale.UK);
        context.setVariables(model(report, tables));
        context.setVariable("chartSources", images);
        context.setVariable("chartSvgs", svgs);
        return templates.process("statistics/document", context);
    }

    private static String value(ReportCell cell, Long figure) {
        return !cell.applicable() ? ReportCell.DASH : figure == null ? "" : String.valueOf(figure);
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; and never read as a formula by a spreadsheet. */
    private static String field(String text) {
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.matches(".*[,\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
