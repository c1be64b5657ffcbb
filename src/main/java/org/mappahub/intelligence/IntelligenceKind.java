package org.mappahub.intelligence;

/** What an intelligence or contact log entry records (issue 4, item 3). */
public enum IntelligenceKind {
    HOME_VISIT("Home visit"),
    /** Information from electronic monitoring: a tag, location or curfew data. */
    ELECTRONIC_MONITORING("Electronic monitoring"),
    /** Information from monitoring of a computer or other internet-enabled device. */
    COMPUTER_MONITORING("Computer or device monitoring"),
    PARTNER_CONCERN("Concern raised by a partner"),
    /** A link to a Multi-Agency Risk Assessment Conference (domestic abuse). */
    MARAC("Link to a MARAC"),
    MENTAL_HEALTH_RISK_FORUM("Link to a mental-health risk forum"),
    OTHER_CONTACT("Other contact");

    private final String words;

    IntelligenceKind(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
