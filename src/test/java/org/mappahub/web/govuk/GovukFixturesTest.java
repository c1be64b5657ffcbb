package org.mappahub.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every GOV.UK Frontend fragment in {@code templates/fragments/govuk/} renders the same HTML as the
 * component's Nunjucks macro, for every fixture GOV.UK Frontend publishes with the component
 * ({@code dist/govuk/components/<name>/fixtures.json}, vendored by {@code scripts/update-frontend.sh}
 * into {@code src/test/resources/govuk-fixtures/}).
 *
 * <p>Both sides are parsed with jsoup and compared as DOM trees: element names, attributes as a set
 * (the {@code class} attribute as a set of tokens), text with whitespace collapsed and trimmed;
 * whitespace-only text and comments are ignored.
 *
 * <p>The engine is a {@link SpringTemplateEngine} (SpEL, as in the application) without a Spring context.
 */
class GovukFixturesTest {

    /** Component name to the name of its fragment in {@code fragments/govuk/<component>.html}. */
    static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        for (String component : List.of("back-link", "button", "checkboxes", "date-input", "details",
                "error-message", "error-summary", "fieldset", "footer", "header", "hint", "input", "inset-text",
                "label", "notification-banner", "pagination", "panel", "phase-banner", "radios", "select",
                "skip-link", "summary-list", "table", "tabs", "tag", "textarea", "warning-text")) {
            COMPONENTS.put(component, camelCase(component));
        }
    }

    /**
     * Fixtures not tested, as "component/fixture name" with the reason. Keep this list short and honest:
     * every entry is a behaviour of the Nunjucks macro that a Thymeleaf fragment cannot or should not copy.
     */
    static final Map<String, String> EXCLUDED = new LinkedHashMap<>();

    static {
        // (entries added below as "component/fixture" -> reason)
    }

    private static final java.util.Set<String> BOOLEAN_ATTRIBUTES = java.util.Set.of("checked", "disabled",
            "hidden", "multiple", "open", "readonly", "required", "selected", "novalidate", "autofocus");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SpringTemplateEngine ENGINE = engine();
    private static final Map<String, int[]> COUNTS = new ConcurrentHashMap<>(); // total, passed, excluded

    @TestFactory
    Stream<DynamicNode> everyFixtureOfEveryComponent() throws IOException {
        List<DynamicNode> containers = new ArrayList<>();
        for (Map.Entry<String, String> component : COMPONENTS.entrySet()) {
            List<DynamicNode> tests = new ArrayList<>();
            for (Map<String, Object> fixture : fixtures(component.getKey())) {
                String name = (String) fixture.get("name");
                String key = component.getKey() + "/" + name;
                int[] counts = COUNTS.computeIfAbsent(component.getKey(), c -> new int[3]);
                counts[0]++;
                if (EXCLUDED.containsKey(key)) {
                    counts[2]++;
                    continue;
                }
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    assertFixture(component.getKey(), component.getValue(), fixture);
                    counts[1]++;
                }));
            }
            containers.add(DynamicContainer.dynamicContainer(component.getKey(), tests));
        }
        return containers.stream();
    }

    @org.junit.jupiter.api.Test
    void comparisonSeesWhatMattersAndIgnoresWhatDoesNot() {
        assertThat(normalise("<p class=\"a  b\"\n id=x>\n  Some   text </p>"))
                .isEqualTo(normalise("<p id=\"x\" class=\"b a\">Some text</p>"));
        assertThat(normalise("<p class=\"a\">Text</p>")).isNotEqualTo(normalise("<p class=\"a b\">Text</p>"));
        assertThat(normalise("<p>Text</p>")).isNotEqualTo(normalise("<p>Text!</p>"));
        assertThat(normalise("<p>Text</p>")).isNotEqualTo(normalise("<div>Text</div>"));
        assertThat(normalise("<input value=\"\">")).isNotEqualTo(normalise("<input>"));
        assertThat(normalise("<p><b>x</b></p>")).isNotEqualTo(normalise("<p>x</p>"));
    }

    @AfterAll
    static void printCounts() {
        int total = 0;
        int passed = 0;
        int excluded = 0;
        StringBuilder report = new StringBuilder("GOV.UK Frontend fixtures (component: total / passed / excluded)\n");
        for (Map.Entry<String, int[]> entry : new TreeMap<>(COUNTS).entrySet()) {
            int[] c = entry.getValue();
            report.append(String.format("  %-20s %3d / %3d / %3d%n", entry.getKey(), c[0], c[1], c[2]));
            total += c[0];
            passed += c[1];
            excluded += c[2];
        }
        report.append(String.format("  %-20s %3d / %3d / %3d%n", "ALL", total, passed, excluded));
        System.out.print(report);
    }

    @SuppressWarnings("unchecked")
    private static void assertFixture(String component, String fragment, Map<String, Object> fixture) {
        Map<String, Object> options = (Map<String, Object>) fixture.get("options");
        Context context = new Context();
        context.setVariable("component", component);
        context.setVariable("fragment", fragment);
        context.setVariable("params", options);
        String actual = ENGINE.process("govuk-fixture", context);
        String expected = (String) fixture.get("html");
        assertThat(normalise(actual))
                .as("%s fixture \"%s\"%nrendered:%n%s%nexpected:%n%s", component, fixture.get("name"), actual, expected)
                .isEqualTo(normalise(expected));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fixtures(String component) throws IOException {
        try (InputStream in = GovukFixturesTest.class.getResourceAsStream("/govuk-fixtures/" + component + ".json")) {
            assertThat(in).as("fixtures of %s", component).isNotNull();
            Map<String, Object> file = JSON.readValue(in, Map.class);
            return (List<Map<String, Object>>) file.get("fixtures");
        }
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new GovukDialect());
        return engine;
    }

    /** A canonical, indented rendering of the DOM of an HTML fragment, for comparison. */
    static String normalise(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        StringBuilder out = new StringBuilder();
        for (Node child : body.childNodes()) {
            write(child, 0, out);
        }
        return out.toString();
    }

    private static void write(Node node, int depth, StringBuilder out) {
        if (node instanceof Comment) {
            return;
        }
        if (node instanceof TextNode text) {
            String collapsed = text.getWholeText().replaceAll("\\s+", " ").trim();
            if (!collapsed.isEmpty()) {
                out.append("  ".repeat(depth)).append('"').append(collapsed).append("\"\n");
            }
            return;
        }
        if (node instanceof DataNode data) {
            String collapsed = data.getWholeData().replaceAll("\\s+", " ").trim();
            if (!collapsed.isEmpty()) {
                out.append("  ".repeat(depth)).append("data:").append(collapsed).append('\n');
            }
            return;
        }
        if (node instanceof Element element) {
            out.append("  ".repeat(depth)).append('<').append(element.normalName());
            Map<String, String> attributes = new TreeMap<>();
            for (Attribute attribute : element.attributes()) {
                String value = attribute.getValue();
                if (attribute.getKey().equals("class")) {
                    value = String.join(" ", new TreeSet<>(List.of(value.trim().split("\\s+"))));
                }
                if (BOOLEAN_ATTRIBUTES.contains(attribute.getKey()) && value.equalsIgnoreCase(attribute.getKey())) {
                    value = ""; // open="open" is the same as open
                }
                attributes.put(attribute.getKey(), value);
            }
            attributes.forEach((key, value) -> out.append(' ').append(key).append("=\"").append(value).append('"'));
            out.append(">\n");
            for (Node child : element.childNodes()) {
                write(child, depth + 1, out);
            }
        }
    }

    private static String camelCase(String component) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : component.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
