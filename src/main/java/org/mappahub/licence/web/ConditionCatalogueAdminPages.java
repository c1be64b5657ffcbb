package org.mappahub.licence.web;

import static org.mappahub.licence.web.PageParts.error;
import static org.mappahub.licence.web.PageParts.errorList;
import static org.mappahub.licence.web.PageParts.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.Administrator;
import org.mappahub.licence.ConditionCatalogue;
import org.mappahub.licence.ConditionParameter;
import org.mappahub.licence.InvalidLicenceException;

/**
 * The system administrator's catalogue of additional licence conditions: every entry, the form that adds one and
 * a button that retires one (never a delete: licences refer to them). No case data here.
 */
@Controller
@RequestMapping("/admin/licence-conditions")
class ConditionCatalogueAdminPages {

    private final ConditionCatalogue catalogue;

    ConditionCatalogueAdminPages(ConditionCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Administrator
    @GetMapping
    ModelAndView list() {
        return page(Map.of(), Map.of(), List.of());
    }

    @Administrator
    @PostMapping
    ModelAndView add(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String wording,
                     @RequestParam(required = false) List<String> parameters, RedirectAttributes redirect) {
        List<String> ticked = parameters == null ? List.of() : parameters;
        List<ConditionParameter> declared = new ArrayList<>();
        for (String p : ticked) {
            try {
                declared.add(ConditionParameter.valueOf(p));
            } catch (IllegalArgumentException e) {
                return refused(Map.of("parameters", "Choose the parameters from the list"), code, wording, ticked);
            }
        }
        try {
            catalogue.add(code, wording, declared);
        } catch (InvalidLicenceException e) {
            return refused(e.problems(), code, wording, ticked);
        }
        redirect.addFlashAttribute("success", "Condition " + code.strip() + " added to the catalogue");
        return new ModelAndView("redirect:/admin/licence-conditions");
    }

    @Administrator
    @PostMapping("/retire")
    ModelAndView retire(@RequestParam(defaultValue = "") String code, RedirectAttributes redirect) {
        try {
            boolean retired = catalogue.retire(code);
            redirect.addFlashAttribute("success", retired ? "Condition " + code + " retired: it can no longer be chosen, "
                    + "and stays on the licences that have it" : "Condition " + code + " was already retired");
        } catch (InvalidLicenceException e) {
            ModelAndView page = page(e.problems(), Map.of(), List.of());
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        return new ModelAndView("redirect:/admin/licence-conditions");
    }

    private ModelAndView refused(Map<String, String> problems, String code, String wording, List<String> ticked) {
        ModelAndView page = page(problems, Map.of("code", code, "wording", wording), ticked);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView page(Map<String, String> problems, Map<String, String> values, List<String> ticked) {
        ModelAndView page = new ModelAndView("licence/admin-conditions");
        page.addObject("entries", catalogue.all());
        page.addObject("errorList", errorList(problems));
        page.addObject("codeField", map("id", "code", "name", "code", "value", values.get("code"),
                "label", map("text", "Code", "classes", "govuk-label--s"), "spellcheck", false,
                "hint", map("text", "Capital letters, digits and underscores, for example NO_CONTACT_NAMED_PERSON. "
                        + "Codes are never reused."),
                "errorMessage", error(problems, "code")));
        page.addObject("wordingField", map("id", "wording", "name", "wording", "value", values.get("wording"),
                "label", map("text", "Wording", "classes", "govuk-label--s"),
                "hint", map("text", "As it appears on the licence, with a placeholder where each parameter goes, for "
                        + "example: Not to approach or communicate with {NAMED_PERSON}."),
                "errorMessage", error(problems, "wording")));
        page.addObject("parametersField", map("idPrefix", "parameters", "name", "parameters",
                "fieldset", map("legend", map("text", "Parameters the condition takes", "classes", "govuk-fieldset__legend--s")),
                "errorMessage", error(problems, "parameters"),
                "items", java.util.Arrays.stream(ConditionParameter.values()).map(p -> map("value", p.name(),
                        "text", p.label() + " " + p.placeholder(), "checked", ticked.contains(p.name()))).toList()));
        return page;
    }
}
