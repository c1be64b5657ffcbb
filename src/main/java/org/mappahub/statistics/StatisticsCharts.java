package org.mappahub.statistics;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.springframework.web.util.HtmlUtils;

import org.mappahub.statistics.ReportTable.Block;
import org.mappahub.statistics.ReportTable.Row;

/**
 * The charts that accompany tables 1, 2 and 7: a bar for each level (and block) in each category, this year's
 * figures, drawn by JFreeChart; as SVG (JFreeSVG) for the page, as PNG for the PDF, whose renderer draws no SVG. The
 * table beside each chart is its text alternative; the SVG carries a title and a description for those who meet it
 * on its own.
 */
public final class StatisticsCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 360;
    /** GOV.UK Frontend's colour palette: blue, green, orange (distinguishable in the common colour deficiencies). */
    private static final Color[] SERIES = {new Color(0x1d70b8), new Color(0x00703c), new Color(0xf47738),
            new Color(0x4c2c92)};

    private StatisticsCharts() {
    }

    /** The tables that have a chart, by number. */
    public static Optional<ReportTable> charted(List<ReportTable> tables, int number) {
        return tables.stream().filter(t -> t.number() == number && t.chart()).findFirst();
    }

    /** The chart as an SVG document, with its title and description, scaling to its container. */
    public static String svg(ReportTable table, String area, int year) {
        JFreeChart chart = chart(table);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(table.id() + "-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        String id = table.id() + "-chart";
        String svg = g.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        String opening = svg.substring(0, svg.indexOf('>') + 1);
        String accessible = opening.replaceFirst("<svg ", "<svg role=\"img\" aria-labelledby=\"" + id + "-title " + id
                + "-desc\" ") + "<title id=\"" + id + "-title\">" + escape(title(table, area, year)) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + escape(description(table)) + "</desc>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + accessible + svg.substring(opening.length());
    }

    /** The chart as a PNG image, for the PDF. */
    public static byte[] png(ReportTable table) {
        BufferedImage image = chart(table).createBufferedImage(WIDTH, HEIGHT);
        try {
            return ChartUtils.encodeAsPNG(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String title(ReportTable table, String area, int year) {
        return "Chart of table " + table.number() + ": " + table.title() + ", " + area + ", " + year + " to " + (year + 1);
    }

    static String description(ReportTable table) {
        return "A bar chart of this year's figures by category, one bar for each "
                + (table.blocks().size() > 1 ? "block and level" : "level")
                + ". The figures, with last year's and the change, are in table " + table.number() + ".";
    }

    /** Bars: categories along the axis, one series per row that is not a total (prefixed by its block, if several). */
    static JFreeChart chart(ReportTable table) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<String> categories = ReportTables.CATEGORY_COLUMNS.subList(0, 3);
        for (Block block : table.blocks()) {
            for (Row row : block.rows()) {
                if (row.total()) {
                    continue;
                }
                String series = table.blocks().size() > 1 ? block.heading() + ", " + row.label() : row.label();
                for (int c = 0; c < categories.size(); c++) {
                    var cell = row.cells().get(c);
                    if (cell.applicable() && cell.thisYear() != null) {
                        dataset.addValue(cell.thisYear(), series, "Category " + (c + 1));
                    }
                }
            }
        }
        JFreeChart chart = new JFreeChart(table.title(), new Font(Font.SANS_SERIF, Font.BOLD, 15),
                new CategoryPlot(dataset, new org.jfree.chart.axis.CategoryAxis("Category"), new NumberAxis("Offenders"),
                        new BarRenderer()), true);
        StandardChartTheme.createJFreeTheme().apply(chart);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1b4b6));
        ((NumberAxis) plot.getRangeAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int s = 0; s < dataset.getRowCount(); s++) {
            renderer.setSeriesPaint(s, SERIES[s % SERIES.length]);
        }
        return chart;
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
