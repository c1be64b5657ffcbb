package org.mappahub.referral.api;

import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.access.AccessRefusedException;
import org.mappahub.referral.InvalidReferralException;
import org.mappahub.referral.ReferralNotFoundException;
import org.mappahub.referral.StaleReferralException;
import org.mappahub.web.RecordApiProblems;

/** The referral API's errors as RFC 9457 problem details, with the record APIs' {@code type} URIs; never a stack trace. */
@RestControllerAdvice(assignableTypes = ReferralApi.class)
@Order(0)
class ReferralApiProblems extends RecordApiProblems {

    @ExceptionHandler(InvalidReferralException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidReferralException e, HttpServletRequest request) {
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

    @ExceptionHandler(StaleReferralException.class)
    ResponseEntity<ProblemDetail> stale(StaleReferralException e, HttpServletRequest request) {
        return staleVersion(e, request);
    }

    @ExceptionHandler(ReferralNotFoundException.class)
    ResponseEntity<ProblemDetail> noReferral(ReferralNotFoundException e, HttpServletRequest request) {
        return respond(problem("referral-not-found", "No such referral", HttpStatus.NOT_FOUND, e.getMessage(), request));
    }
}
