package org.mappahub.licence.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
import tools.jackson.databind.JsonNode;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.licence.ConditionInput;
import org.mappahub.licence.ConditionParameter;
import org.mappahub.licence.InvalidLicenceException;
import org.mappahub.licence.Licences;
import org.mappahub.licence.Licences.Condition;
import org.mappahub.licence.Licences.Licence;
import org.mappahub.licence.Licences.Picture;
import org.mappahub.licence.StandardConditions;

/**
 * A person's licences over HTTP: read them all (this is their export: MCIF/1 has no place for licences), record
 * one with its conditions, correct it and vary it. The same service and policy as the pages; errors are problem
 * details ({@link LicenceApiProblems}).
 */
@RestController
@RequestMapping(path = "/api/v1/nominals/{ref}/licences", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Licences", description = "Licences, their conditions and variations (MAPPA.md §5.4)")
class LicenceApi {

    private final Licences licences;
    private final StrictBodies bodies;

    LicenceApi(Licences licences, StrictBodies bodies) {
        this.licences = licences;
        this.bodies = bodies;
    }

    /**
     * An additional condition as a client sends it: the catalogue code and the parameters it takes;
     * zonePolygon is a GeoJSON Polygon object (or the same as a string).
     */
    public record NewCondition(String code, String namedPerson, Integer age, String zoneDescription, JsonNode zonePolygon,
                               String address, String hours, String text, Boolean victimRequested) {

        ConditionInput input() {
            Map<String, String> values = new LinkedHashMap<>();
            values.put(ConditionParameter.NAMED_PERSON.field(), namedPerson);
            values.put(ConditionParameter.AGE.field(), age == null ? null : String.valueOf(age));
            values.put(ConditionParameter.EXCLUSION_ZONE.field(), zoneDescription);
            values.put(ConditionParameter.ZONE_POLYGON, zonePolygon == null || zonePolygon.isNull() ? null
                    : zonePolygon.isString() ? zonePolygon.stringValue() : zonePolygon.toString());
            values.put(ConditionParameter.ADDRESS.field(), address);
            values.put(ConditionParameter.HOURS.field(), hours);
            values.put(ConditionParameter.TEXT.field(), text);
            return new ConditionInput(code, values, Boolean.TRUE.equals(victimRequested));
        }
    }

    public record NewLicence(String startsOn, String endsOn, String sentence, List<NewCondition> conditions) {
    }

    public record Correction(Integer version, String startsOn, String endsOn, String sentence) {
    }

    public record NewVariation(Integer version, String variedOn, String reason, List<NewCondition> added,
                               List<Long> removed, String endsOn) {
    }

    @GetMapping
    @CaseReader
    @Operation(summary = "Read (export) a person's licences",
            description = "Every licence, newest first: dates (endsOn is the last day on licence), the sentence, the "
                    + "status today, the standard conditions with their source, the current and removed additional "
                    + "conditions with their parameters, and the variations. Licences are not part of MCIF/1, so this "
                    + "is their export.")
    @ApiResponse(responseCode = "200", description = "The licences")
    @ApiResponse(responseCode = "403", description = "Another area's record without a stated reason, or a user who does not see the full history")
    @ApiResponse(responseCode = "404", description = "No nominal has this ref (for this user)")
    public Map<String, Object> read(@PathVariable String ref) {
        return resource(licences.view(ref));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Record a licence with the additional conditions it was issued with",
            description = "Dates as YYYY-MM-DD; each condition's code from the catalogue (not retired) and the "
                    + "parameters its wording names.")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named; nothing was recorded")
    public ResponseEntity<Map<String, Object>> create(@PathVariable String ref,
            @RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NewLicence.class))) JsonNode json) {
        NewLicence body = bodies.read(json, NewLicence.class);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate starts = date(body.startsOn(), "startsOn", problems);
        LocalDate ends = date(body.endsOn(), "endsOn", problems);
        refuseIfAny(problems);
        Licence created = licences.create(ref, starts, ends, body.sentence(), inputs(body.conditions()));
        return ResponseEntity.status(HttpStatus.CREATED).body(licence(created));
    }

    @PutMapping(path = "/{licenceId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Correct a licence's dates and sentence",
            description = "Send the version you read; a stale one is refused with 409. A change to the licence itself "
                    + "is a variation.")
    @ApiResponse(responseCode = "200", description = "The licence as corrected")
    @ApiResponse(responseCode = "400", description = "Invalid fields; nothing was written")
    @ApiResponse(responseCode = "409", description = "The licence changed since the version sent; nothing was written")
    public Map<String, Object> correct(@PathVariable String ref, @PathVariable long licenceId,
            @RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = Correction.class))) JsonNode json) {
        Correction body = bodies.read(json, Correction.class);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate starts = date(body.startsOn(), "startsOn", problems);
        LocalDate ends = date(body.endsOn(), "endsOn", problems);
        refuseIfAny(problems);
        return licence(licences.correct(ref, licenceId, body.version(), starts, ends, body.sentence()));
    }

    @PostMapping(path = "/{licenceId}/variations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Vary a licence",
            description = "On variedOn, for reason: adds conditions, removes current ones by id, and moves the end "
                    + "date (endsOn; absent: unchanged). Send the version you read; a stale one is refused with 409.")
    @ApiResponse(responseCode = "201", description = "The licence as varied")
    @ApiResponse(responseCode = "400", description = "Invalid fields, or a variation that changes nothing; nothing was written")
    @ApiResponse(responseCode = "409", description = "The licence changed since the version sent; nothing was written")
    public ResponseEntity<Map<String, Object>> vary(@PathVariable String ref, @PathVariable long licenceId,
                                                    @RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = NewVariation.class))) JsonNode json) {
        NewVariation body = bodies.read(json, NewVariation.class);
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate varied = date(body.variedOn(), "variedOn", problems);
        LocalDate ends = date(body.endsOn(), "endsOn", problems);
        refuseIfAny(problems);
        Licence after = licences.vary(ref, licenceId, body.version(), varied, body.reason(), inputs(body.added()),
                body.removed(), ends);
        return ResponseEntity.status(HttpStatus.CREATED).body(licence(after));
    }

    private static List<ConditionInput> inputs(List<NewCondition> conditions) {
        return conditions == null ? List.of() : conditions.stream().map(c -> c == null ? null : c.input()).toList();
    }

    private static LocalDate date(String value, String field, Map<String, String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, field + " must be a date as YYYY-MM-DD");
            return null;
        }
    }

    private static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidLicenceException(problems);
        }
    }

    static Map<String, Object> resource(Picture p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", p.ref());
        m.put("standardConditions", Map.of("source", StandardConditions.SOURCE, "conditions", StandardConditions.ALL));
        m.put("licences", p.licences().stream().map(LicenceApi::licence).toList());
        return m;
    }

    static Map<String, Object> licence(Licence l) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        m.put("startsOn", l.startsOn().toString());
        m.put("endsOn", l.endsOn().toString());
        m.put("sentence", l.sentence());
        m.put("status", l.status().name());
        m.put("version", l.version());
        m.put("conditions", l.conditions().stream().map(LicenceApi::condition).toList());
        m.put("removedConditions", l.removed().stream().map(LicenceApi::condition).toList());
        m.put("variations", l.variations().stream().map(v -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("id", v.id());
            x.put("variedOn", v.variedOn().toString());
            x.put("reason", v.reason());
            x.put("changes", v.changes());
            x.put("recordedBy", v.recordedBy());
            x.put("recordedAt", v.recordedAt().toString());
            return (Object) x;
        }).toList());
        return m;
    }

    private static Map<String, Object> condition(Condition c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("code", c.code());
        m.put("words", c.words());
        m.put("parameters", c.parameters());
        m.put("victimRequested", c.victimRequested());
        m.put("retiredFromCatalogue", c.retired());
        m.put("addedByVariation", c.addedBy());
        m.put("removedByVariation", c.removedBy());
        return m;
    }
}
