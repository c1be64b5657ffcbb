package org.mappahub.meeting.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.meeting.ActionNotFoundException;
import org.mappahub.meeting.InvalidActionException;
import org.mappahub.meeting.MeetingNotFoundException;
import org.mappahub.meeting.StaleActionException;
import org.mappahub.web.RecordApiProblems;

/** The actions API's errors as RFC 9457 problem details; the common ones are {@link RecordApiProblems}'. */
@RestControllerAdvice(assignableTypes = ActionApi.class)
@Order(0)
class ActionApiProblems extends RecordApiProblems {

    /** No version was sent with a change. */
    static final class VersionRequired extends RuntimeException {
    }

    @ExceptionHandler(InvalidActionException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidActionException e, HttpServletRequest request) {
        return invalidInput(e.getMessage(), e.problems(), request);
    }

    @ExceptionHandler(StaleActionException.class)
    ResponseEntity<ProblemDetail> stale(StaleActionException e, HttpServletRequest request) {
        return staleVersion(e, request);
    }

    @ExceptionHandler(VersionRequired.class)
    ResponseEntity<ProblemDetail> versionRequired(VersionRequired e, HttpServletRequest request) {
        return respond(problem("version-required", "The version you read is required", HttpStatus.PRECONDITION_REQUIRED,
                "Send the version of the action you read, as If-Match: \"<version>\" or as version in the body, "
                        + "so that a change made since is never overwritten", request));
    }

    @ExceptionHandler(ActionNotFoundException.class)
    ResponseEntity<ProblemDetail> noAction(ActionNotFoundException e, HttpServletRequest request) {
        return respond(problem("action-not-found", "No such action", HttpStatus.NOT_FOUND, e.getMessage(), request));
    }

    @ExceptionHandler(MeetingNotFoundException.class)
    ResponseEntity<ProblemDetail> noMeeting(MeetingNotFoundException e, HttpServletRequest request) {
        return respond(problem("meeting-not-found", "No such meeting", HttpStatus.NOT_FOUND, e.getMessage(), request));
    }

    @Override
    protected String unreadableDetail() {
        return "The body must be a JSON object with the documented fields only (see the OpenAPI description)";
    }
}
