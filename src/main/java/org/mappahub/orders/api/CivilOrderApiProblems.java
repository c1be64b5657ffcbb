package org.mappahub.orders.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.nominal.StoredNominal;
import org.mappahub.orders.InvalidOrderException;
import org.mappahub.orders.OrderNotFoundException;
import org.mappahub.web.RecordApiProblems;

/**
 * The civil orders API's errors as RFC 9457 problem details, with the same {@code type} URIs as the nominal API for
 * the same kinds of problem; never a stack trace. The problems common to the record APIs are answered by
 * {@link RecordApiProblems}.
 */
@RestControllerAdvice(assignableTypes = CivilOrderApi.class)
@Order(0)
class CivilOrderApiProblems extends RecordApiProblems {

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
        return invalidInput(e.getMessage(), e.problems(), request);
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

    @Override
    protected String unreadableDetail() {
        return "The body must be a JSON object";
    }

    /** Unlike the other record APIs, an unreadable body here is a malformed request, not an invalid parameter. */
    @Override
    protected ProblemDetail unreadableProblem(HttpServletRequest request) {
        return problem("malformed-request", "The request body could not be read", HttpStatus.BAD_REQUEST,
                unreadableDetail(), request);
    }

    @ExceptionHandler(StaleNominalException.class)
    ResponseEntity<ProblemDetail> stale(StaleNominalException e, HttpServletRequest request) {
        StoredNominal current;
        try {
            current = records.read(e.ref()).stored(); // as the user, under the policy, like any read
        } catch (RuntimeException unreadable) { // access lost meanwhile, or the record gone: say only that it changed
            return staleVersion(e, request);
        }
        ProblemDetail p = problem("stale-version", "The record has changed since you read it", HttpStatus.CONFLICT,
                "Nominal " + e.ref() + " is at version " + current.version() + ", changed by " + current.updatedBy()
                        + " at " + current.updatedAt() + "; your change was made against version " + e.expectedVersion()
                        + " and was not applied. Read the orders again and reapply your change.", request);
        p.setProperty("currentVersion", current.version());
        p.setProperty("yourVersion", e.expectedVersion());
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .eTag("\"" + current.version() + "\"").body(p);
    }

    @ExceptionHandler(OrderNotFoundException.class)
    ResponseEntity<ProblemDetail> noOrder(OrderNotFoundException e, HttpServletRequest request) {
        return respond(problem("order-not-found", "No such order", HttpStatus.NOT_FOUND, e.getMessage(), request));
    }
}
