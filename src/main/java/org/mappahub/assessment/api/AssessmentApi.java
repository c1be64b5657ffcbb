package org.mappahub.assessment.api;

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
import org.mappahub.assessment.InvalidAssessmentException;
import org.mappahub.assessment.RiskAssessments;
import org.mappahub.assessment.RiskAssessments.Assessment;
import org.mappahub.assessment.RiskAssessments.Input;
import org.mappahub.assessment.RiskAssessments.Picture;
import org.mappahub.assessment.RiskTool;

/**
 * A person's risk assessments over HTTP: read the current picture and the history (this GET is their export: MCIF/1
 * has no place for them), read one, record one, change one with the version read. The same service and policy as the
 * pages: part of the full history (a DTC representative is refused with 403 even on a shared case), recorded only by
 * the owning area's editors. Unknown fields are refused; errors are problem details ({@link AssessmentApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/nominals/{ref}/assessments", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Risk assessments", description = "The results of the agencies' risk tools, as recorded (domain §6)")
class AssessmentApi {

    private static final Set<String> FIELDS = Set.of("tool", "assessedOn", "assessor", "agencyId", "levels",
            "imminentRisk", "nextDueOn", "notes");
    private static final String BODY = "tool: one of OASYS, RISK_MATRIX_2000, RISK_MATRIX_SUCCESSOR, ARMS, SARA, "
            + "ASSETPLUS; assessedOn and nextDueOn: YYYY-MM-DD, nextDueOn after assessedOn; assessor: a name; agencyId: "
            + "one of the person's area's agencies (default: yours); levels: an object of scale to level (OASYS: CHILDREN, "
            + "PUBLIC, KNOWN_ADULT, STAFF required, PRISONERS optional, each LOW, MEDIUM, HIGH or VERY_HIGH; "
            + "RISK_MATRIX_2000: at least one of SEXUAL, VIOLENT, COMBINED, LOW to VERY_HIGH; RISK_MATRIX_SUCCESSOR: "
            + "OVERALL, LOW to VERY_HIGH; ARMS: OVERALL, LOW to HIGH; SARA: RISK, LOW to HIGH; ASSETPLUS: "
            + "LIKELIHOOD_OF_REOFFENDING, LOW to HIGH, and RISK_OF_SERIOUS_HARM, LOW to VERY_HIGH); imminentRisk: "
            + "true or false, SARA only; notes: optional.";

    private final RiskAssessments assessments;

    AssessmentApi(RiskAssessments assessments) {
        this.assessments = assessments;
    }

    @GetMapping
    @CaseReader
    @Operation(summary = "Read a person's risk assessments",
            description = "current: the latest assessment of each tool; history: every assessment, newest first; "
                    + "highestCurrentRiskOfSeriousHarm: the highest risk of serious harm of the current OASys and "
                    + "AssetPlus assessments (null when none). This is the export of risk assessments: MCIF/1 has no place for them.")
    @ApiResponse(responseCode = "200", description = "The risk assessments")
    @ApiResponse(responseCode = "403", description = "Another area's record without a stated reason, or a user who does not see the full history")
    @ApiResponse(responseCode = "404", description = "No nominal has this ref (for this user)")
    public Map<String, Object> read(@PathVariable String ref) {
        Picture p = assessments.view(ref);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", p.ref());
        m.put("highestCurrentRiskOfSeriousHarm", p.highest() == null ? null : p.highest().name());
        m.put("current", p.current().stream().map(AssessmentApi::resource).toList());
        m.put("history", p.history().stream().map(AssessmentApi::resource).toList());
        return m;
    }

    @GetMapping("/{assessmentId}")
    @CaseReader
    @Operation(summary = "Read one risk assessment")
    @ApiResponse(responseCode = "200", description = "The assessment")
    @ApiResponse(responseCode = "404", description = "No such nominal, or no such assessment of this person")
    public Map<String, Object> readOne(@PathVariable String ref, @PathVariable long assessmentId) {
        return resource(assessments.assessment(ref, assessmentId));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Record a risk assessment", description = BODY)
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid or unknown fields (each error names its field); nothing was recorded")
    public ResponseEntity<Map<String, Object>> record(@PathVariable String ref, @RequestBody Map<String, Object> body) {
        Assessment made = assessments.record(ref, input(body, FIELDS));
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(made));
    }

    @PutMapping(path = "/{assessmentId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Change a risk assessment",
            description = BODY + " Send the version you read; a stale one is refused with 409. The tool cannot change.")
    @ApiResponse(responseCode = "200", description = "The assessment as saved")
    @ApiResponse(responseCode = "400", description = "Invalid or unknown fields; nothing was changed")
    @ApiResponse(responseCode = "409", description = "The assessment changed since the version sent; nothing was written")
    public Map<String, Object> change(@PathVariable String ref, @PathVariable long assessmentId,
                                      @RequestBody Map<String, Object> body) {
        Set<String> known = new java.util.HashSet<>(FIELDS);
        known.add("version");
        Input input = input(body, known);
        Object version = body.get("version");
        if (!(version instanceof Integer v)) {
            throw new InvalidAssessmentException(Map.of("version", "version must be the whole number you read"));
        }
        return resource(assessments.change(ref, assessmentId, v, input));
    }

    /** The body as the service's input; a field of the wrong type, or one not known, is refused naming it. */
    private static Input input(Map<String, Object> body, Set<String> known) {
        Map<String, String> problems = new LinkedHashMap<>();
        body.keySet().stream().filter(k -> !known.contains(k)).sorted()
                .forEach(k -> problems.put(k, "Unknown field ‘" + k + "’"));
        RiskTool tool = null;
        Object toolName = body.get("tool");
        if (toolName != null) {
            tool = RiskTool.named(String.valueOf(toolName).strip()).orElse(null);
            if (tool == null) {
                problems.put("tool", "tool must be one of " + List.of(RiskTool.values()));
            }
        }
        LocalDate assessedOn = date(body, "assessedOn", problems);
        LocalDate nextDueOn = date(body, "nextDueOn", problems);
        String assessor = text(body, "assessor", problems);
        String notes = text(body, "notes", problems);
        Long agencyId = null;
        Object agency = body.get("agencyId");
        if (agency instanceof Number n) {
            agencyId = n.longValue();
        } else if (agency != null) {
            problems.put("agencyId", "agencyId must be the id of an agency (a number)");
        }
        Map<String, String> levels = new LinkedHashMap<>();
        Object given = body.get("levels");
        if (given instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v instanceof String s) {
                    levels.put(String.valueOf(k), s);
                } else if (v != null) {
                    problems.put("levels." + k, "levels." + k + " must be a level name such as \"HIGH\"");
                }
            });
        } else if (given != null) {
            problems.put("levels", "levels must be an object of scale to level, for example {\"CHILDREN\": \"HIGH\"}");
        }
        Boolean imminentRisk = null;
        Object imminent = body.get("imminentRisk");
        if (imminent instanceof Boolean b) {
            imminentRisk = b;
        } else if (imminent != null) {
            problems.put("imminentRisk", "imminentRisk must be true or false");
        }
        if (!problems.isEmpty()) {
            throw new InvalidAssessmentException(problems);
        }
        return new Input(tool, assessedOn, assessor, agencyId, levels, imminentRisk, nextDueOn, notes);
    }

    private static LocalDate date(Map<String, Object> body, String field, Map<String, String> problems) {
        Object value = body.get(field);
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (DateTimeParseException e) {
            problems.put(field, field + " must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private static String text(Map<String, Object> body, String field, Map<String, String> problems) {
        Object value = body.get(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        problems.put(field, field + " must be text");
        return null;
    }

    static Map<String, Object> resource(Assessment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("tool", a.tool().name());
        m.put("assessedOn", a.assessedOn().toString());
        m.put("assessor", a.assessor());
        m.put("agencyId", a.agencyId());
        m.put("agency", a.agencyName());
        Map<String, String> levels = new LinkedHashMap<>();
        a.levels().forEach((k, v) -> levels.put(k, v.name()));
        m.put("levels", levels);
        m.put("imminentRisk", a.imminentRisk());
        m.put("nextDueOn", a.nextDueOn().toString());
        m.put("notes", a.notes());
        m.put("version", a.version());
        m.put("recordedBy", a.recordedBy());
        return m;
    }
}
