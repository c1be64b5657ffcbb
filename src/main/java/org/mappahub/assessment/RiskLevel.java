package org.mappahub.assessment;

import org.mappahub.rules.CategoryRules.RiskOfSeriousHarm;

/** A level a tool records, lowest first; each tool's scales allow some of them ({@link RiskTool}). */
public enum RiskLevel {
    LOW("Low"), MEDIUM("Medium"), HIGH("High"), VERY_HIGH("Very high");

    private final String words;

    RiskLevel(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** High and very high: what the pages tag red, and what category 3 needs. */
    public boolean high() {
        return this == HIGH || this == VERY_HIGH;
    }

    /** The same level, as the category rules name a risk of serious harm. */
    public RiskOfSeriousHarm asSeriousHarm() {
        return RiskOfSeriousHarm.valueOf(name());
    }
}
