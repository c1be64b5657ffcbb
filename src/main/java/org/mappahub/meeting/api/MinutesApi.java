package org.mappahub.meeting.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.mappahub.assessment.RiskLevel;
import org.mappahub.meeting.InvalidMeetingException;
import org.mappahub.meeting.MappMinutes;
import org.mappahub.meeting.MappMinutes.Edition;
import org.mappahub.meeting.MappMinutes.Picture;
import org.mappahub.meeting.MinutesContent;
import org.mappahub.meeting.MinutesContent.Disclosure;
import org.mappahub.meeting.OffenderInformed;
import org.mappahub.meeting.RiskGroup;
import org.mappahub.meeting.StaleMinutesException;
import org.mappahub.nominal.CaseRecords;

/**
 * The minutes of a MAPP meeting over HTTP: read the latest edition (its version is the ETag) and the earlier ones;
 * start, save the draft, submit, approve, distribute, correct; and the case's current risk management plan. Every
 * change names the version read ({@code If-Match} or {@code version} in the body; neither: 428). A stale version is
 * 409 with the stored edition, the user's values and the fields that differ, so the client can show what changed and
 * reapply the edit against {@code currentVersion}. Decisions are {@link MappMinutes}'.
 */
@RestController
@Tag(name = "Minutes", description = "MAPP meeting minutes (MAPPA C) and the risk management plan (MAPPA.md §4.3, §8)")
class MinutesApi {

    private static final String BASE = "/api/v1/nominals/{ref}/meetings/{meetingId}/minutes";
    private static final Pattern ETAG = Pattern.compile("(?:W/)?\"(\\d+)\"|(\\d+)");
    static final Set<String> CONTENT = Set.of("confidentialityRead", "offenderContribution", "risks", "whoAtRisk",
            "triggers", "protectiveFactors", "supervision", "monitoringAndControl", "interventionsAndTreatment",
            "victimSafetyPlanning", "contingency", "disclosures", "dissent", "dissentResolution", "nextReviewDate");

    private final MappMinutes minutes;

    MinutesApi(MappMinutes minutes) {
        this.minutes = minutes;
    }

    @GetMapping(path = BASE, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @CaseReader
    @Operation(summary = "The latest edition of the meeting's minutes the user may see; the ETag is its version")
    @ApiResponse(responseCode = "403", description = "A user who does not see these minutes (an agency not invited, or before approval)")
    ResponseEntity<Map<String, Object>> read(@PathVariable String ref, @PathVariable long meetingId) {
        Picture p = minutes.view(ref, meetingId);
        Edition e = p.current();
        if (e == null) {
            return ResponseEntity.ok(head(p, null));
        }
        return ResponseEntity.ok().eTag(etag(e.version())).body(head(p, e));
    }

    @GetMapping(path = BASE + "/versions", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @CaseReader
    @Operation(summary = "Every edition of the minutes the user may see, newest first")
    Map<String, Object> versions(@PathVariable String ref, @PathVariable long meetingId) {
        Picture p = minutes.view(ref, meetingId);
        Map<String, Object> out = head(p, null);
        out.remove("minutes");
        out.put("editions", p.editions().stream().map(e -> json(p, e)).toList());
        return out;
    }

    @GetMapping(path = BASE + "/versions/{edition}", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @CaseReader
    @Operation(summary = "One edition of the minutes")
    Map<String, Object> version(@PathVariable String ref, @PathVariable long meetingId, @PathVariable int edition) {
        Picture p = minutes.view(ref, meetingId);
        return head(p, p.edition(edition));
    }

    @PostMapping(path = BASE, produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @CaseReader
    @Operation(summary = "Start the minutes of a meeting held (or on its day): a draft, the next review date defaulted by the area's policy")
    ResponseEntity<Map<String, Object>> start(@PathVariable String ref, @PathVariable long meetingId) {
        int version = minutes.start(ref, meetingId);
        Picture p = minutes.view(ref, meetingId);
        return ResponseEntity.created(URI.create("/api/v1/nominals/" + ref + "/meetings/" + meetingId + "/minutes"))
                .eTag(etag(version)).body(head(p, p.current()));
    }

    @PutMapping(path = BASE, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @CaseReader
    @Operation(summary = "Save the draft: the whole content, with the version read (If-Match or version)")
    @ApiResponse(responseCode = "409", description = "Changed meanwhile: the stored edition, your values and the fields that differ")
    @ApiResponse(responseCode = "428", description = "No version was sent")
    ResponseEntity<Map<String, Object>> save(@PathVariable String ref, @PathVariable long meetingId,
                                             @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                             @RequestBody JsonNode body) {
        Map<String, String> problems = new LinkedHashMap<>();
        Set<String> known = new java.util.HashSet<>(CONTENT);
        known.add("version");
        Fields f = new Fields(body, known, problems);
        int expected = expectedVersion(ifMatch, f.version());
        MinutesContent content = content(f, body, problems);
        f.refuseIfAny();
        return changed(ref, meetingId, expected, content, () -> minutes.save(ref, meetingId, expected, content));
    }

    @PostMapping(path = BASE + "/submit", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @CaseReader
    @Operation(summary = "Submit the draft for approval (If-Match or {\"version\": n})")
    ResponseEntity<Map<String, Object>> submit(@PathVariable String ref, @PathVariable long meetingId,
                                               @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                               @RequestBody(required = false) JsonNode body) {
        int expected = versionOnly(ifMatch, body, Set.of("version"));
        return changed(ref, meetingId, expected, null, () -> minutes.submit(ref, meetingId, expected));
    }

    @PostMapping(path = BASE + "/approve", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @CaseReader
    @Operation(summary = "Approve submitted minutes (a chair of the area); they are then locked")
    ResponseEntity<Map<String, Object>> approve(@PathVariable String ref, @PathVariable long meetingId,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @RequestBody(required = false) JsonNode body) {
        int expected = versionOnly(ifMatch, body, Set.of("version"));
        return changed(ref, meetingId, expected, null, () -> minutes.approve(ref, meetingId, expected));
    }

    @PostMapping(path = BASE + "/distribute", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @CaseReader
    @Operation(summary = "Record that the approved minutes were sent now to the named attendees (recipients: [names])")
    ResponseEntity<Map<String, Object>> distribute(@PathVariable String ref, @PathVariable long meetingId,
                                                   @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                   @RequestBody JsonNode body) {
        Map<String, String> problems = new LinkedHashMap<>();
        Fields f = new Fields(body, Set.of("version", "recipients"), problems);
        int expected = expectedVersion(ifMatch, f.version());
        List<String> recipients = f.texts("recipients");
        f.refuseIfAny();
        return changed(ref, meetingId, expected, null, () -> minutes.distribute(ref, meetingId, expected, recipients));
    }

    @PostMapping(path = BASE + "/corrections", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @CaseReader
    @Operation(summary = "Correct approved minutes: a new draft edition with the reason; the earlier kept")
    ResponseEntity<Map<String, Object>> correct(@PathVariable String ref, @PathVariable long meetingId,
                                                @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                @RequestBody JsonNode body) {
        Map<String, String> problems = new LinkedHashMap<>();
        Fields f = new Fields(body, Set.of("version", "reason"), problems);
        int expected = expectedVersion(ifMatch, f.version());
        String reason = f.text("reason");
        f.refuseIfAny();
        ResponseEntity<Map<String, Object>> r = changed(ref, meetingId, expected, null,
                () -> {
                    minutes.correct(ref, meetingId, expected, reason);
                    return minutes.view(ref, meetingId).current().version();
                });
        return ResponseEntity.status(201).headers(r.getHeaders()).body(r.getBody());
    }

    @GetMapping(path = "/api/v1/nominals/{ref}/risk-management-plan",
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @CaseReader
    @Operation(summary = "The case's current risk management plan: the plan in the latest approved minutes (null when none)")
    Map<String, Object> plan(@PathVariable String ref) {
        Map.Entry<CaseRecords.Viewed, Optional<MappMinutes.CurrentPlan>> page = minutes.planPage(ref);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ref", ref);
        out.put("plan", page.getValue().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("meetingDate", p.meetingDate().toString());
            m.put("edition", p.edition());
            m.put("approvedAt", p.approvedAt().toString());
            m.putAll(p.headings());
            m.put("nextReviewDate", p.nextReviewDate() == null ? null : p.nextReviewDate().toString());
            return m;
        }).orElse(null));
        return out;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private ResponseEntity<Map<String, Object>> changed(String ref, long meetingId, int expected, MinutesContent yours,
                                                        IntSupplier change) {
        int version;
        try {
            version = change.getAsInt();
        } catch (StaleMinutesException e) {
            Picture p = minutes.view(ref, meetingId); // the stored edition as this user may see it now
            Edition stored = p.current();
            throw new MinutesApiProblems.Conflict(e.getMessage(), expected, json(p, stored),
                    yours == null ? null : content(yours),
                    yours == null ? List.of() : yours.differencesFrom(stored.content()), stored.version());
        }
        Picture p = minutes.view(ref, meetingId);
        return ResponseEntity.ok().eTag(etag(version)).body(head(p, p.current()));
    }

    private static int versionOnly(String ifMatch, JsonNode body, Set<String> known) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer v = null;
        if (body != null && !body.isNull() && !body.isMissingNode()) {
            Fields f = new Fields(body, known, problems);
            v = f.optionalVersion();
            f.refuseIfAny();
        }
        return expectedVersion(ifMatch, v);
    }

    private static int expectedVersion(String ifMatch, Integer bodyVersion) {
        Integer header = null;
        if (ifMatch != null && !ifMatch.isBlank()) {
            Matcher m = ETAG.matcher(ifMatch.trim());
            if (!m.matches()) {
                throw InvalidMeetingException.of("If-Match", "If-Match must be the single version you read, as its "
                        + "ETag, for example \"3\"");
            }
            header = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
        }
        if (header == null && bodyVersion == null) {
            throw new MinutesApiProblems.VersionRequired();
        }
        if (header != null && bodyVersion != null && !header.equals(bodyVersion)) {
            throw InvalidMeetingException.of("version", "If-Match names version " + header + " but the body names version "
                    + bodyVersion);
        }
        return header != null ? header : bodyVersion;
    }

    private static MinutesContent content(Fields f, JsonNode body, Map<String, String> problems) {
        Map<RiskGroup, RiskLevel> risks = new EnumMap<>(RiskGroup.class);
        JsonNode r = body == null ? null : body.get("risks");
        if (r != null && !r.isNull()) {
            if (!r.isObject()) {
                problems.put("risks", "risks must be an object of group to level");
            } else {
                for (String key : r.propertyNames()) {
                    try {
                        risks.put(RiskGroup.valueOf(key), RiskLevel.valueOf(r.get(key).asString()));
                    } catch (IllegalArgumentException e) {
                        problems.put("risks." + key, "risks." + key + " must be a group of " + List.of(RiskGroup.values())
                                + " with a level of " + List.of(RiskLevel.values()));
                    }
                }
            }
        }
        List<Disclosure> disclosures = new ArrayList<>();
        JsonNode d = body == null ? null : body.get("disclosures");
        if (d != null && !d.isNull()) {
            if (!d.isArray()) {
                problems.put("disclosures", "disclosures must be a list");
            } else {
                for (int i = 0; i < d.size(); i++) {
                    Fields x = new Fields(d.get(i), Set.of("what", "toWhom", "why", "authorisedBy", "offender",
                            "disclosedOn"), problems, "disclosures[" + i + "].");
                    disclosures.add(new Disclosure(x.text("what"), x.text("toWhom"), x.text("why"),
                            x.text("authorisedBy"), x.choice(OffenderInformed.class, "offender"), x.date("disclosedOn")));
                }
            }
        }
        Boolean read = null;
        JsonNode c = body == null ? null : body.get("confidentialityRead");
        if (c != null && !c.isNull()) {
            if (!c.isBoolean()) {
                problems.put("confidentialityRead", "confidentialityRead must be true or false");
            } else {
                read = c.asBoolean();
            }
        }
        return new MinutesContent(read, f.text("offenderContribution"), risks, f.text("whoAtRisk"), f.text("triggers"),
                f.text("protectiveFactors"), f.text("supervision"), f.text("monitoringAndControl"),
                f.text("interventionsAndTreatment"), f.text("victimSafetyPlanning"), f.text("contingency"), disclosures,
                f.text("dissent"), f.text("dissentResolution"), f.date("nextReviewDate"));
    }

    static Map<String, Object> head(Picture p, Edition e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ref", p.ref());
        out.put("meetingId", p.meetingId());
        out.put("meetingDate", p.meetingDate().toString());
        out.put("level", p.level());
        out.put("chair", p.chair());
        out.put("distributionDue", p.distributionDue().toString());
        out.put("nextReviewLatest", p.reviewLatest().toString());
        out.put("minutes", e == null ? null : json(p, e));
        return out;
    }

    static Map<String, Object> json(Picture p, Edition e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("edition", e.edition());
        out.put("version", e.version());
        out.put("status", e.status().name());
        out.put("locked", e.locked());
        out.put("correctionReason", e.correctionReason());
        out.put("attendance", e.attendance());
        out.putAll(content(e.content()));
        out.put("submittedBy", e.submittedBy());
        out.put("approvedBy", e.approvedBy());
        out.put("approvedAt", e.approvedAt() == null ? null : e.approvedAt().toString());
        out.put("distributedBy", e.distributedBy());
        out.put("distributedAt", e.distributedAt() == null ? null : e.distributedAt().toString());
        out.put("recipients", e.recipients());
        out.put("distributedLate", e.distributedAt() == null ? null
                : p.late(e, null, java.time.ZoneId.of("Europe/London")));
        return out;
    }

    static Map<String, Object> content(MinutesContent c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("confidentialityRead", c.confidentialityRead());
        out.put("offenderContribution", c.offenderContribution());
        Map<String, Object> risks = new LinkedHashMap<>();
        c.risks().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(x -> risks.put(x.getKey().name(), x.getValue().name()));
        out.put("risks", risks);
        out.put("whoAtRisk", c.whoAtRisk());
        out.put("triggers", c.triggers());
        out.put("protectiveFactors", c.protectiveFactors());
        out.putAll(c.plan());
        out.put("disclosures", c.disclosures().stream().map(d -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("what", d.what());
            x.put("toWhom", d.toWhom());
            x.put("why", d.why());
            x.put("authorisedBy", d.authorisedBy());
            x.put("offender", d.offender() == null ? null : d.offender().name());
            x.put("disclosedOn", d.disclosedOn() == null ? null : d.disclosedOn().toString());
            return x;
        }).toList());
        out.put("dissent", c.dissent());
        out.put("dissentResolution", c.dissentResolution());
        out.put("nextReviewDate", c.nextReviewDate() == null ? null : c.nextReviewDate().toString());
        return out;
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** Reads the fields of a flat JSON object, naming each problem (an unknown field, a malformed value). */
    private static final class Fields {
        private final JsonNode body;
        private final Map<String, String> problems;
        private final String prefix;

        Fields(JsonNode body, Set<String> known, Map<String, String> problems) {
            this(body, known, problems, "");
        }

        Fields(JsonNode body, Set<String> known, Map<String, String> problems, String prefix) {
            this.problems = problems;
            this.prefix = prefix;
            if (body == null || !body.isObject()) {
                problems.put(prefix.isEmpty() ? "body" : prefix, "The body must be a JSON object");
                this.body = null;
                return;
            }
            this.body = body;
            for (String name : body.propertyNames()) {
                if (!known.contains(name)) {
                    problems.put(prefix + name, prefix + name + " is not a field of this request; the fields are "
                            + new java.util.TreeSet<>(known));
                }
            }
        }

        String text(String name) {
            JsonNode v = body == null ? null : body.get(name);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isValueNode()) {
                problems.put(prefix + name, prefix + name + " must be text");
                return null;
            }
            String s = v.asString();
            return s.isBlank() ? null : s.strip();
        }

        List<String> texts(String name) {
            JsonNode v = body == null ? null : body.get(name);
            if (v == null || v.isNull()) {
                return List.of();
            }
            if (!v.isArray()) {
                problems.put(prefix + name, prefix + name + " must be a list of names");
                return List.of();
            }
            List<String> out = new ArrayList<>();
            v.forEach(x -> out.add(x.asString()));
            return out;
        }

        <E extends Enum<E>> E choice(Class<E> type, String name) {
            String v = text(name);
            try {
                return v == null ? null : Enum.valueOf(type, v);
            } catch (IllegalArgumentException e) {
                problems.put(prefix + name, prefix + name + " must be one of " + List.of(type.getEnumConstants()));
                return null;
            }
        }

        LocalDate date(String name) {
            String v = text(name);
            try {
                return v == null ? null : LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                problems.put(prefix + name, prefix + name + " must be a date, yyyy-mm-dd");
                return null;
            }
        }

        Integer optionalVersion() {
            String v = text("version");
            try {
                return v == null ? null : Integer.valueOf(v);
            } catch (NumberFormatException e) {
                problems.put("version", "version must be a whole number: the version you read");
                return null;
            }
        }

        Integer version() {
            return optionalVersion();
        }

        void refuseIfAny() {
            if (!problems.isEmpty()) {
                throw new InvalidMeetingException(problems);
            }
        }
    }
}
