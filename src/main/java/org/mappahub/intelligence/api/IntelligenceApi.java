package org.mappahub.intelligence.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.intelligence.HandlingMarking;
import org.mappahub.intelligence.HandlingMarking.Classification;
import org.mappahub.intelligence.HandlingMarking.HandlingCode;
import org.mappahub.intelligence.HandlingMarking.IntelligenceEvaluation;
import org.mappahub.intelligence.HandlingMarking.SourceEvaluation;
import org.mappahub.intelligence.IntelligenceKind;
import org.mappahub.intelligence.IntelligenceLog;
import org.mappahub.intelligence.IntelligenceLog.Draft;
import org.mappahub.intelligence.IntelligenceLog.Entry;
import org.mappahub.intelligence.IntelligenceLog.Picture;
import org.mappahub.intelligence.InvalidIntelligenceException;

/**
 * A person's intelligence and contact log over HTTP: read it (newest first, optionally one kind), add an entry,
 * correct one (staff of the recording agency, with the version read; stale: 409). MCIF/1 has no place for the
 * log, so this read is its export. The same service and policy as the pages: a DTC representative is refused
 * (403) even on a shared case. Bodies are JSON objects; a field not listed here is refused, not ignored. Errors
 * are problem details ({@link IntelligenceApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/nominals/{ref}/intelligence", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Intelligence log", description = "Intelligence and contact log entries with their handling marking")
class IntelligenceApi {

    static final Set<String> ENTRY_FIELDS = Set.of("occurredOn", "kind", "summary", "sourceAgencyId", "classification",
            "sourceEvaluation", "intelligenceEvaluation", "handlingCode", "handlingConditions");
    static final Set<String> CORRECTION_FIELDS = union(ENTRY_FIELDS, "version");

    private final IntelligenceLog log;

    IntelligenceApi(IntelligenceLog log) {
        this.log = log;
    }

    @GetMapping
    @CaseReader
    @Operation(summary = "Read (export) a person's intelligence log",
            description = "Every entry, newest first by the date of the event, or only those of one kind "
                    + "(HOME_VISIT, ELECTRONIC_MONITORING, COMPUTER_MONITORING, PARTNER_CONCERN, MARAC, "
                    + "MENTAL_HEALTH_RISK_FORUM, OTHER_CONTACT), each with its source agency, handling marking "
                    + "(classification and 3x5x2 grading) and who recorded and last corrected it. The log is not part "
                    + "of MCIF/1: this is its export. Every read is audited.")
    @ApiResponse(responseCode = "200", description = "The log")
    @ApiResponse(responseCode = "400", description = "Unknown kind")
    @ApiResponse(responseCode = "403", description = "Another area's record without a stated reason, or a user who does not see the intelligence log")
    @ApiResponse(responseCode = "404", description = "No nominal has this ref (for this user)")
    public Map<String, Object> read(@PathVariable String ref, @RequestParam(required = false) String kind) {
        IntelligenceKind filter = null;
        if (kind != null && !kind.isBlank()) {
            filter = enumOf(IntelligenceKind.class, "kind", kind, new LinkedHashMap<>(), true);
        }
        Picture p = log.view(ref, filter);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", p.ref());
        m.put("kind", filter == null ? null : filter.name());
        m.put("entries", p.entries().stream().map(IntelligenceApi::entry).toList());
        return m;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Add an entry to the intelligence log",
            description = "occurredOn (YYYY-MM-DD, not in the future), kind, summary (up to 4000 characters), "
                    + "sourceAgencyId (an agency of the person's area; default: the user's own), classification "
                    + "(OFFICIAL or OFFICIAL_SENSITIVE; default OFFICIAL_SENSITIVE), sourceEvaluation (1, 2 or 3), "
                    + "intelligenceEvaluation (A to E), handlingCode (P or C) and handlingConditions (required for C only).")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid or unknown fields; nothing was recorded")
    public ResponseEntity<Map<String, Object>> record(@PathVariable String ref, @RequestBody Map<String, Object> body) {
        Entry made = log.record(ref, draft(body, ENTRY_FIELDS, new LinkedHashMap<>()));
        return ResponseEntity.status(HttpStatus.CREATED).body(entry(made));
    }

    @PutMapping(path = "/{entry}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Correct an entry of the intelligence log",
            description = "The whole entry as it should read, with the version read. Only staff of the agency that "
                    + "recorded the entry correct it. The audit trail keeps the entry before and after.")
    @ApiResponse(responseCode = "200", description = "The entry as corrected")
    @ApiResponse(responseCode = "400", description = "Invalid or unknown fields; nothing was changed")
    @ApiResponse(responseCode = "403", description = "Not of the agency that recorded the entry, or may not edit the record")
    @ApiResponse(responseCode = "404", description = "No such entry in this person's log")
    @ApiResponse(responseCode = "409", description = "The entry was corrected since the version sent; nothing was written")
    public Map<String, Object> correct(@PathVariable String ref, @PathVariable String entry,
                                       @RequestBody Map<String, Object> body) {
        Map<String, String> problems = new LinkedHashMap<>();
        Integer version = null;
        Object v = body.get("version");
        if (v instanceof Integer i) {
            version = i;
        } else if (v != null) {
            problems.put("version", "version must be the whole number read with the entry");
        }
        Draft draft = draft(body, CORRECTION_FIELDS, problems);
        return entry(log.correct(ref, entry, version, draft));
    }

    /** The draft in the body; unknown fields and values of the wrong form are refused, naming the field. */
    private static Draft draft(Map<String, Object> body, Set<String> allowed, Map<String, String> problems) {
        body.keySet().stream().filter(k -> !allowed.contains(k)).sorted()
                .forEach(k -> problems.put(k, "Unknown field " + k + "; the fields are " + allowed.stream().sorted().toList()));
        LocalDate occurredOn = null;
        String date = text(body, "occurredOn", problems);
        if (date != null) {
            try {
                occurredOn = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                problems.put("occurredOn", "occurredOn must be a date as YYYY-MM-DD");
            }
        }
        Long source = null;
        Object agency = body.get("sourceAgencyId");
        if (agency instanceof Number n && n.longValue() == n.doubleValue()) {
            source = n.longValue();
        } else if (agency != null) {
            problems.put("sourceAgencyId", "sourceAgencyId must be the id (a whole number) of an agency of the person's area");
        }
        SourceEvaluation sourceEvaluation = null;
        Object grade = body.get("sourceEvaluation");
        if (grade != null) {
            sourceEvaluation = SourceEvaluation.ofGrade(String.valueOf(grade).strip());
            if (sourceEvaluation == null) {
                problems.put("sourceEvaluation", "sourceEvaluation must be 1, 2 or 3 (3x5x2)");
            }
        }
        Draft draft = new Draft(occurredOn, enumOf(IntelligenceKind.class, "kind", text(body, "kind", problems), problems, false),
                text(body, "summary", problems), source,
                enumOf(Classification.class, "classification", text(body, "classification", problems), problems, false),
                sourceEvaluation,
                enumOf(IntelligenceEvaluation.class, "intelligenceEvaluation", text(body, "intelligenceEvaluation", problems),
                        problems, false),
                enumOf(HandlingCode.class, "handlingCode", text(body, "handlingCode", problems), problems, false),
                text(body, "handlingConditions", problems));
        if (!problems.isEmpty()) {
            throw new InvalidIntelligenceException(problems);
        }
        return draft;
    }

    private static String text(Map<String, Object> body, String field, Map<String, String> problems) {
        Object value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            problems.put(field, field + " must be a string");
            return null;
        }
        return s.isBlank() ? null : s.strip();
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value, Map<String, String> problems,
                                                boolean throwNow) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            problems.put(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()));
            if (throwNow) {
                throw new InvalidIntelligenceException(problems);
            }
            return null;
        }
    }

    static Map<String, Object> entry(Entry e) {
        HandlingMarking h = e.marking();
        Map<String, Object> handling = new LinkedHashMap<>();
        handling.put("classification", h.classification().name());
        handling.put("sourceEvaluation", h.source().grade());
        handling.put("intelligenceEvaluation", h.intelligence().name());
        handling.put("handlingCode", h.code().name());
        handling.put("handlingConditions", h.conditions());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("occurredOn", e.occurredOn().toString());
        m.put("kind", e.kind().name());
        m.put("summary", e.summary());
        m.put("sourceAgency", Map.of("id", e.sourceAgencyId(), "name", e.sourceAgency()));
        m.put("handling", handling);
        m.put("recordedBy", e.recordedBy());
        m.put("recordedAgency", Map.of("id", e.recordedAgencyId(), "name", e.recordedAgency()));
        m.put("recordedAt", e.recordedAt().toString());
        m.put("updatedBy", e.updatedBy());
        m.put("updatedAt", e.updatedAt().toString());
        m.put("version", e.version());
        return m;
    }

    private static Set<String> union(Set<String> a, String b) {
        Set<String> s = new HashSet<>(a);
        s.add(b);
        return Set.copyOf(s);
    }
}
