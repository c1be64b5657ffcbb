package org.mappahub.web.govuk;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.StandardDialect;

/**
 * Thymeleaf support for the GOV.UK Frontend fragments in {@code templates/fragments/govuk/}.
 *
 * <ul>
 *   <li>{@code govuk:attributes="${map}"} renders a component's {@code attributes} option exactly as
 *       GOV.UK Frontend's {@code govukAttributes} Nunjucks macro does ({@link GovukAttributesProcessor}).</li>
 *   <li>{@code #govuk} is an expression object of small helpers that give Nunjucks semantics
 *       (truthiness, {@code html} over {@code text}, class lists) to the fragments ({@link GovukExpressions}).</li>
 * </ul>
 *
 * Spring Boot registers every {@code IDialect} bean with its template engine; see {@link GovukThymeleafConfiguration}.
 */
public final class GovukDialect extends AbstractProcessorDialect implements IExpressionObjectDialect {

    public static final String PREFIX = "govuk";

    private static final IExpressionObjectFactory EXPRESSION_OBJECTS = new IExpressionObjectFactory() {
        private final GovukExpressions helpers = new GovukExpressions();

        @Override
        public Set<String> getAllExpressionObjectNames() {
            return Set.of(PREFIX);
        }

        @Override
        public Object buildObject(IExpressionContext context, String expressionObjectName) {
            return PREFIX.equals(expressionObjectName) ? helpers : null;
        }

        @Override
        public boolean isCacheable(String expressionObjectName) {
            return true;
        }
    };

    public GovukDialect() {
        super("GOV.UK Frontend", PREFIX, StandardDialect.PROCESSOR_PRECEDENCE);
    }

    @Override
    public Set<IProcessor> getProcessors(String dialectPrefix) {
        return Set.of(new GovukAttributesProcessor(dialectPrefix, GovukAttributesProcessor.Mode.ATTRIBUTES),
                new GovukAttributesProcessor(dialectPrefix, GovukAttributesProcessor.Mode.TRUTHY),
                new GovukAttributesProcessor(dialectPrefix, GovukAttributesProcessor.Mode.OPTIONAL));
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return EXPRESSION_OBJECTS;
    }
}
