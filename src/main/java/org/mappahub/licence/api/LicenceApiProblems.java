package org.mappahub.licence.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.licence.InvalidLicenceException;
import org.mappahub.licence.LicenceNotFoundException;
import org.mappahub.licence.StaleLicenceException;
import org.mappahub.web.RecordApiProblems;

/**
 * The licence API's errors as RFC 9457 problem details, with the same {@code type} URIs as the nominal API
 * for the same kinds of problem; never a stack trace. The problems common to the record APIs are answered by
 * {@link RecordApiProblems}.
 */
@RestControllerAdvice(assignableTypes = LicenceApi.class)
@Order(0)
class LicenceApiProblems extends RecordApiProblems {

    @ExceptionHandler(InvalidLicenceException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidLicenceException e, HttpServletRequest request) {
        return invalidInput(e.getMessage(), e.problems(), request);
    }

    @Override
    protected String unreadableDetail() {
        return "The body must be JSON with the documented fields only (see the OpenAPI description): "
                + "a field that is not one of them, or a value of the wrong type, is refused";
    }

    @ExceptionHandler(StaleLicenceException.class)
    ResponseEntity<ProblemDetail> stale(StaleLicenceException e, HttpServletRequest request) {
        return staleVersion(e, request);
    }

    @ExceptionHandler(LicenceNotFoundException.class)
    ResponseEntity<ProblemDetail> noLicence(LicenceNotFoundException e, HttpServletRequest request) {
        return respond(problem("licence-not-found", "No such licence", HttpStatus.NOT_FOUND, e.getMessage(), request));
    }
}
