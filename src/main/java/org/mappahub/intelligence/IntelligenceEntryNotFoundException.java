package org.mappahub.intelligence;

/** No entry of that id in this person's log (for this user). */
public class IntelligenceEntryNotFoundException extends RuntimeException {

    public IntelligenceEntryNotFoundException(String ref, String entry) {
        super("No intelligence log entry " + entry + " for " + ref);
    }
}
