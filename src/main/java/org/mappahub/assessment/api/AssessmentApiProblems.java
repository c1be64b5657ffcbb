package org.mappahub.assessment.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.assessment.AssessmentNotFoundException;
import org.mappahub.assessment.InvalidAssessmentException;
import org.mappahub.assessment.StaleAssessmentException;
import org.mappahub.web.RecordApiProblems;

/**
 * The risk assessment API's errors as RFC 9457 problem details, with the same {@code type} URIs as the nominal API
 * for the same kinds of problem; never a stack trace. The problems common to the record APIs are answered by
 * {@link RecordApiProblems}.
 */
@RestControllerAdvice(assignableTypes = AssessmentApi.class)
@Order(0)
class AssessmentApiProblems extends RecordApiProblems {

    @ExceptionHandler(InvalidAssessmentException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidAssessmentException e, HttpServletRequest request) {
        return invalidInput(e.getMessage(), e.problems(), request);
    }

    @Override
    protected String unreadableDetail() {
        return "The body must be a JSON object: "
                + "{\"tool\": ..., \"assessedOn\": \"YYYY-MM-DD\", \"levels\": {...}, ...}";
    }

    @ExceptionHandler(StaleAssessmentException.class)
    ResponseEntity<ProblemDetail> stale(StaleAssessmentException e, HttpServletRequest request) {
        return staleVersion(e, request);
    }

    @ExceptionHandler(AssessmentNotFoundException.class)
    ResponseEntity<ProblemDetail> noAssessment(AssessmentNotFoundException e, HttpServletRequest request) {
        return respond(problem("assessment-not-found", "No such risk assessment", HttpStatus.NOT_FOUND, e.getMessage(),
                request));
    }
}
