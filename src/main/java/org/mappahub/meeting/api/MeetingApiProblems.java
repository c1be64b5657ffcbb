package org.mappahub.meeting.api;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.meeting.InvalidMeetingException;
import org.mappahub.meeting.MeetingNotFoundException;
import org.mappahub.meeting.StaleMeetingException;
import org.mappahub.web.RecordApiProblems;

/** The meetings API's errors as RFC 9457 problem details; the common ones are {@link RecordApiProblems}'. */
@RestControllerAdvice(assignableTypes = MeetingApi.class)
@Order(0)
class MeetingApiProblems extends RecordApiProblems {

    @ExceptionHandler(InvalidMeetingException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidMeetingException e, HttpServletRequest request) {
        return invalidInput(e.getMessage(), e.problems(), request);
    }

    @ExceptionHandler(StaleMeetingException.class)
    ResponseEntity<ProblemDetail> stale(StaleMeetingException e, HttpServletRequest request) {
        return staleVersion(e, request);
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
