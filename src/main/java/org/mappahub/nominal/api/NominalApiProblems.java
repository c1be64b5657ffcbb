package org.mappahub.nominal.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

import org.mappahub.nominal.InvalidNominalException;
import org.mappahub.access.AccessPolicy;
import org.mappahub.access.AccessRefusedException;
import org.mappahub.nominal.NominalNotFoundException;
import org.mappahub.nominal.Nominals;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.nominal.StoredNominal;
import org.mappahub.nominal.api.ApiProblem.FieldError;

/**
 * Turns every error of the nominal API into an RFC 9457 problem detail ({@code application/problem+json})
 * with a stable {@code type} per kind ({@link ProblemType}), a plain-English {@code detail}, and, where
 * fields are at fault, an {@code errors} array of {@code {field, message}}. Never a stack trace.
 * Scoped to the API's controllers, so the web pages keep their HTML error pages.
 */
@RestControllerAdvice(assignableTypes = NominalApi.class)
@org.springframework.core.annotation.Order(0)
class NominalApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(NominalApiProblems.class);

    private final Nominals nominals;

    NominalApiProblems(Nominals nominals) {
        this.nominals = nominals;
    }

    @ExceptionHandler(InvalidNominalException.class)
    ResponseEntity<Object> invalid(InvalidNominalException e, HttpServletRequest request) {
        List<FieldError> errors = e.problems().stream().map(p -> new FieldError(p.field(), p.message())).toList();
        ProblemDetail problem = problem(ProblemType.INVALID_NOMINAL, HttpStatus.BAD_REQUEST,
                errors.size() == 1 ? "1 field is not valid; nothing was changed"
                        : errors.size() + " fields are not valid; nothing was changed", request);
        problem.setProperty("errors", errors);
        return respond(problem);
    }

    @ExceptionHandler(StaleNominalException.class)
    ResponseEntity<Object> stale(StaleNominalException e, HttpServletRequest request) {
        StoredNominal current = nominals.findByRef(e.ref()).orElse(null);
        if (current == null) {
            return notFound(new NominalNotFoundException(e.ref()), request);
        }
        ProblemDetail problem = problem(ProblemType.STALE_VERSION, HttpStatus.CONFLICT,
                "Nominal " + e.ref() + " is at version " + current.version() + ", changed by " + current.updatedBy()
                        + " at " + current.updatedAt() + "; your change was made against version "
                        + e.expectedVersion() + " and was not applied. Read the record again and reapply your change.",
                request);
        problem.setProperty("currentVersion", current.version());
        problem.setProperty("yourVersion", e.expectedVersion());
        problem.setProperty("changedBy", current.updatedBy());
        problem.setProperty("changedAt", current.updatedAt());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .eTag("\"" + current.version() + "\"").body(problem);
    }

    @ExceptionHandler(NominalNotFoundException.class)
    ResponseEntity<Object> notFound(NominalNotFoundException e, HttpServletRequest request) {
        return respond(problem(ProblemType.NOMINAL_NOT_FOUND, HttpStatus.NOT_FOUND, e.getMessage(), request));
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> refused(ProblemException e, HttpServletRequest request) {
        ProblemDetail problem = problem(e.type(), e.status(), e.getMessage(), request);
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return respond(problem);
    }

    /**
     * The access policy refused: a record the caller may not know exists is "not found", exactly like a ref
     * nobody has; another area's record needs a stated reason first (POST .../access-reasons).
     */
    @ExceptionHandler(AccessRefusedException.class)
    ResponseEntity<Object> policyRefused(AccessRefusedException e, HttpServletRequest request) {
        return switch (e.access().outcome()) {
            case NOT_FOUND -> respond(problem(ProblemType.NOMINAL_NOT_FOUND, HttpStatus.NOT_FOUND, e.getMessage(), request));
            case REASON_REQUIRED -> {
                ProblemDetail problem = problem(ProblemType.REASON_REQUIRED, HttpStatus.FORBIDDEN,
                        "The record is managed by " + e.access().area() + ". POST {\"reason\": \"...\"} to "
                                + request.getRequestURI().replaceAll("/identity$", "") + "/access-reasons to see it for "
                                + AccessPolicy.REASON_LASTS.toHours() + " hours; the reason is audited.", request);
                problem.setProperty("area", e.access().area());
                yield respond(problem);
            }
            default -> respond(problem(ProblemType.FORBIDDEN, HttpStatus.FORBIDDEN, e.getMessage(), request));
        };
    }

    /** Method security refused the call (the caller's role may not do this). */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return respond(problem(ProblemType.FORBIDDEN, HttpStatus.FORBIDDEN, "Your role may not do this.", request));
    }

    /** Anything unforeseen: logged here in full, reported to the caller without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(ProblemType.INTERNAL_ERROR, HttpStatus.INTERNAL_SERVER_ERROR,
                "The request could not be completed. Nothing was changed by it; try again, and report the problem "
                        + "if it persists.", request));
    }

    /** Malformed JSON, a value of the wrong type, an unknown field, or no body at all. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String detail;
        Throwable cause = jacksonCause(ex);
        if (cause instanceof UnrecognizedPropertyException u) {
            String field = path(u);
            String known = u.getKnownPropertyIds() == null ? "" : "; the fields are: " + names(u.getKnownPropertyIds());
            errors.add(new FieldError(field, "is not a field of this request" + known));
            detail = "The body has a field this request does not accept: " + field;
        } else if (cause instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = path(m);
            errors.add(new FieldError(field, "must be " + expected(m.getTargetType())));
            detail = "The body has a value of the wrong type: " + field;
        } else if (cause instanceof MismatchedInputException) {
            detail = "The body must be a JSON object";
        } else if (cause instanceof StreamReadException s) {
            detail = "The body is not valid JSON: " + s.getOriginalMessage()
                    + (s.getLocation() == null ? "" : " (line " + s.getLocation().getLineNr() + ", column "
                    + s.getLocation().getColumnNr() + ")");
        } else if (cause instanceof JacksonException) {
            // Its message names Java types: say what is wrong in the caller's terms instead.
            detail = "The body could not be read as this request; see the API's OpenAPI document for its shape";
        } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            detail = "The request has no body; send a JSON object";
        } else {
            detail = "The body could not be read; send a JSON object";
        }
        ProblemDetail problem = problem(ProblemType.MALFORMED_REQUEST, HttpStatus.BAD_REQUEST, detail, request);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return respond(problem);
    }

    /** A path variable, query parameter or header that does not convert to its type. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        String message = "must be " + expected(ex.getRequiredType());
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER, HttpStatus.BAD_REQUEST,
                name + " " + message, request);
        problem.setProperty("errors", List.of(new FieldError(name, message)));
        return respond(problem);
    }

    /** A required query parameter left out. */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        String message = "is required";
        ProblemDetail problem = problem(ProblemType.INVALID_PARAMETER, HttpStatus.BAD_REQUEST,
                "The query parameter " + ex.getParameterName() + " " + message, request);
        problem.setProperty("errors", List.of(new FieldError(ex.getParameterName(), message)));
        return respond(problem);
    }

    /** Framework-detected problems (unsupported media type, method not allowed, ...): keep the status, add the instance. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail p && p.getInstance() == null && request instanceof NativeWebRequest n
                && n.getNativeRequest() instanceof HttpServletRequest r) {
            p.setInstance(URI.create(r.getRequestURI()));
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static ProblemDetail problem(ProblemType type, HttpStatus status, String detail, WebRequest request) {
        HttpServletRequest servletRequest = request instanceof NativeWebRequest n
                ? n.getNativeRequest(HttpServletRequest.class) : null;
        return problem(type, status, detail, servletRequest);
    }

    private static ProblemDetail problem(ProblemType type, HttpStatus status, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        if (request != null) {
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        return problem;
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** The outermost Jackson exception (it carries the path); its own cause may be, say, a DateTimeParseException. */
    private static Throwable jacksonCause(Throwable e) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof JacksonException) {
                return t;
            }
        }
        return e;
    }

    /** The JSON path of the field at fault, as the body names it: {@code givenNames[1]}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(body)" : path.toString();
    }

    private static String names(Collection<Object> ids) {
        return ids.stream().map(Objects::toString).sorted().collect(Collectors.joining(", "));
    }

    /** What a value of the type looks like, in words a caller understands (never a Java class name). */
    static String expected(Class<?> type) {
        if (type == null) {
            return "a value of the right type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "a date written YYYY-MM-DD";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return "an object";
    }
}
