package org.mappahub.meeting.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import org.mappahub.access.CaseReader;
import org.mappahub.meeting.Attendance;
import org.mappahub.meeting.InvalidMeetingException;
import org.mappahub.meeting.MappMeetings;
import org.mappahub.meeting.MappMeetings.Meeting;
import org.mappahub.meeting.MappMeetings.Picture;
import org.mappahub.meeting.MeetingKind;
import org.mappahub.meeting.ReviewCycle;

/**
 * A person's MAPP meetings over HTTP: read them with the review cycle; schedule, invite, add a dial-in participant,
 * record held (with attendance) or cancelled. Bodies are JSON objects with the documented fields only (another field
 * is refused, named); every change carries the meeting's {@code version} (stale: 409). The decisions are
 * {@link MappMeetings}'; errors are problem details ({@link MeetingApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/nominals/{ref}/meetings", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "MAPP meetings", description = "Scheduling, invitations, attendance and the review cycle (MAPPA.md §4.3)")
class MeetingApi {

    private final MappMeetings meetings;

    MeetingApi(MappMeetings meetings) {
        this.meetings = meetings;
    }

    @GetMapping
    @CaseReader
    @Operation(summary = "The person's MAPP meetings and review cycle")
    @ApiResponse(responseCode = "403", description = "Another area's record without a stated reason, or a user who does not see the full history")
    Map<String, Object> list(@PathVariable String ref) {
        Picture p = meetings.view(ref);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ref", p.ref());
        out.put("reviewCycle", cycle(p.cycle()));
        out.put("meetings", p.meetings().stream().map(MeetingApi::json).toList());
        return out;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseReader
    @Operation(summary = "Schedule a meeting: kind (INITIAL, REVIEW), date (yyyy-mm-dd), time (hh:mm), place, virtual, chair (username)")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named; nothing was recorded")
    ResponseEntity<Map<String, Object>> schedule(@PathVariable String ref, @RequestBody JsonNode body) {
        Map<String, String> problems = new LinkedHashMap<>();
        Fields f = new Fields(body, Set.of("kind", "date", "time", "place", "virtual", "chair"), problems);
        MappMeetings.Schedule input = new MappMeetings.Schedule(f.choice(MeetingKind.class, "kind"), f.date("date"),
                f.time("time"), f.text("place"), "true".equals(f.text("virtual")), f.text("chair"));
        f.refuseIfAny();
        long id = meetings.schedule(ref, input);
        Meeting m = meetings.view(ref).meeting(id);
        return ResponseEntity.created(URI.create("/api/v1/nominals/" + ref + "/meetings/" + id)).body(json(m));
    }

    @GetMapping("/{meetingId}")
    @CaseReader
    @Operation(summary = "One meeting with its invitations and dial-in participants")
    Map<String, Object> one(@PathVariable String ref, @PathVariable long meetingId) {
        return json(meetings.view(ref).meeting(meetingId));
    }

    @PostMapping(path = "/{meetingId}/invitations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseReader
    @Operation(summary = "Invite an agency of the area (version, agencyId); a DTC or voluntary agency is shared the case")
    Map<String, Object> invite(@PathVariable String ref, @PathVariable long meetingId, @RequestBody JsonNode body) {
        Map<String, String> problems = new LinkedHashMap<>();
        Fields f = new Fields(body, Set.of("version", "agencyId"), problems);
        Integer version = f.version();
        Long agency = f.number("agencyId");
        f.refuseIfAny();
        meetings.invite(ref, meetingId, version, agency);
        return json(meetings.view(ref).meeting(meetingId));
    }

    @PostMapping(path = "/{meetingId}/dial-ins", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseReader
    @Operation(summary = "Add a participant from another area (version, name, agency, area)")
    Map<String, Object> dialIn(@PathVariable String ref, @PathVariable long meetingId, @RequestBody JsonNode body) {
        Map<String, String> problems = new LinkedHashMap<>();
        Fields f = new Fields(body, Set.of("version", "name", "agency", "area"), problems);
        Integer version = f.version();
        f.refuseIfAny();
        meetings.addDialIn(ref, meetingId, version, f.text("name"), f.text("agency"), f.text("area"));
        return json(meetings.view(ref).meeting(meetingId));
    }

    @PutMapping(path = "/{meetingId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseReader
    @Operation(summary = "Record the meeting HELD (attendance: {invitationId: ATTENDED | APOLOGIES_WITH_REPORT | APOLOGIES | DID_NOT_ATTEND}) or CANCELLED (reason)")
    Map<String, Object> outcome(@PathVariable String ref, @PathVariable long meetingId, @RequestBody JsonNode body) {
        Map<String, String> problems = new LinkedHashMap<>();
        Fields f = new Fields(body, Set.of("version", "status", "attendance", "reason"), problems);
        Integer version = f.version();
        String status = f.text("status");
        Map<Long, Attendance> attendance = new HashMap<>();
        JsonNode given = body.get("attendance");
        if (given != null && !given.isNull()) {
            if (!given.isObject()) {
                problems.put("attendance", "attendance must be an object of invitation id to attendance");
            } else {
                for (String key : given.propertyNames()) {
                    try {
                        attendance.put(Long.valueOf(key), Attendance.valueOf(given.get(key).asString()));
                    } catch (IllegalArgumentException e) {
                        problems.put("attendance." + key, "attendance." + key + " must be an invitation id and one of "
                                + List.of(Attendance.values()));
                    }
                }
            }
        }
        if (!"HELD".equals(status) && !"CANCELLED".equals(status)) {
            problems.put("status", "status must be HELD or CANCELLED");
        }
        f.refuseIfAny();
        if ("HELD".equals(status)) {
            meetings.recordHeld(ref, meetingId, version, attendance);
        } else {
            meetings.cancel(ref, meetingId, version, f.text("reason"));
        }
        return json(meetings.view(ref).meeting(meetingId));
    }

    static Map<String, Object> cycle(ReviewCycle c) {
        if (c == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("level", c.level());
        out.put("lastHeld", c.lastHeld() == null ? null : c.lastHeld().toString());
        out.put("nextReviewDueBy", c.dueBy() == null ? null : c.dueBy().toString());
        out.put("overdue", c.overdue());
        out.put("initialMeetingToArrange", c.initialToArrange());
        return out;
    }

    static Map<String, Object> json(Meeting m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id());
        out.put("version", m.version());
        out.put("kind", m.kind().name());
        out.put("level", m.level());
        out.put("date", m.startsAt().toLocalDate().toString());
        out.put("time", m.startsAt().toLocalTime().toString());
        out.put("place", m.place());
        out.put("virtual", m.virtual());
        out.put("chair", m.chair());
        out.put("status", m.status().name());
        out.put("cancelReason", m.cancelReason());
        out.put("invitations", m.invitations().stream().map(i -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", i.id());
            x.put("agencyId", i.agencyId());
            x.put("agency", i.agencyName());
            x.put("attendance", i.attendance() == null ? null : i.attendance().name());
            return x;
        }).toList());
        out.put("dialIns", m.dialIns().stream().map(d -> Map.of("name", d.name(), "agency", d.agency(),
                "area", d.area())).toList());
        return out;
    }

    /** The body's fields; the version is required in the body, and the refusal is the meetings' own. */
    private static final class Fields extends BodyFields {

        Fields(JsonNode body, Set<String> known, Map<String, String> problems) {
            super(body, known, problems);
        }

        Integer version() {
            Long v = number("version");
            if (v == null && !problems.containsKey("version")) {
                problems.put("version", "version is required: the meeting's version you read");
            }
            return v == null ? null : v.intValue();
        }

        void refuseIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidMeetingException(problems);
            }
        }
    }
}
