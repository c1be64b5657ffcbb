package org.mappahub.nominal.api;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The shape of every error the API returns (documentation only: the responses are Spring's
 * {@link org.springframework.http.ProblemDetail}, written as {@code application/problem+json}).
 */
@Schema(name = "Problem", description = "An RFC 9457 problem detail. `type` is stable per kind of problem; "
        + "extension members appear only on the kinds that use them.")
record ApiProblem(
        @Schema(description = "Identifies the kind of problem",
                example = ProblemType.BASE + "stale-version") URI type,
        @Schema(description = "Short summary of the kind of problem", example = "The record has changed since you read it")
        String title,
        @Schema(description = "The HTTP status", example = "409") int status,
        @Schema(description = "What happened this time, in plain English") String detail,
        @Schema(description = "The request path") URI instance,
        @Schema(description = "On invalid-nominal, malformed-request and invalid-parameter: what was wrong, field by field")
        List<FieldError> errors,
        @Schema(description = "On stale-version: the version the record is at now", example = "4")
        Integer currentVersion,
        @Schema(description = "On stale-version: the version the change was made against", example = "3")
        Integer yourVersion,
        @Schema(description = "On stale-version: who changed the record last", example = "alice")
        String changedBy,
        @Schema(description = "On stale-version: when the record was last changed (UTC)")
        Instant changedAt) {

    @Schema(name = "FieldError")
    record FieldError(
            @Schema(description = "Path of the field in the request body, or the name of the parameter",
                    example = "dateOfBirth") String field,
            @Schema(example = "Date of birth must be today or in the past") String message) {
    }
}
