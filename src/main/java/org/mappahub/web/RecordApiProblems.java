package org.mappahub.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.nominal.NominalNotFoundException;

/**
 * The problems every record API (notification, intelligence, licence, assessment, orders, custody) answers the same
 * way, as RFC 9457 problem details with the same {@code type} URIs as the nominal API; never a stack trace.
 * <p>
 * A module's advice extends this, is annotated {@code @RestControllerAdvice(assignableTypes = ...) @Order(0)}, and
 * adds only its own handlers (invalid input, stale version, its own not-found). Spring finds the inherited
 * {@code @ExceptionHandler} methods on the concrete advice class.
 */
public abstract class RecordApiProblems {

    protected static final String BASE = "https://mappa-hub.example/problems/";

    private final Logger log = LoggerFactory.getLogger(getClass());

    /** The detail of the 400 answered when the request body cannot be read: each API describes its own body. */
    protected abstract String unreadableDetail();

    /** The problem answered when the request body cannot be read; by default an invalid parameter. */
    protected ProblemDetail unreadableProblem(HttpServletRequest request) {
        return problem("invalid-parameter", "A parameter of the request is not valid", HttpStatus.BAD_REQUEST,
                unreadableDetail(), request);
    }

    /** The detail of the 403 answered when the record belongs to another area and a reason must be given first. */
    protected String reasonRequiredDetail(AccessRefusedException e, HttpServletRequest request) {
        return "The record is managed by " + e.access().area() + ". POST {\"reason\": \"...\"} to /api/v1/nominals/"
                + refOf(request) + "/access-reasons to see it; the reason is audited.";
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    public ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return respond(unreadableProblem(request));
    }

    /** A path or query parameter of the wrong type (a letter where an id goes): the client's error, not ours. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatched(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(problem("invalid-parameter", "A parameter of the request is not valid", HttpStatus.BAD_REQUEST,
                e.getName() + " is not valid here", request));
    }

    @ExceptionHandler(NominalNotFoundException.class)
    public ResponseEntity<ProblemDetail> notFound(NominalNotFoundException e, HttpServletRequest request) {
        return respond(problem("nominal-not-found", "No such nominal", HttpStatus.NOT_FOUND, e.getMessage(), request));
    }

    @ExceptionHandler(AccessRefusedException.class)
    public ResponseEntity<ProblemDetail> refused(AccessRefusedException e, HttpServletRequest request) {
        return switch (e.access().outcome()) {
            case NOT_FOUND -> respond(problem("nominal-not-found", "No such nominal", HttpStatus.NOT_FOUND,
                    e.getMessage(), request));
            case REASON_REQUIRED -> {
                ProblemDetail p = problem("reason-required",
                        "This record belongs to another area: state why you need it", HttpStatus.FORBIDDEN,
                        reasonRequiredDetail(e, request), request);
                p.setProperty("area", e.access().area());
                yield respond(p);
            }
            default -> respond(problem("forbidden", "Forbidden", HttpStatus.FORBIDDEN, e.getMessage(), request));
        };
    }

    @ExceptionHandler(AccessDeniedException.class)
    public ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return respond(problem("forbidden", "Forbidden", HttpStatus.FORBIDDEN, "Your role may not do this.", request));
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem("internal-error", "Something went wrong on our side", HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Nothing was changed by it; try again, and report the problem "
                        + "if it persists.", request));
    }

    /**
     * A 400 invalid-parameter for a request whose fields broke the rules: {@code message} and that nothing was
     * recorded, and an {@code errors} list of {@code {field, message}} in the map's order.
     */
    protected static ResponseEntity<ProblemDetail> invalidInput(String message, Map<String, String> problems,
                                                                HttpServletRequest request) {
        ProblemDetail p = problem("invalid-parameter", "A parameter of the request is not valid",
                HttpStatus.BAD_REQUEST, message + "; nothing was recorded", request);
        p.setProperty("errors", problems.entrySet().stream()
                .map(x -> Map.of("field", x.getKey(), "message", x.getValue())).toList());
        return respond(p);
    }

    /** A 409 stale-version: the change was made against a version of the record that is no longer current. */
    protected static ResponseEntity<ProblemDetail> staleVersion(RuntimeException e, HttpServletRequest request) {
        return respond(problem("stale-version", "The record has changed since you read it", HttpStatus.CONFLICT,
                e.getMessage() + "; your change was not applied", request));
    }

    /** The nominal reference in the request path ({@code .../nominals/{ref}/...}), or empty if there is none. */
    protected static String refOf(HttpServletRequest request) {
        List<String> parts = List.of(request.getRequestURI().split("/"));
        int i = parts.indexOf("nominals");
        return i >= 0 && i + 1 < parts.size() ? parts.get(i + 1) : "";
    }

    protected static ProblemDetail problem(String slug, String title, HttpStatus status, String detail,
                                           HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(BASE + slug));
        p.setTitle(title);
        p.setInstance(URI.create(request.getRequestURI()));
        return p;
    }

    protected static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
