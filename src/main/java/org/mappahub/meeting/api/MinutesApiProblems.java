package org.mappahub.meeting.api;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.mappahub.meeting.InvalidMeetingException;
import org.mappahub.meeting.MeetingNotFoundException;
import org.mappahub.meeting.MinutesContent;
import org.mappahub.meeting.MinutesNotFoundException;
import org.mappahub.web.RecordApiProblems;

/** The minutes API's errors as RFC 9457 problem details; the common ones are {@link RecordApiProblems}'. */
@RestControllerAdvice(assignableTypes = MinutesApi.class)
@Order(0)
class MinutesApiProblems extends RecordApiProblems {

    /** No version was sent with a change. */
    static final class VersionRequired extends RuntimeException {
    }

    /** A change against a version that is no longer current, with what is stored now and what the user sent. */
    static final class Conflict extends RuntimeException {
        final int yourVersion;
        final Map<String, Object> stored;
        final Map<String, Object> yours;
        final List<MinutesContent.Difference> differences;
        final int currentVersion;

        Conflict(String message, int yourVersion, Map<String, Object> stored, Map<String, Object> yours,
                 List<MinutesContent.Difference> differences, int currentVersion) {
            super(message);
            this.yourVersion = yourVersion;
            this.stored = stored;
            this.yours = yours;
            this.differences = differences;
            this.currentVersion = currentVersion;
        }
    }

    @ExceptionHandler(InvalidMeetingException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidMeetingException e, HttpServletRequest request) {
        return invalidInput(e.getMessage(), e.problems(), request);
    }

    @ExceptionHandler(VersionRequired.class)
    ResponseEntity<ProblemDetail> versionRequired(VersionRequired e, HttpServletRequest request) {
        return respond(problem("version-required", "The version you read is required", HttpStatus.PRECONDITION_REQUIRED,
                "Send the version of the minutes you read, as If-Match: \"<version>\" or as version in the body, "
                        + "so that a change made since is never overwritten", request));
    }

    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict e, HttpServletRequest request) {
        ProblemDetail p = problem("stale-version", "The minutes have changed since you read them", HttpStatus.CONFLICT,
                e.getMessage() + "; your change was not applied. The stored minutes, your values and the fields that "
                        + "differ are below: to reapply your edit, send it again with version " + e.currentVersion,
                request);
        p.setProperty("currentVersion", e.currentVersion);
        p.setProperty("yourVersion", e.yourVersion);
        p.setProperty("stored", e.stored);
        if (e.yours != null) {
            p.setProperty("yours", e.yours);
            p.setProperty("differences", e.differences.stream().map(d -> {
                Map<String, Object> x = new java.util.LinkedHashMap<>();
                x.put("field", d.field());
                x.put("label", d.label());
                x.put("stored", d.stored());
                x.put("yours", d.yours());
                return x;
            }).toList());
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .eTag("\"" + e.currentVersion + "\"").body(p);
    }

    @ExceptionHandler({MeetingNotFoundException.class, MinutesNotFoundException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e, HttpServletRequest request) {
        return respond(problem("minutes-not-found", "No such meeting or minutes", HttpStatus.NOT_FOUND, e.getMessage(),
                request));
    }

    @Override
    protected String unreadableDetail() {
        return "The body must be a JSON object with the documented fields only (see the OpenAPI description)";
    }
}
