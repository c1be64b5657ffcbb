package org.mappahub.licence.web;

import static org.mappahub.licence.web.PageParts.DATE;
import static org.mappahub.licence.web.PageParts.blank;
import static org.mappahub.licence.web.PageParts.date;
import static org.mappahub.licence.web.PageParts.dateInput;
import static org.mappahub.licence.web.PageParts.error;
import static org.mappahub.licence.web.PageParts.errorList;
import static org.mappahub.licence.web.PageParts.input;
import static org.mappahub.licence.web.PageParts.map;
import static org.mappahub.licence.web.PageParts.putDate;
import static org.mappahub.licence.web.PageParts.row;
import static org.mappahub.licence.web.PageParts.version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.licence.ConditionCatalogue;
import org.mappahub.licence.ConditionInput;
import org.mappahub.licence.ConditionParameter;
import org.mappahub.licence.InvalidLicenceException;
import org.mappahub.licence.LicenceNotFoundException;
import org.mappahub.licence.LicenceStatus;
import org.mappahub.licence.Licences;
import org.mappahub.licence.Licences.Condition;
import org.mappahub.licence.Licences.Licence;
import org.mappahub.licence.Licences.Picture;
import org.mappahub.licence.StaleLicenceException;
import org.mappahub.licence.StandardConditions;

/**
 * A person's licences: the list and the form that records one; one licence with its standard and additional
 * conditions (an exclusion zone's polygon drawn as an outline), its variations, and the forms that correct it, add
 * a condition it was issued with and vary it. Every decision is {@link Licences}' (the access policy underneath).
 */
@Controller
@RequestMapping("/nominals/{ref}/licences")
class LicencePages {

    static final String STALE_MESSAGE = "Someone else changed this licence while you were editing it. "
            + "It now shows their change: check it and submit yours again.";
    /** The side of the square an exclusion zone is drawn in, in CSS pixels. */
    static final int ZONE_SIZE = 200;

    private final Licences licences;

    LicencePages(Licences licences) {
        this.licences = licences;
    }

    /** Every page here shows case data. */
    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    /** A licence id that is not this person's: the same answer as a page that does not exist. */
    @ExceptionHandler(LicenceNotFoundException.class)
    void noSuchLicence(HttpServletResponse response) throws java.io.IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @CaseReader
    @GetMapping
    String list(@PathVariable String ref, Model model) {
        return listPage(licences.view(ref), Map.of(), Map.of(), model);
    }

    @CaseEditor
    @PostMapping
    String create(@PathVariable String ref, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = params.toSingleValueMap();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate starts = date(form, "starts", "startsOn", "the date the licence starts", false, errors);
        LocalDate ends = date(form, "ends", "endsOn", "the licence end date", false, errors);
        try {
            if (errors.isEmpty()) {
                Licence created = licences.create(ref, starts, ends, form.get("sentence"), List.of());
                redirect.addFlashAttribute("success", "Licence recorded: add its additional conditions below");
                return "redirect:/nominals/{ref}/licences/" + created.id();
            }
            if (blank(form.get("sentence"))) {
                errors.put("sentence", "Enter the sentence the licence follows, for example 4 years' imprisonment");
            }
        } catch (InvalidLicenceException e) {
            e.problems().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return listPage(licences.editView(ref), form, errors, model);
    }

    @CaseReader
    @GetMapping("/{licenceId}")
    String show(@PathVariable String ref, @PathVariable long licenceId, Model model) {
        Picture picture = licences.view(ref);
        return licencePage(picture, picture.licence(licenceId), null, Map.of(), Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/{licenceId}")
    String correct(@PathVariable String ref, @PathVariable long licenceId, @RequestParam MultiValueMap<String, String> params,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = params.toSingleValueMap();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate starts = date(form, "starts", "startsOn", "the date the licence starts", false, errors);
        LocalDate ends = date(form, "ends", "endsOn", "the licence end date", false, errors);
        return submit(ref, licenceId, "details", form, errors, model, response, redirect, "Licence corrected",
                () -> licences.correct(ref, licenceId, version(form.get("version")), starts, ends, form.get("sentence")));
    }

    @CaseEditor
    @PostMapping("/{licenceId}/conditions")
    String addIssuedCondition(@PathVariable String ref, @PathVariable long licenceId,
                              @RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                              RedirectAttributes redirect) {
        Map<String, String> form = params.toSingleValueMap();
        return submit(ref, licenceId, "issued", form, new LinkedHashMap<>(), model, response, redirect, "Condition added",
                () -> licences.addIssuedCondition(ref, licenceId, version(form.get("version")), condition(form)));
    }

    @CaseEditor
    @PostMapping("/{licenceId}/variations")
    String vary(@PathVariable String ref, @PathVariable long licenceId, @RequestParam MultiValueMap<String, String> params,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = params.toSingleValueMap();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate varied = date(form, "varied", "variedOn", "the date of the variation", false, errors);
        LocalDate newEnd = date(form, "newEnd", "endsOn", "the new licence end date", true, errors);
        List<Long> removed = new ArrayList<>();
        for (String id : params.getOrDefault("removed", List.of())) {
            try {
                removed.add(Long.valueOf(id));
            } catch (NumberFormatException e) {
                errors.put("removed", "Choose the conditions to remove from the list");
            }
        }
        List<ConditionInput> added = blank(form.get("condition")) ? List.of() : List.of(condition(form));
        return submit(ref, licenceId, "variation", form, errors, model, response, redirect, "Licence varied",
                () -> licences.vary(ref, licenceId, version(form.get("version")), varied, form.get("reason"), added,
                        removed, newEnd));
    }

    /** Runs a change of one licence: redirect on success, the page with errors (400) or the stale message (409). */
    private String submit(String ref, long licenceId, String which, Map<String, String> form, Map<String, String> errors,
                          Model model, HttpServletResponse response, RedirectAttributes redirect, String success,
                          Runnable change) {
        try {
            if (errors.isEmpty()) {
                change.run();
                redirect.addFlashAttribute("success", success);
                return "redirect:/nominals/{ref}/licences/" + licenceId;
            }
        } catch (InvalidLicenceException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleLicenceException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", STALE_MESSAGE);
            Picture picture = licences.editView(ref);
            return licencePage(picture, picture.licence(licenceId), null, Map.of(), Map.of(), model);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Map<String, String> keyed = new LinkedHashMap<>();
        errors.forEach((k, v) -> keyed.put(which + "-" + k.replaceFirst("^added\\[0]\\.", ""), v));
        Picture picture = licences.editView(ref);
        return licencePage(picture, picture.licence(licenceId), which, form, keyed, model);
    }

    private static ConditionInput condition(Map<String, String> form) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ConditionParameter p : ConditionParameter.values()) {
            values.put(p.field(), form.get(p.field()));
        }
        values.put(ConditionParameter.ZONE_POLYGON, form.get(ConditionParameter.ZONE_POLYGON));
        return new ConditionInput(form.get("condition"), values, "yes".equals(form.get("victimRequested")));
    }

    // --- the pages -----------------------------------------------------------------------------------------------

    private String listPage(Picture picture, Map<String, String> form, Map<String, String> errors, Model model) {
        common(picture, errors, model);
        if (!picture.licences().isEmpty()) {
            model.addAttribute("licenceTable", map("caption", "Licences", "captionClasses", "govuk-table__caption--m",
                    "head", List.of(map("text", "Starts"), map("text", "Ends"), map("text", "Sentence"),
                            map("text", "Status"), map("text", "Additional conditions")),
                    "rows", picture.licences().stream().map(l -> (Object) List.of(
                            map("html", "<a class=\"govuk-link\" href=\"/nominals/" + HtmlUtils.htmlEscape(picture.ref()) + "/licences/" + l.id()
                                    + "\">" + DATE.format(l.startsOn()) + "</a>"),
                            map("text", DATE.format(l.endsOn())), map("text", l.sentence()),
                            map("text", l.status().words()), map("text", String.valueOf(l.conditions().size())))).toList()));
        }
        if (picture.mayEdit()) {
            model.addAttribute("fields", detailFields("", form, errors));
        }
        return "licence/list";
    }

    private String licencePage(Picture picture, Licence l, String failed, Map<String, String> form,
                               Map<String, String> errors, Model model) {
        common(picture, errors, model);
        model.addAttribute("licence", l);
        model.addAttribute("summaryRows", List.of(row("Starts on", DATE.format(l.startsOn())),
                row("Licence end date", DATE.format(l.endsOn()) + " (the last day on licence)"),
                row("Sentence", l.sentence()), row("Status", l.status().words())));
        model.addAttribute("statusTag", map("text", l.status().words(), "classes",
                l.status() == LicenceStatus.IN_FORCE ? "govuk-tag--green" : "govuk-tag--grey"));
        model.addAttribute("standardConditions", StandardConditions.ALL);
        model.addAttribute("standardSource", StandardConditions.SOURCE);
        model.addAttribute("conditions", l.conditions().stream().map(c -> shown(c, l)).toList());
        model.addAttribute("removedConditions", l.removed().stream().map(c -> shown(c, l)).toList());
        model.addAttribute("variations", l.variations().stream().map(v -> map("date", DATE.format(v.variedOn()),
                "reason", v.reason(), "by", v.recordedBy(), "changes", changeLines(v.changes()))).toList());
        if (picture.mayEdit()) {
            Map<String, String> details = new LinkedHashMap<>();
            if ("details".equals(failed)) {
                details.putAll(form);
            } else {
                putDate(details, "starts", l.startsOn());
                putDate(details, "ends", l.endsOn());
                details.put("sentence", l.sentence());
            }
            model.addAttribute("detailFields", detailFields("details-", details, errors));
            model.addAttribute("issuedFields", conditionFields("issued-", picture.choosable(),
                    "issued".equals(failed) ? form : Map.of(), errors, false));
            Map<String, String> variation = "variation".equals(failed) ? form : Map.of();
            Map<String, Object> varied = conditionFields("variation-", picture.choosable(), variation, errors, true);
            varied.put("variedOn", dateInput("variation-variedOn", "varied", "Date of the variation", null, variation, errors));
            varied.put("reason", map("id", "variation-reason", "name", "reason", "value", variation.get("reason"),
                    "label", map("text", "Reason for the variation", "classes", "govuk-label--s"),
                    "errorMessage", error(errors, "variation-reason")));
            varied.put("endsOn", dateInput("variation-endsOn", "newEnd", "New licence end date",
                    "Only if the variation changes it", variation, errors));
            List<String> removing = variation.containsKey("removed") ? List.of(variation.get("removed")) : List.of();
            varied.put("removed", l.conditions().isEmpty() ? null : map("idPrefix", "variation-removed", "name", "removed",
                    "fieldset", map("legend", map("text", "Conditions the variation removes", "classes", "govuk-fieldset__legend--s")),
                    "errorMessage", error(errors, "variation-removed"),
                    "items", l.conditions().stream().map(c -> map("value", String.valueOf(c.id()), "text", c.words(),
                            "checked", removing.contains(String.valueOf(c.id())))).toList()));
            model.addAttribute("variationFields", varied);
        }
        return "licence/licence";
    }

    private static void common(Picture picture, Map<String, String> errors, Model model) {
        model.addAttribute("picture", picture);
        model.addAttribute("ref", picture.ref());
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errorList(errors));
    }

    /** A condition as the page shows it: words, tags, where it came from, and its zone's outline. */
    private static Map<String, Object> shown(Condition c, Licence l) {
        String origin = c.addedBy() == null ? "On the licence as issued" : l.variations().stream()
                .filter(v -> v.id() == c.addedBy()).findFirst()
                .map(v -> "Added by the variation of " + DATE.format(v.variedOn())).orElse("Added by a variation");
        if (c.removedBy() != null) {
            origin += l.variations().stream().filter(v -> v.id() == c.removedBy()).findFirst()
                    .map(v -> "; removed by the variation of " + DATE.format(v.variedOn())).orElse("; removed");
        }
        return map("id", c.id(), "words", c.words(), "code", c.code(), "victim", c.victimRequested(),
                "retired", c.retired(), "origin", origin,
                "zone", c.zone().map(z -> z.svgPoints(ZONE_SIZE)).orElse(null));
    }

    @SuppressWarnings("unchecked")
    private static List<String> changeLines(Map<String, Object> changes) {
        List<String> lines = new ArrayList<>();
        for (Object a : (List<Object>) changes.getOrDefault("added", List.of())) {
            lines.add("Added: " + ((Map<String, Object>) a).get("words"));
        }
        for (Object r : (List<Object>) changes.getOrDefault("removed", List.of())) {
            lines.add("Removed: " + ((Map<String, Object>) r).get("words"));
        }
        if (changes.get("endsOn") instanceof Map<?, ?> ends) {
            lines.add("Licence end date changed from " + DATE.format(LocalDate.parse((String) ends.get("from")))
                    + " to " + DATE.format(LocalDate.parse((String) ends.get("to"))));
        }
        return lines;
    }

    private static Map<String, Object> detailFields(String idPrefix, Map<String, String> form, Map<String, String> errors) {
        return map("startsOn", dateInput(idPrefix + "startsOn", "starts", "Date the licence starts",
                        "Usually the day of release, for example 27 3 2026", form, errors),
                "endsOn", dateInput(idPrefix + "endsOn", "ends", "Licence end date", "The last day on licence", form, errors),
                "sentence", map("id", idPrefix + "sentence", "name", "sentence", "value", form.get("sentence"),
                        "label", map("text", "Sentence the licence follows", "classes", "govuk-label--s"),
                        "hint", map("text", "In words or as its length, for example 4 years' imprisonment for robbery"),
                        "errorMessage", error(errors, idPrefix + "sentence")));
    }

    /** The fields that choose a condition from the catalogue and give its parameters. */
    private static Map<String, Object> conditionFields(String idPrefix, List<ConditionCatalogue.Entry> choosable,
                                                       Map<String, String> form, Map<String, String> errors,
                                                       boolean optional) {
        Map<String, Object> f = new LinkedHashMap<>();
        List<Object> items = new ArrayList<>();
        items.add(map("value", "", "text", optional ? "No condition added" : "Select a condition"));
        Map<ConditionParameter, String> blanks = new LinkedHashMap<>();
        for (ConditionParameter p : ConditionParameter.values()) {
            blanks.put(p, "[" + p.label().toLowerCase() + "]");
        }
        for (ConditionCatalogue.Entry e : choosable) {
            items.add(map("value", e.code(), "text", e.words(blanks), "selected", e.code().equals(form.get("condition"))));
        }
        f.put("condition", map("id", idPrefix + "condition", "name", "condition", "classes", "licence-condition-select",
                "label", map("text", optional ? "Condition the variation adds" : "Additional condition", "classes", "govuk-label--s"),
                "errorMessage", error(errors, idPrefix + "condition"), "items", items));
        f.put("namedPerson", named(input(idPrefix + "namedPerson", "Named person", form.get("namedPerson"),
                "For a no-contact condition", errors), "namedPerson"));
        f.put("age", named(input(idPrefix + "age", "Age", form.get("age"),
                "For a condition about children: under this age (1 to 17)", errors), "age"));
        f.put("zoneDescription", named(input(idPrefix + "zoneDescription", "Exclusion zone, in words", form.get("zoneDescription"),
                "For an exclusion zone, for example: the area bounded by Park Road, the A61 and the river", errors), "zoneDescription"));
        f.put("zonePolygon", map("id", idPrefix + "zonePolygon", "name", "zonePolygon", "value", form.get("zonePolygon"),
                "label", map("text", "Exclusion zone as a GeoJSON Polygon", "classes", "govuk-label--s"),
                "hint", map("text", "Optional. {\"type\": \"Polygon\", \"coordinates\": [[[longitude, latitude], ...]]}, "
                        + "each ring closed (its last position repeats its first)"),
                "errorMessage", error(errors, idPrefix + "zonePolygon")));
        f.put("address", named(input(idPrefix + "address", "Address", form.get("address"),
                "For a residence or curfew condition", errors), "address"));
        f.put("hours", named(input(idPrefix + "hours", "Hours", form.get("hours"),
                "For a curfew, for example 19:00 to 07:00", errors), "hours"));
        f.put("text", named(input(idPrefix + "text", "Details", form.get("text"),
                "For a condition that needs details, for example who arranges the appointments", errors), "text"));
        f.put("victimRequested", map("idPrefix", idPrefix + "victimRequested", "name", "victimRequested",
                "items", List.of(map("value", "yes", "text", "A victim asked for this condition",
                        "checked", "yes".equals(form.get("victimRequested"))))));
        return f;
    }

    /** The input posts under the parameter's field name, whatever its id. */
    private static Map<String, Object> named(Map<String, Object> input, String name) {
        input.put("name", name);
        return input;
    }
}
