package org.mappahub.meeting;

/**
 * The confidentiality statement read at the start of every MAPP meeting and carried on its minutes, page and PDF.
 * Words adapted from the statement the MAPPA Guidance's MAPPA C template opens with.
 */
public final class ConfidentialityStatement {

    public static final String TEXT = "The information discussed at this meeting is confidential. It is shared for the "
            + "purpose of protecting the public from the risk of serious harm posed by the person discussed, under the "
            + "Multi-Agency Public Protection Arrangements (Criminal Justice Act 2003, sections 325 to 327). It must not "
            + "be disclosed to anyone outside the agencies represented without the agreement of the chair, and the "
            + "minutes must be kept securely and handled as OFFICIAL-SENSITIVE.";

    private ConfidentialityStatement() {
    }
}
