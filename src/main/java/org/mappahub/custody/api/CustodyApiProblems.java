package org.mappahub.custody.api;

import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.custody.InvalidCustodyException;
import org.mappahub.custody.StaleCustodyException;
import org.mappahub.web.RecordApiProblems;

/**
 * The custody API's errors as RFC 9457 problem details, with the same {@code type} URIs as the nominal and
 * notification APIs for the same kinds of problem; never a stack trace. The problems common to the record APIs are
 * answered by {@link RecordApiProblems}.
 */
@RestControllerAdvice(assignableTypes = CustodyApi.class)
@Order(0)
class CustodyApiProblems extends RecordApiProblems {

    @ExceptionHandler(InvalidCustodyException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidCustodyException e, HttpServletRequest request) {
        return invalidInput(e.getMessage(), new TreeMap<>(e.problems()), request);
    }

    @Override
    protected String unreadableDetail() {
        return "The body must be a JSON object";
    }

    @Override
    protected String reasonRequiredDetail(AccessRefusedException e, HttpServletRequest request) {
        return "The record is managed by " + e.access().area() + ". POST {\"reason\": \"...\"} to the record's "
                + "access-reasons to see it; the reason is audited.";
    }

    @ExceptionHandler(StaleCustodyException.class)
    ResponseEntity<ProblemDetail> stale(StaleCustodyException e, HttpServletRequest request) {
        return staleVersion(e, request);
    }
}
