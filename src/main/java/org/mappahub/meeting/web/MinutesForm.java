package org.mappahub.meeting.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mappahub.assessment.RiskLevel;
import org.mappahub.meeting.MinutesContent;
import org.mappahub.meeting.MinutesContent.Disclosure;
import org.mappahub.meeting.OffenderInformed;
import org.mappahub.meeting.RiskGroup;

/**
 * The minutes edit form, both ways: posted fields to {@link MinutesContent} (with the problems the form itself can
 * see: a date that is not a date, a choice that is not one), and content to fields to fill the form again. Disclosure
 * rows are {@code disclosure-<i>-<field>}; a row left wholly empty is no disclosure.
 */
final class MinutesForm {

    static final List<String> TEXTS = List.of("offenderContribution", "whoAtRisk", "triggers", "protectiveFactors",
            "supervision", "monitoringAndControl", "interventionsAndTreatment", "victimSafetyPlanning", "contingency",
            "dissent", "dissentResolution");
    static final List<String> DISCLOSURE_TEXTS = List.of("what", "toWhom", "why", "authorisedBy");
    static final int MAX_DISCLOSURES = 20;

    private MinutesForm() {
    }

    static MinutesContent content(Map<String, String> form, Map<String, String> errors) {
        Map<String, String> t = new LinkedHashMap<>();
        TEXTS.forEach(f -> t.put(f, text(form.get(f))));
        Boolean read = switch (String.valueOf(form.get("confidentialityRead"))) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
        Map<RiskGroup, RiskLevel> risks = new EnumMap<>(RiskGroup.class);
        for (RiskGroup g : RiskGroup.values()) {
            String v = text(form.get(g.field()));
            if (v != null) {
                try {
                    risks.put(g, RiskLevel.valueOf(v));
                } catch (IllegalArgumentException e) {
                    errors.put(g.field(), "Select the risk of serious harm to " + g.title().toLowerCase());
                }
            }
        }
        List<Disclosure> disclosures = new ArrayList<>();
        for (int i = 0; i < MAX_DISCLOSURES; i++) {
            String p = "disclosure-" + i + "-";
            boolean any = DISCLOSURE_TEXTS.stream().anyMatch(f -> text(form.get(p + f)) != null)
                    || text(form.get(p + "offender")) != null || text(form.get(p + "disclosedOnDay")) != null
                    || text(form.get(p + "disclosedOnMonth")) != null || text(form.get(p + "disclosedOnYear")) != null;
            if (!any) {
                continue;
            }
            OffenderInformed informed = null;
            try {
                String o = text(form.get(p + "offender"));
                informed = o == null ? null : OffenderInformed.valueOf(o);
            } catch (IllegalArgumentException e) {
                errors.put(p + "offender", "Disclosure " + (disclosures.size() + 1)
                        + ": select whether the offender was told or consented");
            }
            LocalDate on = PageForms.date(form, p + "disclosedOn", "Disclosure " + (disclosures.size() + 1)
                    + ": the day it was done must be a real date, for example 27 3 2026", errors);
            disclosures.add(new Disclosure(text(form.get(p + "what")), text(form.get(p + "toWhom")),
                    text(form.get(p + "why")), text(form.get(p + "authorisedBy")), informed, on));
        }
        LocalDate next = PageForms.date(form, "nextReviewDate", "The next review date must be a real date, for example 27 3 2026",
                errors);
        return new MinutesContent(read, t.get("offenderContribution"), risks, t.get("whoAtRisk"), t.get("triggers"),
                t.get("protectiveFactors"), t.get("supervision"), t.get("monitoringAndControl"),
                t.get("interventionsAndTreatment"), t.get("victimSafetyPlanning"), t.get("contingency"), disclosures,
                t.get("dissent"), t.get("dissentResolution"), next);
    }

    /** The form's fields for stored (or reapplied) content. */
    static Map<String, String> fields(MinutesContent c) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("confidentialityRead", c.confidentialityRead() == null ? null : c.confidentialityRead() ? "yes" : "no");
        f.put("offenderContribution", c.offenderContribution());
        for (RiskGroup g : RiskGroup.values()) {
            f.put(g.field(), c.risk(g) == null ? null : c.risk(g).name());
        }
        f.put("whoAtRisk", c.whoAtRisk());
        f.put("triggers", c.triggers());
        f.put("protectiveFactors", c.protectiveFactors());
        f.putAll(c.plan());
        f.put("dissent", c.dissent());
        f.put("dissentResolution", c.dissentResolution());
        putDate(f, "nextReviewDate", c.nextReviewDate());
        for (int i = 0; i < c.disclosures().size(); i++) {
            Disclosure d = c.disclosures().get(i);
            String p = "disclosure-" + i + "-";
            f.put(p + "what", d.what());
            f.put(p + "toWhom", d.toWhom());
            f.put(p + "why", d.why());
            f.put(p + "authorisedBy", d.authorisedBy());
            f.put(p + "offender", d.offender() == null ? null : d.offender().name());
            putDate(f, p + "disclosedOn", d.disclosedOn());
        }
        return f;
    }

    /** How many disclosure rows the form shows: those filled in and one empty. */
    static int disclosureRows(Map<String, String> form) {
        int rows = 0;
        for (int i = 0; i < MAX_DISCLOSURES; i++) {
            String p = "disclosure-" + i + "-";
            if (form.keySet().stream().anyMatch(k -> k.startsWith(p) && text(form.get(k)) != null)) {
                rows = i + 1;
            }
        }
        return Math.min(rows + 1, MAX_DISCLOSURES);
    }

    private static void putDate(Map<String, String> f, String name, LocalDate d) {
        f.put(name + "Day", d == null ? null : String.valueOf(d.getDayOfMonth()));
        f.put(name + "Month", d == null ? null : String.valueOf(d.getMonthValue()));
        f.put(name + "Year", d == null ? null : String.valueOf(d.getYear()));
    }


    static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
