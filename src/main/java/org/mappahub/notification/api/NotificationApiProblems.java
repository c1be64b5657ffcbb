package org.mappahub.notification.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.nominal.StaleNominalException;
import org.mappahub.notification.InvalidNotificationException;
import org.mappahub.notification.NotificationNotFoundException;
import org.mappahub.notification.StaleNotificationException;
import org.mappahub.notification.StaleRequirementException;
import org.mappahub.web.RecordApiProblems;

/**
 * The notification API's errors as RFC 9457 problem details, with the same {@code type} URIs as the nominal API
 * for the same kinds of problem; never a stack trace. The problems common to the record APIs are answered by
 * {@link RecordApiProblems}.
 */
@RestControllerAdvice(assignableTypes = {NotificationApi.class, EnforcementApi.class})
@Order(0)
class NotificationApiProblems extends RecordApiProblems {

    @ExceptionHandler(InvalidNotificationException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidNotificationException e, HttpServletRequest request) {
        return invalidInput(e.getMessage(), e.problems(), request);
    }

    @Override
    protected String unreadableDetail() {
        return "The body must be JSON with the fields this operation documents, dates as YYYY-MM-DD";
    }

    @ExceptionHandler(NotificationNotFoundException.class)
    ResponseEntity<ProblemDetail> noNotification(NotificationNotFoundException e, HttpServletRequest request) {
        return respond(problem("notification-not-found", "No such notification", HttpStatus.NOT_FOUND, e.getMessage(),
                request));
    }

    @ExceptionHandler(NotificationApi.VersionRequiredException.class)
    ResponseEntity<ProblemDetail> versionRequired(RuntimeException e, HttpServletRequest request) {
        return respond(problem("version-required", "Version required", HttpStatus.PRECONDITION_REQUIRED,
                "Send the version of the notification you read, so that a correction made since is not overwritten",
                request));
    }

    @ExceptionHandler({StaleRequirementException.class, StaleNotificationException.class, StaleNominalException.class})
    ResponseEntity<ProblemDetail> stale(RuntimeException e, HttpServletRequest request) {
        return staleVersion(e, request);
    }
}
