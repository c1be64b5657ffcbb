package org.mappahub.assessment;

/** No risk assessment of that id is recorded for that person (or the user may not see it). */
public class AssessmentNotFoundException extends RuntimeException {

    public AssessmentNotFoundException(String ref, long id) {
        super("No risk assessment " + id + " is recorded for " + ref);
    }
}
