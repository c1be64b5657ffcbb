package org.mappahub.meeting.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import org.mappahub.access.CaseReader;
import org.mappahub.meeting.InvalidActionException;
import org.mappahub.meeting.MeetingActions;
import org.mappahub.meeting.MeetingActions.Action;
import org.mappahub.meeting.MeetingActions.Tracker;

/**
 * Actions agreed at MAPP meetings over HTTP: a person's actions (all, or a duty-to-co-operate agency's own), one
 * action, a meeting's actions; record one for a meeting; record progress or completion; cancel or reassign. Bodies
 * are JSON objects with the documented fields only (another field is refused, named); every change names the version
 * it was made against ({@code If-Match} or {@code version}; 428 without one, 409 when stale). The decisions are
 * {@link MeetingActions}'; errors are problem details ({@link ActionApiProblems}).
 */
@RestController
@Tag(name = "Actions", description = "Actions agreed at MAPP meetings, their owners, deadlines and completion (MAPPA.md §4.3)")
class ActionApi {

    static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    static final String PROBLEM = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final MeetingActions actions;

    ActionApi(MeetingActions actions) {
        this.actions = actions;
    }

    @GetMapping(path = "/api/v1/nominals/{ref}/actions", produces = {JSON, PROBLEM})
    @CaseReader
    @Operation(summary = "The person's actions: all of them, or (for a DTC or voluntary agency) the agency's own")
    Map<String, Object> list(@PathVariable String ref) {
        Tracker t = actions.tracker(ref);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ref", t.ref());
        out.put("scope", t.allActions() ? "ALL_ACTIONS" : "OWN_AGENCY_ACTIONS");
        out.put("open", t.open());
        out.put("overdue", t.overdue());
        out.put("actions", t.actions().stream().map(a -> json(a, t.today())).toList());
        return out;
    }

    @GetMapping(path = "/api/v1/nominals/{ref}/actions/{actionId}", produces = {JSON, PROBLEM})
    @CaseReader
    @Operation(summary = "One action (404 for an action the user does not see)")
    Map<String, Object> one(@PathVariable String ref, @PathVariable long actionId) {
        MeetingActions.One one = actions.one(ref, actionId);
        return json(one.action(), one.today());
    }

    @GetMapping(path = "/api/v1/nominals/{ref}/meetings/{meetingId}/actions", produces = {JSON, PROBLEM})
    @CaseReader
    @Operation(summary = "The actions agreed at a meeting (Responsible Authority staff who see the full history)")
    Map<String, Object> atMeeting(@PathVariable String ref, @PathVariable long meetingId) {
        MeetingActions.AtMeeting at = actions.atMeeting(ref, meetingId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("meetingId", at.meetingId());
        out.put("actions", at.actions().stream().map(a -> json(a, at.today())).toList());
        return out;
    }

    @PostMapping(path = "/api/v1/nominals/{ref}/meetings/{meetingId}/actions", consumes = JSON, produces = {JSON, PROBLEM})
    @CaseReader
    @Operation(summary = "Record an action agreed at a meeting held or being held: description, agencyId, "
            + "ownerUsername or ownerName (optional), deadline (yyyy-mm-dd)")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named; nothing was recorded")
    ResponseEntity<Map<String, Object>> record(@PathVariable String ref, @PathVariable long meetingId,
                                               @RequestBody JsonNode body) {
        Fields f = new Fields(body, Set.of("description", "agencyId", "ownerUsername", "ownerName", "deadline"));
        MeetingActions.NewAction input = new MeetingActions.NewAction(f.text("description"), f.number("agencyId"),
                f.text("ownerUsername"), f.text("ownerName"), f.date("deadline"));
        f.refuseIfAny();
        long id = actions.record(ref, meetingId, input);
        MeetingActions.One one = actions.one(ref, id);
        return ResponseEntity.created(URI.create("/api/v1/nominals/" + ref + "/actions/" + id))
                .body(json(one.action(), one.today()));
    }

    @PutMapping(path = "/api/v1/nominals/{ref}/actions/{actionId}/progress", consumes = JSON, produces = {JSON, PROBLEM})
    @CaseReader
    @Operation(summary = "The owning agency records progress (progress) or completion (status COMPLETED, "
            + "completionNote, completedOn yyyy-mm-dd), with the version")
    @ApiResponse(responseCode = "428", description = "No version was sent")
    @ApiResponse(responseCode = "409", description = "The action changed since that version; nothing was written")
    Map<String, Object> progress(@PathVariable String ref, @PathVariable long actionId,
                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                 @RequestBody JsonNode body) {
        Fields f = new Fields(body, Set.of("version", "status", "progress", "completionNote", "completedOn"));
        String status = f.text("status");
        LocalDate completedOn = f.date("completedOn");
        if (status != null && !"COMPLETED".equals(status)) {
            f.problems.put("status", "status is COMPLETED to record completion, or left out to record progress");
        }
        int version = f.version(ifMatch);
        f.refuseIfAny();
        if ("COMPLETED".equals(status)) {
            actions.complete(ref, actionId, version, f.text("completionNote"), completedOn);
        } else {
            actions.recordProgress(ref, actionId, version, f.text("progress"));
        }
        return one(ref, actionId);
    }

    @PutMapping(path = "/api/v1/nominals/{ref}/actions/{actionId}/management", consumes = JSON, produces = {JSON, PROBLEM})
    @CaseReader
    @Operation(summary = "The co-ordinator or chair cancels (status CANCELLED, reason) or reassigns (agencyId, "
            + "ownerUsername or ownerName, deadline) an open action, with the version")
    @ApiResponse(responseCode = "428", description = "No version was sent")
    @ApiResponse(responseCode = "409", description = "The action changed since that version; nothing was written")
    Map<String, Object> manage(@PathVariable String ref, @PathVariable long actionId,
                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                               @RequestBody JsonNode body) {
        Fields f = new Fields(body, Set.of("version", "status", "reason", "agencyId", "ownerUsername", "ownerName",
                "deadline"));
        String status = f.text("status");
        Long agency = f.number("agencyId");
        LocalDate deadline = f.date("deadline");
        if (status != null && !"CANCELLED".equals(status)) {
            f.problems.put("status", "status is CANCELLED to cancel, or left out to reassign");
        }
        int version = f.version(ifMatch);
        f.refuseIfAny();
        if ("CANCELLED".equals(status)) {
            actions.cancel(ref, actionId, version, f.text("reason"));
        } else {
            actions.reassign(ref, actionId, version, agency, f.text("ownerUsername"), f.text("ownerName"), deadline);
        }
        return one(ref, actionId);
    }

    static Map<String, Object> json(Action a, LocalDate today) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", a.id());
        out.put("version", a.version());
        if (a.meetingDate() != null) { // nothing of the meetings for a viewer who does not see them
            out.put("meetingId", a.meetingId());
            out.put("meetingDate", a.meetingDate().toString());
        }
        out.put("description", a.description());
        out.put("agencyId", a.agencyId());
        out.put("agency", a.agencyName());
        out.put("ownerUsername", a.ownerUsername());
        out.put("owner", a.person());
        out.put("deadline", a.deadline().toString());
        out.put("status", a.status().name());
        out.put("overdue", a.overdue(today));
        out.put("due", a.timeliness(today) == null ? null : a.timeliness(today).name());
        out.put("progress", a.progress());
        out.put("completionNote", a.completionNote());
        out.put("completedOn", a.completedOn() == null ? null : a.completedOn().toString());
        out.put("completedOnTime", a.completedOnTime());
        out.put("cancelReason", a.cancelReason());
        out.put("createdBy", a.createdBy());
        out.put("updatedBy", a.updatedBy());
        return out;
    }

    /** The body's fields; the version from the body or If-Match, and the refusal is the actions' own. */
    private static final class Fields extends BodyFields {

        Fields(JsonNode body, Set<String> known) {
            super(body, known, new LinkedHashMap<>());
        }

        /** The version from the body, else from If-Match; neither: 428 (once the body's own problems are told). */
        int version(String ifMatch) {
            Long v = number("version");
            if (v == null && ifMatch != null && !problems.containsKey("version")) {
                try {
                    v = Long.valueOf(ifMatch.strip().replace("W/", "").replace("\"", ""));
                } catch (NumberFormatException e) {
                    problems.put("If-Match", "If-Match must be the action's version, like \"3\"");
                }
            }
            if (v == null && problems.isEmpty()) {
                throw new ActionApiProblems.VersionRequired();
            }
            return v == null ? -1 : v.intValue();
        }

        void refuseIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidActionException(problems);
            }
        }
    }
}
