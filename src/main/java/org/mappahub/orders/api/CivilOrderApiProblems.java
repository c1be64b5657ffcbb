package org.mappahub.orders.api;

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
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.NominalNotFoundException;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.nominal.StoredNominal;
import org.mappahub.orders.InvalidOrderException;
import org.mappahub.orders.OrderNotFoundException;

/**
 * The civil orders API's errors as RFC 9457 problem details, with the same {@code type} URIs as the nominal API for
 * the same kinds of problem; never a stack trace.
 */
@RestControllerAdvice(assignableTypes = CivilOrderApi.class)
@Order(0)
class CivilOrderApiProblems {

    static final String BASE = "https://mappa-hub.example/problems/";
    private static final Logger log = LoggerFactory.getLogger(CivilOrderApiProblems.class);

    private final CaseRecords records;

    CivilOrderApiProblems(CaseRecords records) {
        this.records = records;
    }

    /** If-Match is not one version, or disagrees with the body's. */
    static final class BadVersion extends RuntimeException {
        BadVersion(String message) {
            super(message);
        }
    }

    /** No version was sent with a change. */
    static final class VersionRequired extends RuntimeException {
    }

    @ExceptionHandler(InvalidOrderException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidOrderException e, HttpServletRequest request) {
        ProblemDetail p = problem("invalid-parameter", "A parameter of the request is not valid", HttpStatus.BAD_REQUEST,
                e.getMessage() + "; nothing was recorded", request);
        p.setProperty("errors", e.problems().entrySet().stream()
                .map(x -> Map.of("field", x.getKey(), "message", x.getValue())).toList());
        return respond(p);
    }

    @ExceptionHandler(BadVersion.class)
    ResponseEntity<ProblemDetail> badVersion(BadVersion e, HttpServletRequest request) {
        return respond(problem("invalid-parameter", "A parameter of the request is not valid", HttpStatus.BAD_REQUEST,
                e.getMessage(), request));
    }

    @ExceptionHandler(VersionRequired.class)
    ResponseEntity<ProblemDetail> versionRequired(VersionRequired e, HttpServletRequest request) {
        return respond(problem("version-required", "The version you read is required", HttpStatus.PRECONDITION_REQUIRED,
                "Send the version of the record you read, as If-Match: \"<version>\" or as version in the body, "
                        + "so that a change made since is never overwritten", request));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return respond(problem("malformed-request", "The request body could not be read", HttpStatus.BAD_REQUEST,
                "The body must be a JSON object", request));
    }

    @ExceptionHandler(StaleNominalException.class)
    ResponseEntity<ProblemDetail> stale(StaleNominalException e, HttpServletRequest request) {
        StoredNominal current = records.read(e.ref()).stored();
        ProblemDetail p = problem("stale-version", "The record has changed since you read it", HttpStatus.CONFLICT,
                "Nominal " + e.ref() + " is at version " + current.version() + ", changed by " + current.updatedBy()
                        + " at " + current.updatedAt() + "; your change was made against version " + e.expectedVersion()
                        + " and was not applied. Read the orders again and reapply your change.", request);
        p.setProperty("currentVersion", current.version());
        p.setProperty("yourVersion", e.expectedVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .eTag("\"" + current.version() + "\"").body(p);
    }

    @ExceptionHandler(NominalNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NominalNotFoundException e, HttpServletRequest request) {
        return respond(problem("nominal-not-found", "No such nominal", HttpStatus.NOT_FOUND, e.getMessage(), request));
    }

    @ExceptionHandler(OrderNotFoundException.class)
    ResponseEntity<ProblemDetail> noOrder(OrderNotFoundException e, HttpServletRequest request) {
        return respond(problem("order-not-found", "No such order", HttpStatus.NOT_FOUND, e.getMessage(), request));
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
