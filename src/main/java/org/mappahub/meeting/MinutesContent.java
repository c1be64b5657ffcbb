package org.mappahub.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.mappahub.assessment.RiskLevel;

/**
 * What the minute taker writes in the minutes (the MAPPA C structure): everything but the attendance, which comes
 * from the invitations, and the lifecycle. Values are as typed (trimmed; blank is null), so that a form can hold
 * them and every problem can be named at once.
 *
 * @param confidentialityRead whether the confidentiality statement was read (null: not said yet)
 * @param risks               the risk of serious harm per group (a group not assessed is absent)
 * @param disclosures         disclosure decisions, in order
 * @param nextReviewDate      when the case is next reviewed (null: not set yet; defaulted from the policy)
 */
public record MinutesContent(Boolean confidentialityRead, String offenderContribution, Map<RiskGroup, RiskLevel> risks,
                             String whoAtRisk, String triggers, String protectiveFactors, String supervision,
                             String monitoringAndControl, String interventionsAndTreatment,
                             String victimSafetyPlanning, String contingency, List<Disclosure> disclosures,
                             String dissent, String dissentResolution, LocalDate nextReviewDate) {

    /** One disclosure decision (MAPPA.md §8); {@code disclosedOn} null while it is still to be done. */
    public record Disclosure(String what, String toWhom, String why, String authorisedBy, OffenderInformed offender,
                             LocalDate disclosedOn) {
    }

    /** One field whose stored value differs from the user's (for the concurrent-edit page and problem). */
    public record Difference(String field, String label, String stored, String yours) {
    }

    /** The four headings of the risk management plan, and contingency: field to heading. */
    public static final Map<String, String> PLAN_HEADINGS = headings();

    public MinutesContent {
        risks = risks == null || risks.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(risks));
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
    }

    public static MinutesContent empty(LocalDate nextReviewDate) {
        return new MinutesContent(null, null, Map.of(), null, null, null, null, null, null, null, null, List.of(), null,
                null, nextReviewDate);
    }

    /** The plan's text under each heading, in order (field to text). */
    public Map<String, String> plan() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("supervision", supervision);
        out.put("monitoringAndControl", monitoringAndControl);
        out.put("interventionsAndTreatment", interventionsAndTreatment);
        out.put("victimSafetyPlanning", victimSafetyPlanning);
        out.put("contingency", contingency);
        return out;
    }

    public RiskLevel risk(RiskGroup group) {
        return risks.get(group);
    }

    /** Every field as the user reads it, in the order of the form: field to (label, shown value). */
    public Map<String, String[]> shown() {
        Map<String, String[]> out = new LinkedHashMap<>();
        out.put("confidentialityRead", new String[]{"Confidentiality statement read",
                confidentialityRead == null ? null : confidentialityRead ? "Yes" : "No"});
        out.put("offenderContribution", new String[]{"The offender's written contribution", offenderContribution});
        for (RiskGroup g : RiskGroup.values()) {
            RiskLevel l = risks.get(g);
            out.put(g.field(), new String[]{"Risk of serious harm to " + g.title().toLowerCase(), l == null ? null : l.words()});
        }
        out.put("whoAtRisk", new String[]{"Who is at risk", whoAtRisk});
        out.put("triggers", new String[]{"Triggers", triggers});
        out.put("protectiveFactors", new String[]{"Protective factors", protectiveFactors});
        plan().forEach((f, v) -> out.put(f, new String[]{PLAN_HEADINGS.get(f), v}));
        for (int i = 0; i < disclosures.size(); i++) {
            out.put("disclosure-" + i, new String[]{"Disclosure " + (i + 1), describe(disclosures.get(i))});
        }
        out.put("dissent", new String[]{"Dissent", dissent});
        out.put("dissentResolution", new String[]{"How the dissent was resolved", dissentResolution});
        out.put("nextReviewDate", new String[]{"Next review date", nextReviewDate == null ? null
                : MappMeetings.day(nextReviewDate)});
        return out;
    }

    /** The fields where {@code stored} and this content (the user's) differ, in form order. */
    public List<Difference> differencesFrom(MinutesContent stored) {
        Map<String, String[]> mine = shown();
        Map<String, String[]> theirs = stored.shown();
        List<String> fields = new ArrayList<>(theirs.keySet());
        mine.keySet().stream().filter(k -> !theirs.containsKey(k)).forEach(fields::add);
        List<Difference> out = new ArrayList<>();
        for (String f : fields) {
            String[] s = theirs.get(f);
            String[] y = mine.get(f);
            String sv = s == null ? null : s[1];
            String yv = y == null ? null : y[1];
            if (!Objects.equals(sv, yv)) {
                out.add(new Difference(f, (s != null ? s : y)[0], sv, yv));
            }
        }
        return out;
    }

    static String describe(Disclosure d) {
        return d.what() + " — to " + d.toWhom() + "; why: " + d.why() + "; authorised by " + d.authorisedBy()
                + "; offender: " + (d.offender() == null ? "not said" : d.offender().title().toLowerCase())
                + "; " + (d.disclosedOn() == null ? "not yet done" : "done " + MappMeetings.day(d.disclosedOn()));
    }

    private static Map<String, String> headings() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("supervision", "Supervision");
        h.put("monitoringAndControl", "Monitoring and control");
        h.put("interventionsAndTreatment", "Interventions and treatment");
        h.put("victimSafetyPlanning", "Victim safety planning");
        h.put("contingency", "Contingency");
        return java.util.Collections.unmodifiableMap(h);
    }
}
