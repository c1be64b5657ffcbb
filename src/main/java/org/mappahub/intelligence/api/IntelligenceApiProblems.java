package org.mappahub.intelligence.api;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.nominal.NominalNotFoundException;
import org.mappahub.intelligence.IntelligenceEntryNotFoundException;
import org.mappahub.intelligence.InvalidIntelligenceException;
import org.mappahub.intelligence.StaleIntelligenceEntryException;

/**
 * The intelligence log API's errors as RFC 9457 problem details, with the same {@code type} URIs as the nominal API
 * for the same kinds of problem; never a stack trace.
 */
@RestControllerAdvice(assignableTypes = IntelligenceApi.class)
@Order(0)
class IntelligenceApiProblems {

    static final String BASE = "https://mappa-hub.example/problems/";
    private static final Logger log = LoggerFactory.getLogger(IntelligenceApiProblems.class);

    @ExceptionHandler(InvalidIntelligenceException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidIntelligenceException e, HttpServletRequest request) {
        ProblemDetail p = problem("invalid-parameter", "A parameter of the request is not valid", HttpStatus.BAD_REQUEST,
                e.getMessage() + "; nothing was recorded", request);
        p.setProperty("errors", e.problems().entrySet().stream()
                .map(x -> Map.of("field", x.getKey(), "message", x.getValue())).toList());
        return respond(p);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return respond(problem("invalid-parameter", "A parameter of the request is not valid", HttpStatus.BAD_REQUEST,
                "The body must be a JSON object with the fields of an entry (see the OpenAPI document)", request));
    }

    @ExceptionHandler(StaleIntelligenceEntryException.class)
    ResponseEntity<ProblemDetail> stale(StaleIntelligenceEntryException e, HttpServletRequest request) {
        return respond(problem("stale-version", "The record has changed since you read it", HttpStatus.CONFLICT,
                e.getMessage() + "; your change was not applied", request));
    }

    @ExceptionHandler(IntelligenceEntryNotFoundException.class)
    ResponseEntity<ProblemDetail> noEntry(IntelligenceEntryNotFoundException e, HttpServletRequest request) {
        return respond(problem("entry-not-found", "No such entry", HttpStatus.NOT_FOUND, e.getMessage(), request));
    }

    @ExceptionHandler(NominalNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NominalNotFoundException e, HttpServletRequest request) {
        return respond(problem("nominal-not-found", "No such nominal", HttpStatus.NOT_FOUND, e.getMessage(), request));
    }

    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<ProblemDetail> refused(AccessRefusedException e, HttpServletRequest request) {
        return switch (e.access().outcome()) {
            case NOT_FOUND -> respond(problem("nominal-not-found", "No such nominal", HttpStatus.NOT_FOUND,
                    e.getMessage(), request));
            case REASON_REQUIRED -> {
                ProblemDetail p = problem("reason-required",
                        "This record belongs to another area: state why you need it", HttpStatus.FORBIDDEN,
                        "The record is managed by " + e.access().area() + ". POST {\"reason\": \"...\"} to /api/v1/nominals/"
                                + refOf(request) + "/access-reasons to see it; the reason is audited.", request);
                p.setProperty("area", e.access().area());
                yield respond(p);
            }
            default -> respond(problem("forbidden", "Forbidden", HttpStatus.FORBIDDEN, e.getMessage(), request));
        };
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return respond(problem("forbidden", "Forbidden", HttpStatus.FORBIDDEN, "Your role may not do this.", request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem("internal-error", "Something went wrong on our side", HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Nothing was changed by it; try again, and report the problem "
                        + "if it persists.", request));
    }

    private static String refOf(HttpServletRequest request) {
        List<String> parts = List.of(request.getRequestURI().split("/"));
        int i = parts.indexOf("nominals");
        return i >= 0 && i + 1 < parts.size() ? parts.get(i + 1) : "";
    }

    private static ProblemDetail problem(String slug, String title, HttpStatus status, String detail,
                                         HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(BASE + slug));
        p.setTitle(title);
        p.setInstance(URI.create(request.getRequestURI()));
        return p;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
