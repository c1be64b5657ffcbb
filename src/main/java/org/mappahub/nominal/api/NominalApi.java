package org.mappahub.nominal.api;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.mappahub.access.Actor;
import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalNotFoundException;
import org.mappahub.access.AccessPolicy;
import org.mappahub.access.CaseAccess;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.SearchPage;
import org.mappahub.nominal.SearchQuery;
import org.mappahub.nominal.StoredNominal;
import org.mappahub.nominal.api.ApiProblem.FieldError;

/**
 * The nominal records over HTTP: search, read one, create one, change a person's identity. Every change must
 * name the version it was made against ({@code If-Match} or {@code version}); a change against an
 * out-of-date version is refused with 409 and never applied. Errors are problem details
 * ({@link NominalApiProblems}).
 */
@RestController
@RequestMapping(path = NominalApi.PATH, produces = {MediaType.APPLICATION_JSON_VALUE,
        MediaType.APPLICATION_PROBLEM_JSON_VALUE})
@Tag(name = "Nominals", description = "People managed under MAPPA")
class NominalApi {

    static final String PATH = "/api/v1/nominals";

    /** A strong entity tag as this API writes it: the version in double quotes. Bare digits are tolerated. */
    private static final Pattern ETAG = Pattern.compile("\"(\\d{1,9})\"|(\\d{1,9})");

    /** Deepest page a search may ask for: nobody reads further, and it keeps the offset well inside an int. */
    static final int MAX_PAGE = 10_000;
    static final int MAX_QUERY_LENGTH = SearchQuery.MAX_LENGTH;

    private final NominalChanges changes;
    private final CaseRecords records;
    private final CaseAccess access;

    private final Areas areas;

    NominalApi(NominalChanges changes, CaseRecords records, CaseAccess access, Areas areas) {
        this.areas = areas;
        this.changes = changes;
        this.records = records;
        this.access = access;
    }

    @GetMapping
    @CaseReader
    @Operation(summary = "Search for people",
            description = "One search text, as an officer types it: names (own names and aliases, in any order, "
                    + "spelling-tolerant), a date of birth (YYYY-MM-DD or DD/MM/YYYY) or year, a PNC ID, a ref. "
                    + "Results are ranked: exact name, then alias, then phonetic, then spelling; a matching date of "
                    + "birth lifts a result. `query` says how the text was understood.")
    @ApiResponse(responseCode = "200", description = "One page of results, best first")
    @ApiResponse(responseCode = "400", description = "No search text, nothing in it to search by, or a page or size out of range",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblem.class)))
    public SearchResults search(
            @Parameter(description = "What to search for", example = "SMITH, Jon 1970") @RequestParam String q,
            @Parameter(description = "Page number, from 1 (at most " + MAX_PAGE + ")")
            @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Results per page, 1 to " + SearchPage.MAX_PAGE_SIZE)
            @RequestParam(defaultValue = "" + SearchPage.DEFAULT_PAGE_SIZE) int size) {
        List<FieldError> errors = new ArrayList<>();
        SearchQuery query = null;
        if (q.isBlank()) {
            errors.add(new FieldError("q", "Enter a name, date of birth, PNC ID or ref to search for"));
        } else if (q.length() > MAX_QUERY_LENGTH) {
            errors.add(new FieldError("q", "Search text must be " + MAX_QUERY_LENGTH + " characters or fewer"));
        } else {
            query = SearchQuery.parse(q);
            if (query.isEmpty()) {
                errors.add(new FieldError("q", "Nothing to search by"
                        + (query.ignored().isEmpty() ? "" : ": not a valid date or PNC ID: " + String.join(", ", query.ignored()))));
            }
        }
        if (page < 1 || page > MAX_PAGE) {
            errors.add(new FieldError("page", "Page must be 1 to " + MAX_PAGE));
        }
        if (size < 1 || size > SearchPage.MAX_PAGE_SIZE) {
            errors.add(new FieldError("size", "Size must be 1 to " + SearchPage.MAX_PAGE_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, HttpStatus.BAD_REQUEST,
                    errors.stream().map(e -> e.field() + ": " + e.message()).collect(Collectors.joining("; ")), errors);
        }
        return SearchResults.of(records.search(query, q, page, size));
    }

    @GetMapping("/{ref}")
    @CaseReader
    @Operation(summary = "Read a nominal's whole record",
            description = "The ETag header carries the record's version; send it back as If-Match to change the record.")
    @ApiResponse(responseCode = "200", description = "The record",
            headers = @Header(name = "ETag", description = "The record's version, quoted", schema = @Schema(type = "string", example = "\"3\"")))
    @ApiResponse(responseCode = "404", description = "No nominal has this ref", content = @Content(
            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblem.class)))
    public ResponseEntity<NominalResource> read(
            @Parameter(description = "The nominal's ref", example = "LAN-000123") @PathVariable String ref) {
        StoredNominal stored = records.view(ref).stored();
        return ResponseEntity.ok().eTag(etag(stored.version())).body(NominalResource.of(stored));
    }

    /** The body of a stated reason. */
    public record StatedReason(String reason) {
    }

    @PostMapping(path = "/{ref}/access-reasons", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseReader
    @Operation(summary = "State why you need another area's record",
            description = "Opens the record for you for a limited time (the response says until when). The reason is "
                    + "written to the audit trail, and every view while it lasts is audited as exceptional access.")
    @ApiResponse(responseCode = "200", description = "The record is open to you until `until`")
    @ApiResponse(responseCode = "400", description = "The reason is missing or too short",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblem.class)))
    public java.util.Map<String, Object> stateReason(@PathVariable String ref, @RequestBody StatedReason body) {
        try {
            var granted = access.stateReason(ref, body.reason());
            return java.util.Map.of("ref", ref, "until", String.valueOf(granted.until()));
        } catch (IllegalArgumentException e) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, HttpStatus.BAD_REQUEST, e.getMessage(),
                    List.of(new FieldError("reason", e.getMessage())));
        }
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Create a nominal",
            description = "The system gives the record its ref (<AREA>-<number>). Nothing is stored when any field is invalid.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new record",
            headers = {@Header(name = "Location", description = "URL of the new record", schema = @Schema(type = "string")),
                    @Header(name = "ETag", description = "The new record's version, quoted", schema = @Schema(type = "string", example = "\"0\""))})
    @ApiResponse(responseCode = "400", description = "Invalid fields (errors lists each), malformed JSON, wrong types or unknown fields",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblem.class)))
    public ResponseEntity<NominalResource> create(@RequestBody NewNominal body) {
        // An unknown area is the record rules' field error; a known one must be the user's own.
        if (body.area() != null && areas.find(body.area()).isPresent()
                && !AccessPolicy.mayCreateIn(access.viewer().orElse(null), body.area())) {
            throw new ProblemException(ProblemType.FORBIDDEN, HttpStatus.FORBIDDEN,
                    "You can only create records in your own area");
        }
        String ref = changes.create(body.area(), body.identity(), Actor.currentUser());
        StoredNominal stored = records.read(ref).stored();
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{ref}")
                .buildAndExpand(ref).encode().toUri();
        return ResponseEntity.created(location).eTag(etag(stored.version())).body(NominalResource.of(stored));
    }

    @PutMapping(path = "/{ref}/identity", consumes = MediaType.APPLICATION_JSON_VALUE)
    @CaseEditor
    @Operation(summary = "Replace a nominal's identity",
            description = "Replaces the person's identity (name, date of birth, gender, ethnicity, agency references, BCU); "
                    + "fields left out become empty. The version the change was made against is required, as "
                    + "If-Match: \"<version>\" or as `version` in the body (if both are sent they must agree). "
                    + "If the record has changed since, the change is refused with 409 and nothing is written.",
            parameters = @Parameter(name = "If-Match", in = ParameterIn.HEADER,
                    description = "The record's version as read (its ETag), e.g. \"3\"", schema = @Schema(type = "string")))
    @ApiResponse(responseCode = "200", description = "Changed; the record at its new version",
            headers = @Header(name = "ETag", description = "The record's new version, quoted", schema = @Schema(type = "string", example = "\"4\"")))
    @ApiResponse(responseCode = "400", description = "Invalid fields (errors lists each), malformed JSON, wrong types, unknown fields or a malformed If-Match",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "404", description = "No nominal has this ref",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "409", description = "The record has changed since that version: nothing was written; "
            + "the problem names the current version, who changed it and when",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(responseCode = "428", description = "No version was sent (neither If-Match nor version)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ApiProblem.class)))
    public ResponseEntity<NominalResource> updateIdentity(
            @Parameter(description = "The nominal's ref", example = "LAN-000123") @PathVariable String ref,
            @Parameter(hidden = true) @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody IdentityChange body) {
        if (!records.read(ref).access().mayEdit()) {
            throw new ProblemException(ProblemType.FORBIDDEN, HttpStatus.FORBIDDEN,
                    "Only the owning area's practitioners and co-ordinators change a record");
        }
        int expectedVersion = expectedVersion(ifMatch, body.version());
        int version = changes.updateIdentity(ref, expectedVersion, body.identity(), Actor.currentUser());
        StoredNominal stored = records.read(ref).stored();
        return ResponseEntity.ok().eTag(etag(version)).body(NominalResource.of(stored));
    }

    /** The version a change was made against, from If-Match or the body; both must agree when both are sent. */
    private static int expectedVersion(String ifMatch, Integer bodyVersion) {
        Integer headerVersion = null;
        if (ifMatch != null && !ifMatch.isBlank()) {
            Matcher m = ETAG.matcher(ifMatch.trim());
            if (!m.matches()) {
                throw new ProblemException(ProblemType.INVALID_PARAMETER, HttpStatus.BAD_REQUEST,
                        "If-Match must be the single version you read, as its ETag, for example \"3\"",
                        List.of(new FieldError("If-Match", "must be one quoted version number, for example \"3\"")));
            }
            headerVersion = Integer.valueOf(m.group(1) != null ? m.group(1) : m.group(2));
        }
        if (headerVersion == null && bodyVersion == null) {
            throw new ProblemException(ProblemType.VERSION_REQUIRED, HttpStatus.PRECONDITION_REQUIRED,
                    "Send the version of the record you read, as If-Match: \"<version>\" or as version in the body, "
                            + "so that a change made since is never overwritten");
        }
        if (headerVersion != null && bodyVersion != null && !headerVersion.equals(bodyVersion)) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, HttpStatus.BAD_REQUEST,
                    "If-Match names version " + headerVersion + " but the body names version " + bodyVersion,
                    List.of(new FieldError("version", "must agree with If-Match")));
        }
        return headerVersion != null ? headerVersion : bodyVersion;
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }
}
