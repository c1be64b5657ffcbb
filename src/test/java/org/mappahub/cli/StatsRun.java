package org.mappahub.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code mappa} as a shell would, capturing standard output and standard error apart, and renders JSON in a
 * canonical form that keeps key order and compares numbers by value ({@code 100} = {@code 100.0}).
 */
record StatsRun(int exit, String out, String err) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static StatsRun of(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            var cli = Mappa.commandLine();
            cli.setOut(new PrintWriter(System.out, true));
            cli.setErr(new PrintWriter(System.err, true));
            int exit = cli.execute(args);
            return new StatsRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    /** One line per value, {@code path = value}, in the document's key order. */
    static String canonical(String json) {
        StringBuilder lines = new StringBuilder();
        canonical(JSON.readTree(json), "", lines);
        return lines.toString();
    }

    private static void canonical(JsonNode node, String path, StringBuilder lines) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                canonical(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), lines);
            }
            if (node.isEmpty()) {
                lines.append(path).append(" = {}\n");
            }
        } else if (node.isNumber()) {
            lines.append(path).append(" = ").append(new BigDecimal(node.numberValue().toString()).stripTrailingZeros()
                    .toPlainString()).append('\n');
        } else {
            lines.append(path).append(" = ").append(node.isNull() ? "null" : node.asString()).append('\n');
        }
    }
}
