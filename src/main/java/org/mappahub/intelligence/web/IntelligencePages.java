package org.mappahub.intelligence.web;

import static org.mappahub.intelligence.web.Forms.blank;
import static org.mappahub.intelligence.web.Forms.error;
import static org.mappahub.intelligence.web.Forms.map;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.Agencies.Agency;
import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.intelligence.HandlingMarking;
import org.mappahub.intelligence.HandlingMarking.Classification;
import org.mappahub.intelligence.HandlingMarking.HandlingCode;
import org.mappahub.intelligence.HandlingMarking.IntelligenceEvaluation;
import org.mappahub.intelligence.HandlingMarking.SourceEvaluation;
import org.mappahub.intelligence.IntelligenceEntryNotFoundException;
import org.mappahub.intelligence.IntelligenceKind;
import org.mappahub.intelligence.IntelligenceLog;
import org.mappahub.intelligence.IntelligenceLog.Correction;
import org.mappahub.intelligence.IntelligenceLog.Draft;
import org.mappahub.intelligence.IntelligenceLog.Entry;
import org.mappahub.intelligence.IntelligenceLog.Picture;
import org.mappahub.intelligence.InvalidIntelligenceException;
import org.mappahub.intelligence.StaleIntelligenceEntryException;

/**
 * A person's intelligence and contact log: the entries, newest first (filtered by kind), the form that adds one,
 * and the correction form of an entry for staff of the agency that recorded it. Every decision is
 * {@link IntelligenceLog}'s (the access policy underneath).
 */
@Controller
@RequestMapping("/nominals/{ref}/intelligence")
class IntelligencePages {

    static final String STALE_MESSAGE = "Someone else corrected this entry while you were editing it. "
            + "It now shows their correction: check it and submit yours again.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final IntelligenceLog log;

    IntelligencePages(IntelligenceLog log) {
        this.log = log;
    }

    /** Every page here shows case data. */
    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @CaseReader
    @GetMapping
    String show(@PathVariable String ref, @RequestParam(required = false) String kind, Model model,
                HttpServletResponse response) {
        IntelligenceKind filter = Forms.parse(IntelligenceKind.class, kind);
        Map<String, String> errors = new LinkedHashMap<>();
        if (!blank(kind) && filter == null) {
            errors.put("kind-filter", "Choose a kind from the list to filter the log");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return page(log.view(ref, filter), Map.of(), errors, model);
    }

    @CaseEditor
    @PostMapping
    String record(@PathVariable String ref, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Draft draft = draft(form, errors);
        try {
            if (errors.isEmpty()) {
                log.record(ref, draft);
                redirect.addFlashAttribute("success", "Entry added to the intelligence log");
                return "redirect:/nominals/{ref}/intelligence";
            }
        } catch (InvalidIntelligenceException e) {
            e.problems().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(log.view(ref, null), form, errors, model);
    }

    @CaseEditor
    @GetMapping("/{entry}/correction")
    String correction(@PathVariable String ref, @PathVariable String entry, Model model) {
        return correctionPage(ref, found(ref, entry), Map.of(), Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/{entry}/correction")
    String correct(@PathVariable String ref, @PathVariable String entry, @RequestParam Map<String, String> form,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Draft draft = draft(form, errors);
        Long version = Forms.number(form.get("version"));
        try {
            if (errors.isEmpty()) {
                log.correct(ref, entry, version == null ? null : version.intValue(), draft);
                redirect.addFlashAttribute("success", "Entry corrected");
                return "redirect:/nominals/{ref}/intelligence";
            }
        } catch (InvalidIntelligenceException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleIntelligenceEntryException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", STALE_MESSAGE);
            return correctionPage(ref, found(ref, entry), Map.of(), Map.of(), model);
        } catch (IntelligenceEntryNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return correctionPage(ref, found(ref, entry), form, errors, model);
    }

    private Correction found(String ref, String entry) {
        try {
            return log.entryToCorrect(ref, entry);
        } catch (IntelligenceEntryNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    /** The draft the form describes; what cannot even be read is an error on its field. */
    private static Draft draft(Map<String, String> form, Map<String, String> errors) {
        LocalDate occurred = Forms.date(form.get("occurredDay"), form.get("occurredMonth"), form.get("occurredYear"),
                "occurredOn", "the date of the event", errors);
        Long source = Forms.number(form.get("sourceAgency"));
        if (!blank(form.get("sourceAgency")) && source == null) {
            errors.put("sourceAgency", "Select the source agency from the list");
        }
        Classification classification = Forms.parse(Classification.class, form.get("classification"));
        if (!blank(form.get("classification")) && classification == null) {
            errors.put("classification", "Select OFFICIAL or OFFICIAL-SENSITIVE: this system holds nothing above that");
        }
        IntelligenceKind kind = Forms.parse(IntelligenceKind.class, form.get("kind"));
        if (!errors.isEmpty()) {
            if (kind == null) {
                errors.put("kind", "Select what the entry records");
            }
            if (blank(form.get("summary"))) {
                errors.put("summary", "Enter a summary of what happened or what was learned");
            }
        }
        String grade = form.get("sourceEvaluation");
        return new Draft(occurred, kind, form.get("summary"), source, classification,
                grade == null ? null : SourceEvaluation.ofGrade(grade.strip()),
                Forms.parse(IntelligenceEvaluation.class, form.get("intelligenceEvaluation")),
                Forms.parse(HandlingCode.class, form.get("handlingCode")), form.get("handlingConditions"));
    }

    private String page(Picture picture, Map<String, String> form, Map<String, String> errors, Model model) {
        common(picture.ref(), errors, model);
        model.addAttribute("picture", picture);
        model.addAttribute("entries", picture.entries().stream().map(e -> shown(e, picture.mayCorrect(e))).toList());
        List<Object> filters = new ArrayList<>();
        filters.add(map("value", "", "text", "Every kind"));
        for (IntelligenceKind k : IntelligenceKind.values()) {
            filters.add(map("value", k.name(), "text", k.words(), "selected", k == picture.filter()));
        }
        model.addAttribute("filter", map("id", "kind-filter", "name", "kind", "items", filters,
                "label", map("text", "Show", "classes", "govuk-label--s"), "errorMessage", error(errors, "kind-filter")));
        if (picture.mayEdit()) {
            Map<String, String> values = new LinkedHashMap<>(form);
            if (form.isEmpty() && picture.userAgency() != null) {
                values.put("sourceAgency", String.valueOf(picture.userAgency()));
            }
            model.addAttribute("fields", fields(values, errors, picture.agencies()));
        }
        return "intelligence/log";
    }

    private String correctionPage(String ref, Correction correction, Map<String, String> form,
                                  Map<String, String> errors, Model model) {
        common(ref, errors, model);
        Entry entry = correction.entry();
        model.addAttribute("entry", shown(entry, false));
        model.addAttribute("version", entry.version());
        model.addAttribute("entryId", entry.id());
        Map<String, String> values = form.isEmpty() ? values(entry) : form;
        model.addAttribute("fields", fields(values, errors, correction.agencies()));
        return "intelligence/correction";
    }

    private static void common(String ref, Map<String, String> errors, Model model) {
        model.addAttribute("ref", ref);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errors.entrySet().stream()
                .map(e -> map("text", e.getValue(), "href", "#" + e.getKey())).toList());
    }

    /** An entry as the pages show it. */
    private static Map<String, Object> shown(Entry e, boolean mayCorrect) {
        HandlingMarking m = e.marking();
        return map("id", e.id(), "date", DATE.format(e.occurredOn()), "kind", e.kind().words(), "summary", e.summary(),
                "source", e.sourceAgency(), "classification", m.classification().words(),
                "grading", m.source().grade() + "/" + m.intelligence().name() + "/" + m.code().name(),
                "gradingWords", m.source().words() + "; " + m.intelligence().words() + "; " + m.code().words(),
                "conditions", m.conditions(),
                "recorded", e.recordedBy() + " (" + e.recordedAgency() + "), " + WHEN.format(e.recordedAt()),
                "corrected", e.corrected() ? "Corrected by " + e.updatedBy() + ", " + WHEN.format(e.updatedAt()) : null,
                "mayCorrect", mayCorrect);
    }

    private static Map<String, String> values(Entry e) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("occurredDay", String.valueOf(e.occurredOn().getDayOfMonth()));
        v.put("occurredMonth", String.valueOf(e.occurredOn().getMonthValue()));
        v.put("occurredYear", String.valueOf(e.occurredOn().getYear()));
        v.put("kind", e.kind().name());
        v.put("summary", e.summary());
        v.put("sourceAgency", String.valueOf(e.sourceAgencyId()));
        v.put("classification", e.marking().classification().name());
        v.put("sourceEvaluation", e.marking().source().grade());
        v.put("intelligenceEvaluation", e.marking().intelligence().name());
        v.put("handlingCode", e.marking().code().name());
        v.put("handlingConditions", e.marking().conditions());
        return v;
    }

    /** The GOV.UK component parameters of the entry form (adding or correcting). */
    private static Map<String, Object> fields(Map<String, String> form, Map<String, String> errors,
                                              List<Agency> agencies) {
        Map<String, Object> f = new LinkedHashMap<>();
        boolean badDate = errors.containsKey("occurredOn");
        f.put("occurredOn", map("id", "occurredOn",
                "fieldset", map("legend", map("text", "Date of the event", "classes", "govuk-fieldset__legend--s")),
                "hint", map("text", "For example, 3 5 2026"), "errorMessage", error(errors, "occurredOn"),
                "items", List.of(
                        map("id", "occurredOn-day", "name", "occurredDay", "label", "Day", "value", form.get("occurredDay"),
                                "classes", "govuk-input--width-2", "error", badDate),
                        map("id", "occurredOn-month", "name", "occurredMonth", "label", "Month",
                                "value", form.get("occurredMonth"), "classes", "govuk-input--width-2", "error", badDate),
                        map("id", "occurredOn-year", "name", "occurredYear", "label", "Year",
                                "value", form.get("occurredYear"), "classes", "govuk-input--width-4", "error", badDate))));
        List<Object> kinds = new ArrayList<>();
        for (IntelligenceKind k : IntelligenceKind.values()) {
            kinds.add(map("value", k.name(), "text", k.words(), "checked", k.name().equals(form.get("kind"))));
        }
        f.put("kind", radios("kind", "What does the entry record?", null, errors, kinds));
        f.put("summary", map("id", "summary", "name", "summary", "value", form.get("summary"), "rows", 6,
                "label", map("text", "Summary", "classes", "govuk-label--s"),
                "hint", map("text", "What happened or what was learned, in up to " + IntelligenceLog.MAX_SUMMARY
                        + " characters. Sanitise it: do not name a confidential source."),
                "errorMessage", error(errors, "summary")));
        List<Object> sources = new ArrayList<>();
        for (Agency a : agencies) {
            sources.add(map("value", String.valueOf(a.id()), "text", a.name() + " (" + a.type().title() + ")",
                    "selected", String.valueOf(a.id()).equals(form.get("sourceAgency"))));
        }
        f.put("sourceAgency", map("id", "sourceAgency", "name", "sourceAgency", "items", sources,
                "label", map("text", "Source agency", "classes", "govuk-label--s"),
                "hint", map("text", "The agency the information came from"), "errorMessage", error(errors, "sourceAgency")));
        String classification = form.getOrDefault("classification", Classification.OFFICIAL_SENSITIVE.name());
        List<Object> classes = new ArrayList<>();
        for (Classification c : Classification.values()) {
            classes.add(map("value", c.name(), "text", c.words(), "checked", c.name().equals(classification)));
        }
        f.put("classification", radios("classification", "Security classification",
                "Government Security Classification. Everything on this system is OFFICIAL-SENSITIVE unless you "
                        + "decide this entry is OFFICIAL.", errors, classes));
        List<Object> grades = new ArrayList<>();
        for (SourceEvaluation s : SourceEvaluation.values()) {
            grades.add(map("value", s.grade(), "text", s.grade() + " – " + s.words(),
                    "checked", s.grade().equals(form.get("sourceEvaluation"))));
        }
        f.put("sourceEvaluation", radios("sourceEvaluation", "Source evaluation (3x5x2)", null, errors, grades));
        List<Object> evaluations = new ArrayList<>();
        for (IntelligenceEvaluation i : IntelligenceEvaluation.values()) {
            evaluations.add(map("value", i.name(), "text", i.name() + " – " + i.words(),
                    "checked", i.name().equals(form.get("intelligenceEvaluation"))));
        }
        f.put("intelligenceEvaluation", radios("intelligenceEvaluation", "Intelligence evaluation (3x5x2)", null,
                errors, evaluations));
        List<Object> codes = new ArrayList<>();
        for (HandlingCode c : HandlingCode.values()) {
            codes.add(map("value", c.name(), "text", c.name() + " – " + c.words(),
                    "checked", c.name().equals(form.get("handlingCode"))));
        }
        f.put("handlingCode", radios("handlingCode", "Handling code (3x5x2)", null, errors, codes));
        f.put("handlingConditions", map("id", "handlingConditions", "name", "handlingConditions", "rows", 3,
                "value", form.get("handlingConditions"),
                "label", map("text", "Handling conditions", "classes", "govuk-label--s"),
                "hint", map("text", "Required for handling code C: who it may be shared with, and how"),
                "errorMessage", error(errors, "handlingConditions")));
        return f;
    }

    private static Map<String, Object> radios(String name, String legend, String hint, Map<String, String> errors,
                                              List<Object> items) {
        return map("idPrefix", name, "name", name,
                "fieldset", map("legend", map("text", legend, "classes", "govuk-fieldset__legend--s")),
                "hint", hint == null ? null : map("text", hint), "errorMessage", error(errors, name), "items", items);
    }
}
