package org.mappahub.nominal.api;

import java.net.URI;

/**
 * The kinds of problem the API reports (RFC 9457 {@code type}). Each URI is stable: clients may branch
 * on it. The title is the same for every occurrence of the kind; {@code detail} says what happened.
 */
enum ProblemType {
    INVALID_NOMINAL("invalid-nominal", "The nominal's details are not valid"),
    MALFORMED_REQUEST("malformed-request", "The request body could not be read"),
    INVALID_PARAMETER("invalid-parameter", "A parameter of the request is not valid"),
    VERSION_REQUIRED("version-required", "The version you read is required"),
    STALE_VERSION("stale-version", "The record has changed since you read it"),
    NOMINAL_NOT_FOUND("nominal-not-found", "No such nominal"),
    FORBIDDEN("forbidden", "Forbidden"),
    REASON_REQUIRED("reason-required", "This record belongs to another area: state why you need it"),
    INTERNAL_ERROR("internal-error", "Something went wrong on our side");

    /** Where the problem types live; one place, so they stay stable. */
    static final String BASE = "https://mappa-hub.example/problems/";

    private final URI uri;
    private final String title;

    ProblemType(String slug, String title) {
        this.uri = URI.create(BASE + slug);
        this.title = title;
    }

    URI uri() {
        return uri;
    }

    String title() {
        return title;
    }
}
