package org.mappahub.custody.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
import org.springframework.web.bind.annotation.RestController;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.custody.CustodyRecords;
import org.mappahub.custody.CustodyRecords.Picture;
import org.mappahub.custody.CustodyRecords.SpanInput;
import org.mappahub.custody.InvalidCustodyException;
import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.OrderType;

/**
 * A person's custody and release over HTTP: read the spans, the expected release and the milestones; add a span,
 * change or end one (PUT with {@code to}); set the expected release. The same service and policy as the pages:
 * part of the full history, changed only by the owning area's editors, a stale version refused with 409. Bodies
 * are JSON objects whose unknown fields are refused (a misspelt field must never be silently ignored).
 */
@RestController
@RequestMapping(path = "/api/v1/nominals/{ref}/custody", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Custody and release", description = "Custody spans, expected release and pre-release milestones")
class CustodyApi {

    private static final Set<String> SPAN_FIELDS = Set.of("version", "kind", "reason", "order", "from", "to");
    private static final Set<String> RELEASE_FIELDS = Set.of("version", "expectedRelease");

    private final CustodyRecords custody;

    CustodyApi(CustodyRecords custody) {
        this.custody = custody;
    }

    @GetMapping
    @CaseReader
    @Operation(summary = "Read a person's custody and release",
            description = "The custody spans (sorted by from; a change names a span by its position), the record's "
                    + "version, the expected release of the current custody and the pre-release milestones of the "
                    + "area's policy, each with its date and status (MET, DUE, OVERDUE, NOT_RECORDED, NOT_NEEDED).")
    @ApiResponse(responseCode = "200", description = "The custody record")
    @ApiResponse(responseCode = "403", description = "Another area's record without a stated reason, or a user who does not see the full history")
    @ApiResponse(responseCode = "404", description = "No nominal has this ref (for this user)")
    public Map<String, Object> read(@PathVariable String ref) {
        return resource(custody.view(ref));
    }

    @PostMapping(path = "/spans", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Add a custody span",
            description = "{version, kind: PRISON|HOSPITAL, reason: SENTENCE|REMAND|RECALL|BREACH_OF_ORDER|HOSPITAL_ORDER|OTHER, "
                    + "order (only and always with BREACH_OF_ORDER), from, to (the first day out; absent while in custody)}")
    @ApiResponse(responseCode = "201", description = "Added; the custody record as it now is")
    @ApiResponse(responseCode = "400", description = "Invalid fields, or a span the rules refuse (the message names the rule)")
    @ApiResponse(responseCode = "409", description = "The record changed since the version sent; nothing was written")
    public ResponseEntity<Map<String, Object>> add(@PathVariable String ref, @RequestBody Map<String, Object> body) {
        int version = version(body, SPAN_FIELDS);
        custody.addSpan(ref, version, span(body));
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(custody.view(ref)));
    }

    @PutMapping(path = "/spans/{index}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Change or end a custody span",
            description = "The span at this position (from 0, in the spans as read at the version sent) is replaced "
                    + "by the body, as for adding one; to end a span, send it with its to.")
    @ApiResponse(responseCode = "200", description = "Changed; the custody record as it now is")
    @ApiResponse(responseCode = "400", description = "Invalid fields, no span at that position, or a span the rules refuse")
    @ApiResponse(responseCode = "409", description = "The record changed since the version sent; nothing was written")
    public Map<String, Object> change(@PathVariable String ref, @PathVariable String index,
                                      @RequestBody Map<String, Object> body) {
        int version = version(body, SPAN_FIELDS);
        int position;
        try {
            position = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            throw new InvalidCustodyException(Map.of("index", "The span's position must be a whole number from 0"));
        }
        custody.editSpan(ref, position, version, span(body));
        return resource(custody.view(ref));
    }

    @PutMapping(path = "/expected-release", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Set the expected release date of the current custody",
            description = "{expectedRelease: YYYY-MM-DD, version: the expectedReleaseVersion read (absent when null)}")
    @ApiResponse(responseCode = "200", description = "Saved; the custody record with the milestones from the new date")
    @ApiResponse(responseCode = "400", description = "Not in custody, or an invalid date")
    @ApiResponse(responseCode = "409", description = "The expected release changed since the version sent")
    public Map<String, Object> expectedRelease(@PathVariable String ref, @RequestBody Map<String, Object> body) {
        unknownFields(body, RELEASE_FIELDS);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate on = date(body, "expectedRelease", problems);
        Integer version = integer(body, "version", problems);
        if (!problems.isEmpty()) {
            throw new InvalidCustodyException(problems);
        }
        custody.setExpectedRelease(ref, on, version);
        return resource(custody.view(ref));
    }

    private static int version(Map<String, Object> body, Set<String> known) {
        unknownFields(body, known);
        Map<String, String> problems = new LinkedHashMap<>();
        Integer version = integer(body, "version", problems);
        if (version == null && problems.isEmpty()) {
            problems.put("version", "version is required: the record's version as read");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCustodyException(problems);
        }
        return version;
    }

    private static SpanInput span(Map<String, Object> body) {
        Map<String, String> problems = new LinkedHashMap<>();
        CustodyKind kind = value(body, "kind", CustodyKind.class, problems);
        CustodyReason reason = value(body, "reason", CustodyReason.class, problems);
        OrderType order = value(body, "order", OrderType.class, problems);
        LocalDate from = date(body, "from", problems);
        LocalDate to = date(body, "to", problems);
        if (!problems.isEmpty()) {
            throw new InvalidCustodyException(problems);
        }
        return new SpanInput(kind, reason, order, from, to);
    }

    private static void unknownFields(Map<String, Object> body, Set<String> known) {
        Map<String, String> problems = new LinkedHashMap<>();
        body.keySet().stream().filter(k -> !known.contains(k)).sorted().forEach(k ->
                problems.put(k, k + " is not a field of this request (the fields are " + known.stream().sorted().toList() + ")"));
        if (!problems.isEmpty()) {
            throw new InvalidCustodyException(problems);
        }
    }

    private static <E extends Enum<E>> E value(Map<String, Object> body, String field, Class<E> type,
                                               Map<String, String> problems) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, String.valueOf(v).strip());
        } catch (IllegalArgumentException e) {
            problems.put(field, field + " must be one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    private static LocalDate date(Map<String, Object> body, String field, Map<String, String> problems) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(v).strip());
        } catch (DateTimeParseException e) {
            problems.put(field, field + " must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private static Integer integer(Map<String, Object> body, String field, Map<String, String> problems) {
        Object v = body.get(field);
        if (v == null) {
            return null;
        }
        if (v instanceof Integer i) {
            return i;
        }
        problems.put(field, field + " must be a whole number");
        return null;
    }

    static Map<String, Object> resource(Picture p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", p.ref());
        m.put("version", p.version());
        m.put("spans", p.spans().stream().map(CustodyApi::span).toList());
        m.put("inCustody", p.current() != null);
        m.put("expectedRelease", p.release() == null ? null : p.release().toString());
        m.put("expectedReleaseVersion", p.releaseVersion());
        m.put("milestones", p.milestones().stream().map(ms -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("milestone", ms.step().name());
            x.put("by", ms.by().toString());
            x.put("status", ms.status().name());
            return x;
        }).toList());
        return m;
    }

    private static Map<String, Object> span(CustodySpan s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", s.kind().name());
        m.put("reason", s.reason().name());
        m.put("order", s.order() == null ? null : s.order().name());
        m.put("from", s.from().toString());
        m.put("to", s.to() == null ? null : s.to().toString());
        return m;
    }
}
