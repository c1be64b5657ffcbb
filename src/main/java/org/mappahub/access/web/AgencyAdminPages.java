package org.mappahub.access.web;

import static org.mappahub.access.web.Forms.map;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import org.mappahub.access.Administration;
import org.mappahub.access.Administrator;
import org.mappahub.access.Agencies;
import org.mappahub.access.AgencyType;

/** The system administrator's list of agencies, area by area, and the form that adds one. No case data here. */
@Controller
@RequestMapping("/admin/agencies")
class AgencyAdminPages {

    private final Agencies agencies;
    private final Administration administration;

    AgencyAdminPages(Agencies agencies, Administration administration) {
        this.agencies = agencies;
        this.administration = administration;
    }

    @Administrator
    @GetMapping
    ModelAndView list(@RequestParam(defaultValue = "") String area) {
        return page(area, Map.of(), Map.of("area", area));
    }

    @Administrator
    @PostMapping
    ModelAndView add(@RequestParam(defaultValue = "") String area, @RequestParam(defaultValue = "") String name,
                     @RequestParam(defaultValue = "") String type, RedirectAttributes redirect) {
        AgencyType agencyType = parse(type);
        try {
            administration.addAgency(area.isEmpty() ? null : area, name, agencyType);
        } catch (Administration.Refused e) {
            ModelAndView page = page(area, e.problems(), Map.of("area", area, "name", name, "type", type));
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        redirect.addFlashAttribute("added", name.strip());
        return new ModelAndView("redirect:" + UriComponentsBuilder.fromPath("/admin/agencies").queryParam("area", area)
                .encode().build().toUriString());
    }

    private ModelAndView page(String filter, Map<String, String> problems, Map<String, String> values) {
        List<Agencies.AreaName> areas = agencies.areas();
        Map<String, String> areaNames = areas.stream()
                .collect(Collectors.toMap(Agencies.AreaName::code, Agencies.AreaName::name, (a, b) -> a, LinkedHashMap::new));
        List<Agencies.Agency> shown = filter.isEmpty() ? agencies.all() : agencies.inArea(filter);
        List<List<Map<String, Object>>> rows = shown.stream()
                .sorted(Comparator.comparing((Agencies.Agency a) -> areaNames.getOrDefault(a.area(), a.area()))
                        .thenComparing(Agencies.Agency::name))
                .map(a -> List.of(map("text", areaNames.getOrDefault(a.area(), a.area())), map("text", a.name()),
                        map("text", a.type().title()), map("text", a.kind().title())))
                .toList();
        Map<String, String> types = new LinkedHashMap<>();
        for (AgencyType t : AgencyType.values()) {
            types.put(t.name(), t.title() + " (" + t.kind().title().toLowerCase() + ")");
        }
        ModelAndView page = new ModelAndView("admin/agencies");
        page.addObject("filter", map("id", "filter-area", "name", "area", "value", filter,
                "label", map("text", "Area", "classes", "govuk-label--s"),
                "items", Forms.options("All areas", areaNames)));
        page.addObject("filterName", areaNames.get(filter));
        page.addObject("rows", rows);
        page.addObject("errors", problems.isEmpty() ? null : Forms.summary(problems));
        page.addObject("areaField", map("id", "area", "name", "area", "value", values.getOrDefault("area", ""),
                "label", map("text", "Area"), "items", Forms.options("Choose an area", areaNames),
                "errorMessage", Forms.error(problems, "area")));
        page.addObject("nameField", map("id", "name", "name", "name", "value", values.getOrDefault("name", ""),
                "label", map("text", "Name of the agency"), "hint", map("text", "For example, Cumbria Constabulary"),
                "spellcheck", false, "errorMessage", Forms.error(problems, "name")));
        page.addObject("typeField", map("id", "type", "name", "type", "value", values.getOrDefault("type", ""),
                "label", map("text", "Type of agency"),
                "hint", map("text", "The type decides what its staff may see: Responsible Authority staff read their "
                        + "area's cases, the other agencies only the cases shared with them."),
                "items", Forms.options("Choose a type", types), "errorMessage", Forms.error(problems, "type")));
        return page;
    }

    private static AgencyType parse(String type) {
        try {
            return type.isEmpty() ? null : AgencyType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
