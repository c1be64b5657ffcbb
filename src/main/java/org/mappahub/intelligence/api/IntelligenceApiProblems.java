package org.mappahub.intelligence.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.intelligence.IntelligenceEntryNotFoundException;
import org.mappahub.intelligence.InvalidIntelligenceException;
import org.mappahub.intelligence.StaleIntelligenceEntryException;
import org.mappahub.web.RecordApiProblems;

/**
 * The intelligence log API's errors as RFC 9457 problem details, with the same {@code type} URIs as the nominal API
 * for the same kinds of problem; never a stack trace. The problems common to the record APIs are answered by
 * {@link RecordApiProblems}.
 */
@RestControllerAdvice(assignableTypes = IntelligenceApi.class)
@Order(0)
class IntelligenceApiProblems extends RecordApiProblems {

    @ExceptionHandler(InvalidIntelligenceException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidIntelligenceException e, HttpServletRequest request) {
        return invalidInput(e.getMessage(), e.problems(), request);
    }

    @Override
    protected String unreadableDetail() {
        return "The body must be a JSON object with the fields of an entry (see the OpenAPI document)";
    }

    @ExceptionHandler(StaleIntelligenceEntryException.class)
    ResponseEntity<ProblemDetail> stale(StaleIntelligenceEntryException e, HttpServletRequest request) {
        return staleVersion(e, request);
    }

    @ExceptionHandler(IntelligenceEntryNotFoundException.class)
    ResponseEntity<ProblemDetail> noEntry(IntelligenceEntryNotFoundException e, HttpServletRequest request) {
        return respond(problem("entry-not-found", "No such entry", HttpStatus.NOT_FOUND, e.getMessage(), request));
    }
}
