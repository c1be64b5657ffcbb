package org.mappahub.nominal;

import java.time.LocalDate;

/**
 * One person found by a search, with what an officer needs to tell people apart at a glance, and which
 * of the person's names matched and why.
 *
 * @param ref              the record's ref
 * @param fullName         given names then family name, as stored ("JOHN PAUL SMITH")
 * @param dateOfBirth      the person's date of birth
 * @param category         the MAPPA category today, or null when no category span covers today
 * @param level            the management level today, or null
 * @param areaCode         the area that owns the record now
 * @param areaName         its display name
 * @param custody          custody status today
 * @param matchedName      the name that matched, family name first ("SMYTHE JON"); null for a PNC, ref or
 *                         date-of-birth-only match
 * @param matchedAlias     whether that name is an alias
 * @param matchKind        how the name (or identifier) matched
 * @param dateOfBirthMatch how the date of birth searched for matched
 * @param reasonRequired   another area's record the viewer has not stated a reason for: they see who it is and
 *                         where, not its category, level or custody
 */
public record SearchResult(String ref, String fullName, LocalDate dateOfBirth, Integer category, Integer level,
                           String areaCode, String areaName, CustodyStatus custody, String matchedName,
                           boolean matchedAlias, MatchKind matchKind, DateOfBirthMatch dateOfBirthMatch,
                           boolean reasonRequired) {

    /** The same result without custody, which is not among the parts shared with a DTC agency. */
    public SearchResult withoutCustody() {
        return new SearchResult(ref, fullName, dateOfBirth, category, level, areaCode, areaName, null, matchedName,
                matchedAlias, matchKind, dateOfBirthMatch, reasonRequired);
    }

    /** The same result as the identity summary only: another area's record, until the viewer states a reason. */
    public SearchResult withheld() {
        return new SearchResult(ref, fullName, dateOfBirth, null, null, areaCode, areaName, null, matchedName,
                matchedAlias, matchKind, dateOfBirthMatch, true);
    }

    /** "CAT 1 / LEVEL 2", or "no current category". */
    public String categoryAndLevel() {
        if (reasonRequired) {
            return "another area: reason needed";
        }
        if (category == null) {
            return "no current category";
        }
        return "CAT " + category + " / " + (level == null ? "no current level" : "LEVEL " + level);
    }

    /** Why this person is in the results, in words: "alias SMYTHE JON sounds like the name searched; date of birth matches". */
    public String why() {
        String name = switch (matchKind) {
            case PNC_ID -> "PNC ID matches";
            case REF -> "record ref matches";
            case DATE_OF_BIRTH -> "date of birth matches";
            case EXACT_NAME -> "name matches";
            case EXACT_ALIAS -> "alias " + matchedName + " matches";
            case PHONETIC -> (matchedAlias ? "alias " + matchedName : "name") + " sounds like the name searched";
            case SIMILAR_SPELLING -> (matchedAlias ? "alias " + matchedName : "name") + " is spelt like the name searched";
            case PARTIAL_NAME -> "part of " + (matchedAlias ? "alias " + matchedName : "the name") + " matches";
        };
        String dob = switch (dateOfBirthMatch) {
            case EXACT -> "; date of birth matches";
            case YEAR -> "; year of birth matches";
            case CLOSE -> "; date of birth differs in one part";
            case NONE -> "; date of birth does not match";
            case NOT_SEARCHED -> "";
        };
        return matchKind == MatchKind.DATE_OF_BIRTH ? name : name + dob;
    }

    /** How a result matched, best first (the order in which results of equal date-of-birth match rank). */
    public enum MatchKind {
        PNC_ID, REF, EXACT_NAME, EXACT_ALIAS, PHONETIC, SIMILAR_SPELLING, PARTIAL_NAME, DATE_OF_BIRTH
    }

    public enum DateOfBirthMatch { EXACT, YEAR, CLOSE, NONE, NOT_SEARCHED }

    public enum CustodyStatus {
        PRISON("In custody (prison)"), HOSPITAL("In hospital"), COMMUNITY("In the community");

        private final String label;

        CustodyStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
