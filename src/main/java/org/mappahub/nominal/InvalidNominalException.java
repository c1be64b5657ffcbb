package org.mappahub.nominal;

import java.util.List;

/** A change to a nominal record was refused; nothing was written. Each problem names its field. */
public class InvalidNominalException extends RuntimeException {

    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidNominalException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
