package org.mappahub.assessment.web;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.assessment.AssessmentNotFoundException;
import org.mappahub.assessment.InvalidAssessmentException;
import org.mappahub.assessment.RiskAssessments;
import org.mappahub.assessment.RiskAssessments.Assessment;
import org.mappahub.assessment.RiskAssessments.Form;
import org.mappahub.assessment.RiskAssessments.Input;
import org.mappahub.assessment.RiskAssessments.Picture;
import org.mappahub.assessment.RiskLevel;
import org.mappahub.assessment.RiskTool;
import org.mappahub.assessment.StaleAssessmentException;

/**
 * A person's risk assessments: the current picture (the latest of each tool) and the history, and the forms that
 * record and change them. Every decision is {@link RiskAssessments}' (the access policy underneath); what each tool
 * rates comes from {@link RiskTool}, so the form offers exactly what the service accepts.
 */
@Controller
@RequestMapping("/nominals/{ref}/assessments")
class AssessmentPages {

    static final String STALE_MESSAGE = "Someone else changed this risk assessment while you were editing it. "
            + "It now shows their change: check it and submit yours again.";
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RiskAssessments assessments;
    private final Clock clock;

    AssessmentPages(RiskAssessments assessments, Clock clock) {
        this.assessments = assessments;
        this.clock = clock;
    }

    /** Every page here shows case data. */
    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @CaseReader
    @GetMapping
    String show(@PathVariable String ref, Model model) {
        Picture picture = assessments.view(ref);
        model.addAttribute("picture", picture);
        model.addAttribute("ref", ref);
        model.addAttribute("current", picture.current().stream().map(a -> row(ref, a)).toList());
        model.addAttribute("history", picture.history().stream().map(a -> row(ref, a)).toList());
        model.addAttribute("tools", RiskTool.values());
        return "assessment/record";
    }

    /** The form for a new assessment of {@code tool}; without a (known) tool, the choice of tool. */
    @CaseEditor
    @GetMapping("/new")
    String newAssessment(@PathVariable String ref, @RequestParam(required = false) String tool, Model model) {
        Form form = assessments.form(ref, null);
        RiskTool chosen = RiskTool.named(tool).orElse(null);
        if (chosen == null) {
            return chooseTool(ref, null, model);
        }
        return form(form, chosen, Map.of("agency", form.defaultAgencyId() == null ? "" : String.valueOf(form.defaultAgencyId())),
                Map.of(), model);
    }

    @CaseEditor
    @PostMapping
    String create(@PathVariable String ref, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        RiskTool tool = RiskTool.named(params.get("tool")).orElse(null);
        Map<String, String> errors = new LinkedHashMap<>();
        Input input = input(tool, params, errors);
        try {
            if (serviceMaySee(errors)) {
                assessments.record(ref, input);
                redirect.addFlashAttribute("success", (tool == null ? "Risk" : tool.title()) + " assessment recorded");
                return "redirect:/nominals/{ref}/assessments";
            }
        } catch (InvalidAssessmentException e) {
            e.problems().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (tool == null) { // nothing to re-show without a tool: choose one
            assessments.form(ref, null);
            return chooseTool(ref, errors.getOrDefault("tool", "Select the tool that produced the assessment"), model);
        }
        return form(assessments.form(ref, null), tool, params, errors, model);
    }

    private static String chooseTool(String ref, String error, Model model) {
        model.addAttribute("ref", ref);
        model.addAttribute("errorList", error == null ? List.of() : List.of(map("text", error, "href", "#tool")));
        model.addAttribute("toolChoice", map("idPrefix", "tool", "name", "tool",
                "fieldset", map("legend", map("text", "Which tool produced the assessment?",
                        "classes", "govuk-fieldset__legend--m", "isPageHeading", false)),
                "errorMessage", error == null ? null : map("text", error),
                "items", java.util.Arrays.stream(RiskTool.values()).map(t -> (Object) map("value", t.name(),
                        "text", t.title(), "hint", map("text", t.description()))).toList()));
        return "assessment/choose-tool";
    }

    @CaseEditor
    @GetMapping("/{assessmentId}/edit")
    String edit(@PathVariable String ref, @PathVariable long assessmentId, Model model) {
        Form form = assessments.form(ref, assessmentId);
        return form(form, form.assessment().tool(), values(form.assessment()), Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/{assessmentId}")
    String change(@PathVariable String ref, @PathVariable long assessmentId, @RequestParam Map<String, String> params,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Form form = assessments.form(ref, assessmentId);
        RiskTool tool = form.assessment().tool();
        Map<String, String> errors = new LinkedHashMap<>();
        Input input = input(tool, params, errors);
        int version;
        try {
            version = Integer.parseInt(params.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            version = -1; // a form without its version is out of date by definition
        }
        try {
            if (serviceMaySee(errors)) {
                assessments.change(ref, assessmentId, version, input);
                redirect.addFlashAttribute("success", tool.title() + " assessment changed");
                return "redirect:/nominals/{ref}/assessments";
            }
        } catch (InvalidAssessmentException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleAssessmentException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", STALE_MESSAGE);
            Form current = assessments.form(ref, assessmentId);
            return form(current, tool, values(current.assessment()), Map.of(), model);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return form(form, tool, params, errors, model);
    }

    @org.springframework.web.bind.annotation.ExceptionHandler(AssessmentNotFoundException.class)
    String notFound(AssessmentNotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        model.addAttribute("error", "Not Found");
        model.addAttribute("message", e.getMessage());
        return "error";
    }

    /**
     * Whether to let the service check the input too, so that every problem shows at once: with no error here, or
     * with only unreadable dates, which reach the service as missing, and a missing date it always refuses.
     */
    private static boolean serviceMaySee(Map<String, String> errors) {
        return errors.keySet().stream().allMatch(k -> k.equals("assessedOn") || k.equals("nextDueOn"));
    }

    /** The input as the form sent it; a date that is not a real date is an error here, before the service. */
    private static Input input(RiskTool tool, Map<String, String> p, Map<String, String> errors) {
        LocalDate assessedOn = date(p, "assessed", "assessedOn", "the date of the assessment", errors);
        LocalDate nextDueOn = date(p, "nextDue", "nextDueOn", "the date the next assessment is due", errors);
        Long agency = null;
        String agencyText = p.get("agency");
        if (agencyText != null && !agencyText.isBlank()) {
            try {
                agency = Long.valueOf(agencyText.strip());
            } catch (NumberFormatException e) {
                errors.put("agency", "Select the assessor's agency from the list");
            }
        }
        Map<String, String> levels = new LinkedHashMap<>();
        p.forEach((k, v) -> {
            if (k.startsWith("levels.") && v != null && !v.isBlank()) {
                levels.put(k.substring("levels.".length()), v);
            }
        });
        String imminent = p.get("imminentRisk");
        Boolean imminentRisk = "yes".equals(imminent) ? Boolean.TRUE : "no".equals(imminent) ? Boolean.FALSE : null;
        return new Input(tool, assessedOn, p.get("assessor"), agency, levels, imminentRisk, nextDueOn, p.get("notes"));
    }

    /** The form's values of a recorded assessment. */
    private static Map<String, String> values(Assessment a) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("assessedDay", String.valueOf(a.assessedOn().getDayOfMonth()));
        v.put("assessedMonth", String.valueOf(a.assessedOn().getMonthValue()));
        v.put("assessedYear", String.valueOf(a.assessedOn().getYear()));
        v.put("assessor", a.assessor());
        v.put("agency", String.valueOf(a.agencyId()));
        a.levels().forEach((k, l) -> v.put("levels." + k, l.name()));
        v.put("imminentRisk", a.imminentRisk() == null ? "" : a.imminentRisk() ? "yes" : "no");
        v.put("nextDueDay", String.valueOf(a.nextDueOn().getDayOfMonth()));
        v.put("nextDueMonth", String.valueOf(a.nextDueOn().getMonthValue()));
        v.put("nextDueYear", String.valueOf(a.nextDueOn().getYear()));
        v.put("notes", a.notes());
        v.put("version", String.valueOf(a.version()));
        return v;
    }

    private String form(Form form, RiskTool tool, Map<String, String> values, Map<String, String> errors, Model model) {
        model.addAttribute("ref", form.ref());
        model.addAttribute("tool", tool);
        model.addAttribute("assessment", form.assessment());
        model.addAttribute("version", values.get("version"));
        model.addAttribute("errorList", errors.entrySet().stream()
                .map(e -> map("text", e.getValue(), "href", "#" + anchor(e.getKey()))).toList());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("assessedOn", dateInput("assessedOn", "assessed", "Date of the assessment", values, errors));
        f.put("assessor", map("id", "assessor", "name", "assessor", "value", values.get("assessor"),
                "label", map("text", "Assessor", "classes", "govuk-label--s"), "hint", map("text", "Their name"),
                "errorMessage", error(errors, "assessor")));
        List<Object> agencyItems = new ArrayList<>();
        agencyItems.add(map("value", "", "text", "Select the agency"));
        form.agencies().forEach(a -> agencyItems.add(map("value", String.valueOf(a.id()), "text", a.name(),
                "selected", String.valueOf(a.id()).equals(values.get("agency")))));
        f.put("agency", map("id", "agency", "name", "agency", "items", agencyItems,
                "label", map("text", "Assessor's agency", "classes", "govuk-label--s"), "errorMessage", error(errors, "agency")));
        List<Object> scales = new ArrayList<>();
        for (RiskTool.Scale s : tool.scales()) {
            String name = "levels." + s.key();
            List<Object> items = new ArrayList<>();
            s.levels().forEach(l -> items.add(map("value", l.name(), "text", l.words())));
            if (!s.required()) {
                items.add(map("value", "", "text", "Not assessed"));
            }
            scales.add(map("idPrefix", name, "name", name, "classes", "govuk-radios--inline govuk-radios--small",
                    "value", values.getOrDefault(name, ""),
                    "fieldset", map("legend", map("text", s.label(), "classes", "govuk-fieldset__legend--s")),
                    "hint", s.required() ? null : map("text", optionalHint(tool, s)),
                    "errorMessage", error(errors, name), "items", items));
        }
        model.addAttribute("scales", scales);
        model.addAttribute("levelsError", error(errors, "levels"));
        f.put("imminentRisk", null);
        if (tool.recordsImminentRisk()) {
            f.put("imminentRisk", map("idPrefix", "imminentRisk", "name", "imminentRisk",
                    "classes", "govuk-radios--inline govuk-radios--small", "value", values.getOrDefault("imminentRisk", ""),
                    "fieldset", map("legend", map("text", "Is the risk imminent?", "classes", "govuk-fieldset__legend--s")),
                    "errorMessage", error(errors, "imminentRisk"),
                    "items", List.of(map("value", "yes", "text", "Yes"), map("value", "no", "text", "No"),
                            map("value", "", "text", "Not recorded"))));
        }
        f.put("nextDueOn", dateInput("nextDueOn", "nextDue", "Next assessment due", values, errors));
        f.put("notes", map("id", "notes", "name", "notes", "value", values.get("notes"),
                "label", map("text", "Notes", "classes", "govuk-label--s"), "hint", map("text", "Optional"),
                "errorMessage", error(errors, "notes")));
        model.addAttribute("fields", f);
        return "assessment/form";
    }

    private static String optionalHint(RiskTool tool, RiskTool.Scale s) {
        return tool == RiskTool.OASYS ? "Only while the person is in custody" : "If this scale was assessed";
    }

    /** Where an error links: a date's first box, a scale's first radio. */
    private static String anchor(String field) {
        return switch (field) {
            case "assessedOn", "nextDueOn" -> field + "-day";
            case "levels" -> "levels";
            default -> field;
        };
    }

    /** One assessment as the tables show it. */
    record Row(long id, String tool, String assessedOn, List<Map<String, Object>> levels, String imminent,
               String nextDue, Map<String, Object> nextDueTag, String assessor, String agency, String notes, String editHref) {
    }

    private Row row(String ref, Assessment a) {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (RiskTool.Scale s : a.tool().scales()) {
            RiskLevel l = a.levels().get(s.key());
            if (l != null) {
                levels.add(map("label", s.label(), "tag", map("text", l.words(), "classes", tagClass(l))));
            }
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> dueTag = a.nextDueOn().isBefore(today) ? map("text", "Overdue", "classes", "govuk-tag--red")
                : null;
        return new Row(a.id(), a.tool().title(), DATE.format(a.assessedOn()), levels,
                a.imminentRisk() == null ? null : a.imminentRisk() ? "Imminent risk: yes" : "Imminent risk: no",
                DATE.format(a.nextDueOn()), dueTag, a.assessor(), a.agencyName(), a.notes(),
                "/nominals/" + ref + "/assessments/" + a.id() + "/edit");
    }

    static String tagClass(RiskLevel l) {
        return switch (l) {
            case VERY_HIGH, HIGH -> "govuk-tag--red";
            case MEDIUM -> "govuk-tag--orange";
            case LOW -> "govuk-tag--green";
        };
    }

    private static Map<String, Object> dateInput(String id, String prefix, String legend, Map<String, String> form,
                                                 Map<String, String> errors) {
        boolean bad = errors.containsKey(id);
        return map("id", id,
                "fieldset", map("legend", map("text", legend, "classes", "govuk-fieldset__legend--s")),
                "hint", map("text", "For example, 27 3 2026"),
                "errorMessage", error(errors, id),
                "items", List.of(
                        dateItem(id + "-day", prefix + "Day", "Day", form.get(prefix + "Day"), bad, "govuk-input--width-2"),
                        dateItem(id + "-month", prefix + "Month", "Month", form.get(prefix + "Month"), bad, "govuk-input--width-2"),
                        dateItem(id + "-year", prefix + "Year", "Year", form.get(prefix + "Year"), bad, "govuk-input--width-4")));
    }

    private static Map<String, Object> dateItem(String id, String name, String label, String value, boolean error,
                                                String classes) {
        return map("id", id, "name", name, "label", label, "value", value, "classes", classes, "error", error);
    }

    /** A date from its three parts; a missing or impossible one is an error on {@code field}. */
    private static LocalDate date(Map<String, String> p, String prefix, String field, String what,
                                 Map<String, String> errors) {
        String day = p.get(prefix + "Day");
        String month = p.get(prefix + "Month");
        String year = p.get(prefix + "Year");
        if (blank(day) && blank(month) && blank(year)) {
            return null; // the service says which date is missing
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " must be a real date, for example 27 3 2026");
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, Object> error(Map<String, String> errors, String field) {
        return errors.containsKey(field) ? map("text", errors.get(field)) : null;
    }

    /** A map that keeps its order and allows {@code null} values (which the fragments read as "not given"). */
    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
