package org.mappahub.web.govuk;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code govuk:attributes="${params.attributes}"}: the Thymeleaf equivalent of GOV.UK Frontend's
 * {@code govukAttributes} macro ({@code dist/govuk/macros/attributes.njk}).
 *
 * <ul>
 *   <li>a map of name to value renders {@code name="value"} (a {@code null} value renders {@code name=""});</li>
 *   <li>a value given as {@code {value, optional: true}} is left out when {@code null} or {@code false},
 *       and renders as a bare boolean attribute ({@code name}) when {@code true};</li>
 *   <li>a string is taken as ready-made attribute markup ({@code data-a="1" hidden});</li>
 *   <li>a list of any of these renders each in turn.</li>
 * </ul>
 * It runs after the standard {@code th:*} attribute processors, so these attributes win over them.
 */
final class GovukAttributesProcessor extends AbstractAttributeTagProcessor {

    private static final int PRECEDENCE = 1500;
    private static final Pattern RAW_ATTRIBUTE =
            Pattern.compile("([^\\s=\"'<>/]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    /** How the values of the map are rendered. */
    enum Mode {
        /** {@code govuk:attributes}: {@code govukAttributes} semantics, as documented above. */
        ATTRIBUTES("attributes", PRECEDENCE),
        /**
         * {@code govuk:truthy-attributes}: each {@code name="value"} only when the value is truthy, the Nunjucks
         * {@code {% if params.x %} x="{{ params.x }}"{% endif %}} pattern.
         */
        TRUTHY("truthy-attributes", PRECEDENCE - 2),
        /**
         * {@code govuk:optional-attributes}: every value as if given as {@code {value, optional: true}}:
         * left out when {@code null}/{@code false}, a bare attribute when {@code true}.
         */
        OPTIONAL("optional-attributes", PRECEDENCE - 1);

        final String attributeName;
        final int precedence;

        Mode(String attributeName, int precedence) {
            this.attributeName = attributeName;
            this.precedence = precedence;
        }
    }

    private final Mode mode;

    GovukAttributesProcessor(String dialectPrefix, Mode mode) {
        super(TemplateMode.HTML, dialectPrefix, null, false, mode.attributeName, true, mode.precedence, true);
        this.mode = mode;
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
            String attributeValue, IElementTagStructureHandler structureHandler) {
        Object attributes = StandardExpressions.getExpressionParser(context.getConfiguration())
                .parseExpression(context, attributeValue)
                .execute(context);
        render(attributes, structureHandler);
    }

    private void render(Object attributes, IElementTagStructureHandler structureHandler) {
        if (attributes instanceof java.util.Collection<?> several) {
            several.forEach(each -> render(each, structureHandler));
        } else if (attributes instanceof Map<?, ?> map) {
            map.forEach((name, item) -> {
                if (mode == Mode.ATTRIBUTES) {
                    apply(String.valueOf(name), item, structureHandler);
                } else if (mode == Mode.OPTIONAL) {
                    apply(String.valueOf(name), Map.of("value", item == null ? false : item, "optional", true),
                            structureHandler);
                } else if (GovukExpressions.isTruthy(item)) {
                    structureHandler.setAttribute(String.valueOf(name),
                            HtmlEscape.escapeHtml4Xml(GovukExpressions.string(item)));
                }
            });
        } else if (attributes instanceof CharSequence raw) {
            Matcher matcher = RAW_ATTRIBUTE.matcher(raw);
            while (matcher.find()) {
                String value = matcher.group(2) != null ? matcher.group(2)
                        : matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
                structureHandler.setAttribute(matcher.group(1), value == null ? null : HtmlEscape.unescapeHtml(value)
                        .transform(HtmlEscape::escapeHtml4Xml));
            }
        }
    }

    private static void apply(String name, Object item, IElementTagStructureHandler structureHandler) {
        boolean optional = false;
        Object value = item;
        if (item instanceof Map<?, ?> options) {
            value = options.get("value");
            optional = Boolean.TRUE.equals(options.get("optional"));
        }
        if (optional && Boolean.TRUE.equals(value)) {
            structureHandler.setAttribute(name, null);
        } else if (!optional || (value != null && !Boolean.FALSE.equals(value))) {
            structureHandler.setAttribute(name, HtmlEscape.escapeHtml4Xml(GovukExpressions.string(value)));
        }
    }
}
