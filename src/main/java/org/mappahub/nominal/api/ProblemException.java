package org.mappahub.nominal.api;

import java.util.List;

import org.springframework.http.HttpStatus;

import org.mappahub.nominal.api.ApiProblem.FieldError;

/** A request the API refuses before it reaches the nominal module, reported as a problem of the given kind. */
class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final HttpStatus status;
    private final List<FieldError> errors;

    ProblemException(ProblemType type, HttpStatus status, String detail, List<FieldError> errors) {
        super(detail);
        this.type = type;
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    ProblemException(ProblemType type, HttpStatus status, String detail) {
        this(type, status, detail, List.of());
    }

    ProblemType type() {
        return type;
    }

    HttpStatus status() {
        return status;
    }

    List<FieldError> errors() {
        return errors;
    }
}
