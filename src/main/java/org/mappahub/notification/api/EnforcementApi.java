package org.mappahub.notification.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.mappahub.access.CaseEditor;
import org.mappahub.notification.BreachesAndReviews;
import org.mappahub.notification.BreachesAndReviews.BreachOutcome;
import org.mappahub.notification.BreachesAndReviews.Decision;
import org.mappahub.notification.BreachesAndReviews.Enforcement;
import org.mappahub.notification.BreachesAndReviews.Review;
import org.mappahub.notification.InvalidNotificationException;
import org.mappahub.notification.NotificationRequirements;
import org.mappahub.rules.NotificationReview.Rank;

/**
 * Breaches of the notification requirements and applications for review over HTTP; they are read with the rest of
 * the notification record ({@code GET …/notification}). The same service and policy as the pages.
 */
@RestController
@RequestMapping(path = "/api/v1/nominals/{ref}/notification", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Notification requirements")
class EnforcementApi {

    private final NotificationRequirements requirements;
    private final BreachesAndReviews enforcement;

    EnforcementApi(NotificationRequirements requirements, BreachesAndReviews enforcement) {
        this.requirements = requirements;
        this.enforcement = enforcement;
    }

    /**
     * A breach as a client sends it: the record version it read ({@code recordVersion} of the notification
     * record), and {@code position} to change an existing breach's outcome.
     */
    public record BreachChange(Integer recordVersion, Integer position, String outcome, String date) {
    }

    @PostMapping(path = "/breaches", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Record a breach of the notification requirements, or change a breach's outcome",
            description = "outcome is CAUTIONED, CONVICTED, NO_FURTHER_ACTION or PENDING; date is that of the caution "
                    + "or conviction, or of the breach while PENDING (MCIF/1 NOTIFICATION_BREACH). With position, the "
                    + "breach at that position is changed. A stale recordVersion is refused with 409.")
    @ApiResponse(responseCode = "200", description = "The notification record as saved")
    @ApiResponse(responseCode = "400", description = "Invalid fields; nothing was recorded")
    @ApiResponse(responseCode = "409", description = "The record changed since the version sent; nothing was written")
    public Map<String, Object> breach(@PathVariable String ref, @RequestBody BreachChange body) {
        Map<String, String> problems = new LinkedHashMap<>();
        BreachOutcome outcome = ApiFields.parse(BreachOutcome.class, body.outcome(), "outcome", problems);
        LocalDate date = ApiFields.date(body.date(), "date", problems);
        if (body.recordVersion() == null) {
            problems.put("recordVersion", "recordVersion is required: the recordVersion of the notification record you read");
        }
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        if (body.position() == null) {
            enforcement.recordBreach(ref, body.recordVersion(), outcome, date);
        } else {
            enforcement.changeBreach(ref, body.recordVersion(), body.position(), outcome, date);
        }
        return NotificationApi.resource(requirements.view(ref));
    }

    /** An application for review as a client sends it. */
    public record NewApplication(String appliedOn) {
    }

    @PostMapping(path = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Record an application for review of indefinite notification",
            description = "Refused unless the requirement is indefinite, the person is not under an SHPO or SOPO, and "
                    + "the date is on or after the qualifying date (SOA 2003 ss.91A, 91B); the message names the rule.")
    @ApiResponse(responseCode = "201", description = "Recorded; the body is the application")
    @ApiResponse(responseCode = "400", description = "Invalid, or the person does not qualify; nothing was recorded")
    public ResponseEntity<Map<String, Object>> apply(@PathVariable String ref, @RequestBody NewApplication body) {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate appliedOn = ApiFields.date(body.appliedOn(), "appliedOn", problems);
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(review(enforcement.recordApplication(ref, appliedOn)));
    }

    /** The decision as a client sends it, with the version of the application it read. */
    public record DecisionChange(Integer version, String decision, String decidedOn, String decidedBy, String rank,
                                 String reasons) {
    }

    @PutMapping(path = "/reviews/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Record the decision on an application for review",
            description = "decision is REVOKED or CONTINUED; rank must be SUPERINTENDENT or above. A revocation ends "
                    + "the requirement on the day of the decision.")
    @ApiResponse(responseCode = "200", description = "The application with its decision")
    @ApiResponse(responseCode = "400", description = "Invalid fields or a rank below superintendent; nothing was recorded")
    @ApiResponse(responseCode = "409", description = "The application changed or was decided since the version sent")
    public Map<String, Object> decide(@PathVariable String ref, @PathVariable long id, @RequestBody DecisionChange body) {
        Map<String, String> problems = new LinkedHashMap<>();
        Decision decision = ApiFields.parse(Decision.class, body.decision(), "decision", problems);
        Rank rank = ApiFields.parse(Rank.class, body.rank(), "rank", problems);
        LocalDate decidedOn = ApiFields.date(body.decidedOn(), "decidedOn", problems);
        if (body.version() == null) {
            problems.put("version", "version is required: the version of the application you read");
        }
        if (!problems.isEmpty()) {
            throw new InvalidNotificationException(problems);
        }
        return review(enforcement.recordDecision(ref, id, body.version(), decision, decidedOn, body.decidedBy(), rank,
                body.reasons()));
    }

    /** The breaches and reviews in the notification record's resource. */
    static void describe(Enforcement e, Map<String, Object> resource) {
        resource.put("recordVersion", e.recordVersion());
        resource.put("breaches", e.breaches().stream().map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("position", b.position());
            m.put("date", b.date().toString());
            m.put("outcome", b.outcome().name());
            return m;
        }).toList());
        resource.put("reviewQualifyingDate", e.qualifyingDate() == null ? null : e.qualifyingDate().toString());
        resource.put("reviews", e.reviews().stream().map(EnforcementApi::review).toList());
    }

    private static Map<String, Object> review(Review r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("appliedOn", text(r.appliedOn()));
        m.put("qualifyingDate", text(r.qualifyingDate()));
        m.put("decision", r.decision() == null ? null : r.decision().name());
        m.put("decidedOn", text(r.decidedOn()));
        m.put("decidedBy", r.decidedBy());
        m.put("rank", r.rank() == null ? null : r.rank().name());
        m.put("reasons", r.reasons());
        m.put("version", r.version());
        return m;
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
