package org.mappahub.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every request handler and fails if one does not declare who may call it ({@link CaseReader},
 * {@link CaseEditor}, {@link PublicPage} or another {@code @PreAuthorize}). Framework handlers that
 * serve no case data are listed here by name, deliberately.
 */
@SpringBootTest
class HandlerAuthorisationTest {

    /** Handlers we do not write: Boot's error page and the OpenAPI document (public by design). */
    private static final Set<String> FRAMEWORK_HANDLERS = Set.of(
            "org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController",
            "org.springdoc.webmvc.api.OpenApiWebMvcResource");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyHandlerDeclaresWhoMayCallIt() {
        List<String> undeclared = mapping.getHandlerMethods().entrySet().stream()
                .filter(e -> !FRAMEWORK_HANDLERS.contains(e.getValue().getBeanType().getName()))
                .filter(e -> !declares(e.getValue()))
                .map(e -> e.getKey() + " -> " + e.getValue())
                .toList();
        assertThat(undeclared).as("handlers without a declared audience").isEmpty();
    }

    @Test
    void theWalkSeesTheApplicationsOwnHandlers() {
        // Guards the test itself: a walk that finds nothing proves nothing.
        assertThat(mapping.getHandlerMethods().values())
                .anyMatch(h -> h.getBeanType().getName().startsWith("org.mappahub."));
    }

    private static boolean declares(HandlerMethod h) {
        return AnnotatedElementUtils.hasAnnotation(h.getMethod(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(h.getMethod(), PermitAll.class)
                || AnnotatedElementUtils.hasAnnotation(h.getBeanType(), PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(h.getBeanType(), PermitAll.class);
    }
}
