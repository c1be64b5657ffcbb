package org.mappahub.intelligence;

import java.util.Map;

/**
 * How an entry must be handled: its Government Security Classification and its 3x5x2 evaluation.
 * <p>
 * Classification: the Government Security Classifications (Cabinet Office, 2014, revised 2023) — OFFICIAL, with
 * OFFICIAL-SENSITIVE for the personal data that would do harm if lost; the whole system is OFFICIAL-SENSITIVE
 * (domain/MAPPA.md §11), so that is the default. SECRET and TOP SECRET material has no place on this system.
 * <p>
 * The 3x5x2 model is the intelligence report evaluation of UK policing that replaced 5x5x5 (College of Policing,
 * APP Intelligence management, "Intelligence Report (IR) reference material":
 * https://www.college.police.uk/app/intelligence-management). Its three parts, as we use them (wording as summarised
 * in public training material, e.g. hsmtraining.com 2017 "Assessing the source of intelligence", which quotes the
 * APP's "1. Reliable 2. Untested 3. Unreliable"): the source evaluation 1–3, the intelligence evaluation A–E and
 * the handling code P (lawful sharing permitted) or C (lawful sharing permitted with conditions: the conditions
 * must say what they are). We record the grades as given; we do not derive one from another.
 *
 * @param conditions the handling conditions; present exactly when the code is C
 */
public record HandlingMarking(Classification classification, SourceEvaluation source,
                              IntelligenceEvaluation intelligence, HandlingCode code, String conditions) {

    /** The longest handling conditions accepted. */
    public static final int MAX_CONDITIONS = 1000;

    /** Government Security Classification of the entry. */
    public enum Classification {
        OFFICIAL("OFFICIAL"),
        OFFICIAL_SENSITIVE("OFFICIAL-SENSITIVE");

        private final String words;

        Classification(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** 3x5x2, the "3": how reliable the source is. */
    public enum SourceEvaluation {
        RELIABLE("1", "Reliable"),
        UNTESTED("2", "Untested"),
        NOT_RELIABLE("3", "Not reliable");

        private final String grade;
        private final String words;

        SourceEvaluation(String grade, String words) {
            this.grade = grade;
            this.words = words;
        }

        public String grade() {
            return grade;
        }

        public String words() {
            return words;
        }

        public static SourceEvaluation ofGrade(String grade) {
            for (SourceEvaluation s : values()) {
                if (s.grade.equals(grade)) {
                    return s;
                }
            }
            return null;
        }
    }

    /** 3x5x2, the "5": how the source knows the information, and how far it is to be believed. */
    public enum IntelligenceEvaluation {
        A("Known directly to the source"),
        B("Known indirectly to the source but corroborated"),
        C("Known indirectly to the source"),
        D("Not known to the source"),
        E("Suspected to be false");

        private final String words;

        IntelligenceEvaluation(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** 3x5x2, the "2": whether and how it may be shared. */
    public enum HandlingCode {
        P("Lawful sharing permitted"),
        C("Lawful sharing permitted with conditions");

        private final String words;

        HandlingCode(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** The marking as one line, e.g. "OFFICIAL-SENSITIVE 1/A/P" or "OFFICIAL-SENSITIVE 2/C/C: police only". */
    public String shortForm() {
        return classification.words() + " " + source.grade() + "/" + intelligence.name() + "/" + code.name()
                + (conditions == null ? "" : ": " + conditions);
    }

    /**
     * Checks a marking's 3x5x2 parts, field by field; the field names are those of the forms and the API. (The
     * classification needs no check: left out, it is OFFICIAL-SENSITIVE.)
     */
    static void check(SourceEvaluation source, IntelligenceEvaluation intelligence,
                      HandlingCode code, String conditions, Map<String, String> problems) {
        if (source == null) {
            problems.put("sourceEvaluation", "Select the source evaluation (3x5x2: 1, 2 or 3)");
        }
        if (intelligence == null) {
            problems.put("intelligenceEvaluation", "Select the intelligence evaluation (3x5x2: A to E)");
        }
        if (code == null) {
            problems.put("handlingCode", "Select the handling code (3x5x2: P or C)");
        } else if (code == HandlingCode.C && conditions == null) {
            problems.put("handlingConditions", "Enter the handling conditions: handling code C (3x5x2) is sharing "
                    + "permitted with conditions, so the conditions must be stated");
        } else if (code == HandlingCode.P && conditions != null) {
            problems.put("handlingConditions", "Handling conditions apply only to handling code C (3x5x2); "
                    + "choose C or leave the conditions empty");
        }
        if (conditions != null && conditions.length() > MAX_CONDITIONS) {
            problems.put("handlingConditions", "Handling conditions must be " + MAX_CONDITIONS + " characters or fewer");
        }
    }
}
