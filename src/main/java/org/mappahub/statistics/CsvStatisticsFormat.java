package org.mappahub.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The same figures as the JSON, one row per count for a spreadsheet: {@code figure} is the JSON path of the count
 * (e.g. {@code eligibleOnSnapshot.level1.cat1}, {@code rsosByBcu.North}), then this year's, last year's and the change
 * (empty for null). The first rows name the area and the years.
 */
@org.springframework.stereotype.Component
class CsvStatisticsFormat implements StatisticsFormat {

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public void write(AnnualReport report, OutputStream out) throws IOException {
        ObjectNode tree = AnnualReportJson.tree(report);
        StringBuilder csv = new StringBuilder("figure,thisYear,previousYear,change\r\n");
        JsonNode last = tree.get("previousYear");
        for (String key : new String[] {"area", "year", "periodStart", "periodEnd", "snapshotDate"}) {
            row(csv, key, tree.get(key), last.get(key), null);
        }
        rows(csv, "", tree.get("change"), tree, last);
        out.write(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void rows(StringBuilder csv, String prefix, JsonNode change, JsonNode thisYear, JsonNode lastYear) {
        for (Map.Entry<String, JsonNode> e : change.properties()) {
            String key = e.getKey();
            JsonNode a = thisYear == null ? null : thisYear.get(key);
            JsonNode b = lastYear == null ? null : lastYear.get(key);
            if (e.getValue().isObject()) {
                rows(csv, prefix + key + ".", e.getValue(), a, b);
            } else {
                row(csv, prefix + key, a, b, e.getValue());
            }
        }
    }

    private static void row(StringBuilder csv, String figure, JsonNode a, JsonNode b, JsonNode change) {
        csv.append(cell(figure)).append(',').append(value(a)).append(',').append(value(b)).append(',')
                .append(value(change)).append("\r\n");
    }

    private static String value(JsonNode n) {
        return n == null || n.isNull() ? "" : cell(n.isNumber() ? n.numberValue().toString() : n.asString());
    }

    /** RFC 4180 quoting; a leading formula character is neutralised so a spreadsheet never runs a BCU name. */
    private static String cell(String s) {
        String safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?[0-9.]+") ? "'" + s : s;
        return safe.matches(".*[,\"\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
