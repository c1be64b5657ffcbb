package org.mappahub.referral.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.access.Coordinator;
import org.mappahub.referral.InvalidReferralException;
import org.mappahub.referral.Referrals;
import org.mappahub.referral.Referrals.Decision;
import org.mappahub.referral.Referrals.Input;
import org.mappahub.referral.Referrals.Referral;
import org.mappahub.referral.Referrals.Screening;

/**
 * A person's MAPPA referrals over HTTP: list, read one, submit one, record its screening. The same service and policy
 * as the pages; a stale screening is 409; bodies are JSON objects whose unknown fields are refused.
 */
@RestController
@RequestMapping(path = "/api/v1/nominals/{ref}/referrals", produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Referrals", description = "MAPPA referrals and their screening")
class ReferralApi {

    private static final Set<String> REFERRAL_FIELDS = Set.of("category", "categoryJustification", "crn", "prisonNumber",
            "policeReference", "releaseAddress", "indexOffence", "sentence", "previousOffences", "releaseDate",
            "sentenceEnd", "hospitalDetention", "hospitalDetails", "reason", "levelAsked");
    private static final Set<String> SCREENING_FIELDS = Set.of("version", "decision", "level", "chair", "rationale",
            "advice");

    private final Referrals referrals;

    ReferralApi(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping
    @CaseReader
    @Operation(summary = "List a person's referrals", description = "Newest first, each with its screening decision")
    @ApiResponse(responseCode = "200", description = "The referrals")
    public Map<String, Object> list(@PathVariable String ref) {
        Referrals.Picture p = referrals.view(ref);
        return Map.of("ref", ref, "referrals", p.referrals().stream().map(ReferralApi::resource).toList());
    }

    @GetMapping("/{referralId}")
    @CaseReader
    @Operation(summary = "Read one referral")
    @ApiResponse(responseCode = "200", description = "The referral")
    @ApiResponse(responseCode = "404", description = "No such referral on this record")
    public Map<String, Object> read(@PathVariable String ref, @PathVariable("referralId") long id) {
        return resource(referrals.referral(ref, id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Submit a referral", description = "{category: 1-3, categoryJustification (category 3), crn, "
            + "prisonNumber, policeReference, releaseAddress, indexOffence, sentence, previousOffences, releaseDate, "
            + "sentenceEnd (YYYY-MM-DD), hospitalDetention: boolean, hospitalDetails, reason, levelAsked: 2|3}")
    @ApiResponse(responseCode = "201", description = "Received today; screening due by the area's policy")
    @ApiResponse(responseCode = "400", description = "Invalid fields, each named (with the rule that refuses it)")
    public ResponseEntity<Map<String, Object>> submit(@PathVariable String ref, @RequestBody Map<String, Object> body) {
        unknownFields(body, REFERRAL_FIELDS);
        Map<String, String> problems = new LinkedHashMap<>();
        Input in = new Input(integer(body, "category", problems), text(body, "categoryJustification", problems),
                text(body, "crn", problems), text(body, "prisonNumber", problems), text(body, "policeReference", problems),
                text(body, "releaseAddress", problems), text(body, "indexOffence", problems),
                text(body, "sentence", problems), text(body, "previousOffences", problems),
                date(body, "releaseDate", problems), date(body, "sentenceEnd", problems),
                bool(body, "hospitalDetention", problems), text(body, "hospitalDetails", problems),
                text(body, "reason", problems), integer(body, "levelAsked", problems));
        if (!problems.isEmpty()) {
            throw new InvalidReferralException(problems);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(resource(referrals.submit(ref, in)));
    }

    @PostMapping(path = "/{referralId}/screening", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Coordinator // and the service: a co-ordinator who may edit the record
    @Operation(summary = "Record the screening decision", description = "{version, decision: ACCEPTED|NOT_ACCEPTED, "
            + "level: 2|3 (accepted), chair: the chair's user name, rationale and advice (not accepted)}; by a "
            + "co-ordinator of the owning area. An acceptance opens or changes the person's level.")
    @ApiResponse(responseCode = "200", description = "Recorded; the referral as it now is")
    @ApiResponse(responseCode = "400", description = "Invalid fields, or a level the rules refuse (naming the rule)")
    @ApiResponse(responseCode = "409", description = "Screened by someone else (or changed) since the version sent")
    public Map<String, Object> screen(@PathVariable String ref, @PathVariable("referralId") long id,
                                      @RequestBody Map<String, Object> body) {
        unknownFields(body, SCREENING_FIELDS);
        Map<String, String> problems = new LinkedHashMap<>();
        Integer version = integer(body, "version", problems);
        if (version == null) {
            problems.putIfAbsent("version", "version is required: the referral's version as read");
        }
        Decision decision = null;
        if (body.get("decision") != null) {
            try {
                decision = Decision.valueOf(String.valueOf(body.get("decision")));
            } catch (IllegalArgumentException e) {
                problems.put("decision", "decision must be one of " + List.of(Decision.values()));
            }
        }
        Screening s = new Screening(decision, integer(body, "level", problems), text(body, "chair", problems),
                text(body, "rationale", problems), text(body, "advice", problems));
        if (!problems.isEmpty()) {
            throw new InvalidReferralException(problems);
        }
        return resource(referrals.screen(ref, id, version, s));
    }

    static Map<String, Object> resource(Referral r) {
        Input c = r.content();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("version", r.version());
        m.put("category", c.category());
        m.put("categoryJustification", c.categoryJustification());
        m.put("referringAgency", r.referringAgency());
        m.put("referrer", r.referrer());
        m.put("crn", c.crn());
        m.put("prisonNumber", c.prisonNumber());
        m.put("policeReference", c.policeReference());
        m.put("releaseAddress", c.releaseAddress());
        m.put("indexOffence", c.indexOffence());
        m.put("sentence", c.sentence());
        m.put("previousOffences", c.previousOffences());
        m.put("releaseDate", str(c.releaseDate()));
        m.put("sentenceEnd", str(c.sentenceEnd()));
        m.put("hospitalDetention", c.hospitalDetention());
        m.put("hospitalDetails", c.hospitalDetails());
        m.put("reason", c.reason());
        m.put("levelAsked", c.levelAsked());
        m.put("receivedOn", str(r.receivedOn()));
        m.put("screenBy", str(r.screenBy()));
        m.put("decision", r.decision() == null ? null : r.decision().name());
        m.put("decidedOn", str(r.decidedOn()));
        m.put("levelAccepted", r.levelAccepted());
        m.put("coordinator", r.coordinator());
        m.put("chair", r.chair());
        m.put("rationale", r.rationale());
        m.put("advice", r.advice());
        return m;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static void unknownFields(Map<String, Object> body, Set<String> known) {
        Set<String> unknown = new TreeSet<>(body.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            Map<String, String> problems = new LinkedHashMap<>();
            unknown.forEach(f -> problems.put(f, "Unknown field " + f));
            throw new InvalidReferralException(problems);
        }
    }

    private static String text(Map<String, Object> body, String field, Map<String, String> problems) {
        Object v = body.get(field);
        if (v == null || v instanceof String) {
            return (String) v;
        }
        problems.put(field, field + " must be text");
        return null;
    }

    private static Integer integer(Map<String, Object> body, String field, Map<String, String> problems) {
        Object v = body.get(field);
        if (v == null || v instanceof Integer) {
            return (Integer) v;
        }
        problems.put(field, field + " must be a whole number");
        return null;
    }

    private static Boolean bool(Map<String, Object> body, String field, Map<String, String> problems) {
        Object v = body.get(field);
        if (v == null || v instanceof Boolean) {
            return (Boolean) v;
        }
        problems.put(field, field + " must be true or false");
        return null;
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
}
