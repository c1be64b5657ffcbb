package org.mappahub.notification.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.notification.InvalidNotificationException;
import org.mappahub.notification.NotificationKind;
import org.mappahub.notification.NotificationRequirements;
import org.mappahub.notification.NotificationRequirements.Notification;
import org.mappahub.notification.NotificationRequirements.Picture;
import org.mappahub.rules.Disposal;

/**
 * A person's notification requirement over HTTP: read it (with the notifications made and the next one due),
 * record the requirement and record a notification. The same service and policy as the pages: part of the full history (a DTC representative
 * is refused with 403 even on a shared case), recorded only by the owning area's editors. Errors are problem
 * details ({@link NotificationApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/nominals/{ref}", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Notification requirements", description = "Sex-offender notification (SOA 2003 Part 2)")
class NotificationApi {

    private final NotificationRequirements requirements;

    NotificationApi(NotificationRequirements requirements) {
        this.requirements = requirements;
    }

    /** A notification as a client sends it: kind, date (YYYY-MM-DD) and optional notes. */
    public record NewNotification(String kind, String madeOn, String notes) {
    }

    @GetMapping("/notification")
    @CaseReader
    @Operation(summary = "Read a person's notification requirement",
            description = "The requirement (its start, period as INDEFINITE or ISO-8601, and the first day free of it), "
                    + "the notifications made, newest first, and the next one due with whether it is overdue today.")
    @ApiResponse(responseCode = "200", description = "The notification record; requirement and nextDue are null when none")
    @ApiResponse(responseCode = "403", description = "Another area's record without a stated reason, or a user who does not see the full history")
    @ApiResponse(responseCode = "404", description = "No nominal has this ref (for this user)")
    public Map<String, Object> read(@PathVariable String ref) {
        return resource(requirements.view(ref));
    }

    @PostMapping(path = "/notifications", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Record a notification the person made",
            description = "kind is one of INITIAL, CHANGE_OF_NAME, CHANGE_OF_ADDRESS, PERIODIC, TRAVEL, HOUSEHOLD_WITH_CHILD.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid fields; nothing was recorded")
    public ResponseEntity<Map<String, Object>> record(@PathVariable String ref, @RequestBody NewNotification body) {
        Map<String, String> problems = new LinkedHashMap<>();
        NotificationKind kind = ApiFields.parse(NotificationKind.class, body.kind(), "kind", problems);
        LocalDate madeOn = ApiFields.date(body.madeOn(), "madeOn", problems);
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        Notification made = requirements.recordNotification(ref, kind, madeOn, body.notes());
        return ResponseEntity.status(HttpStatus.CREATED).body(notification(made));
    }

    /** A correction of a notification: the whole notification as it should be, and the version read. */
    public record NotificationCorrection(String kind, String madeOn, String notes, Integer version) {
    }

    @PutMapping(path = "/notifications/{notificationId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Correct a notification recorded with a mistake",
            description = "Replaces its kind, date and notes, checked as a new notification is. Send the version you "
                    + "read; a stale one is refused with 409. The earlier values stay in the audit trail.")
    @ApiResponse(responseCode = "200", description = "The notification as corrected")
    @ApiResponse(responseCode = "400", description = "Invalid fields; nothing was changed")
    @ApiResponse(responseCode = "404", description = "No such notification on this record")
    @ApiResponse(responseCode = "409", description = "Corrected by someone else since the version sent; nothing was changed")
    @ApiResponse(responseCode = "428", description = "No version sent")
    public Map<String, Object> correct(@PathVariable String ref, @PathVariable long notificationId,
                                       @RequestBody NotificationCorrection body) {
        Map<String, String> problems = new LinkedHashMap<>();
        NotificationKind kind = ApiFields.parse(NotificationKind.class, body.kind(), "kind", problems);
        LocalDate madeOn = ApiFields.date(body.madeOn(), "madeOn", problems);
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        if (body.version() == null) {
            throw new VersionRequiredException();
        }
        return notification(requirements.correctNotification(ref, notificationId, body.version(), kind, madeOn,
                body.notes()));
    }

    /** The requirement as a client sends it; version is the one read (absent when there was none). */
    public record RequirementChange(String disposal, Integer lengthMonths, String convictionDate, Integer version) {
    }

    @PutMapping(path = "/notification/requirement", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Record or change the notification requirement",
            description = "The period and its end are computed from the disposal, its length in months (imprisonment, "
                    + "conditional discharge), the date of conviction or caution and the person's age on it (SOA 2003 "
                    + "s.82). Send the version you read to change an existing requirement; a stale one is refused with 409.")
    @ApiResponse(responseCode = "200", description = "The notification record with the requirement as saved")
    @ApiResponse(responseCode = "400", description = "Invalid fields, or input the law does not allow (the message names the rule)")
    @ApiResponse(responseCode = "409", description = "The requirement changed since the version sent; nothing was written")
    public Map<String, Object> recordRequirement(@PathVariable String ref, @RequestBody RequirementChange body) {
        Map<String, String> problems = new LinkedHashMap<>();
        Disposal disposal = ApiFields.parse(Disposal.class, body.disposal(), "disposal", problems);
        LocalDate convicted = ApiFields.date(body.convictionDate(), "convictionDate", problems);
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        requirements.recordRequirement(ref, disposal, body.lengthMonths(), convicted, body.version());
        return resource(requirements.view(ref));
    }

    static Map<String, Object> resource(Picture p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", p.ref());
        var r = p.requirement();
        if (r == null) {
            m.put("requirement", null);
        } else {
            Map<String, Object> req = new LinkedHashMap<>();
            req.put("startsOn", r.startsOn().toString());
            req.put("disposal", r.disposal().name());
            req.put("lengthMonths", r.lengthMonths());
            req.put("ageAtConviction", r.ageAtConviction());
            req.put("period", r.period());
            req.put("endsOn", r.endsOn() == null ? null : r.endsOn().toString());
            req.put("revokedOn", r.revokedOn() == null ? null : r.revokedOn().toString());
            req.put("version", r.version());
            m.put("requirement", req);
        }
        m.put("notifications", p.notifications().stream().map(NotificationApi::notification).toList());
        var next = p.nextDue();
        if (next == null) {
            m.put("nextDue", null);
        } else {
            Map<String, Object> due = new LinkedHashMap<>();
            due.put("due", next.due() == null ? null : next.due().toString()); // null: due within 3 days of release
            due.put("inCustodySince", next.inCustodySince() == null ? null : next.inCustodySince().toString());
            due.put("overdue", next.overdue());
            due.put("days", next.days());
            m.put("nextDue", due);
        }
        EnforcementApi.describe(p.enforcement(), m);
        return m;
    }

    private static Map<String, Object> notification(Notification n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("kind", n.kind().name());
        m.put("madeOn", n.madeOn().toString());
        m.put("notes", n.notes());
        m.put("recordedBy", n.recordedBy());
        m.put("version", n.version());
        return m;
    }

    /** A correction sent without the version it was made against (428). */
    static class VersionRequiredException extends RuntimeException {
    }
}
