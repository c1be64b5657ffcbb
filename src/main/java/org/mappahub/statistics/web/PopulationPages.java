package org.mappahub.statistics.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.CaseAccess;
import org.mappahub.access.Coordinator;
import org.mappahub.access.Viewer;
import org.mappahub.statistics.PopulationEstimates;
import org.mappahub.statistics.PopulationEstimates.Estimate;
import org.mappahub.statistics.StatisticsDocuments;

/**
 * The co-ordinator's page of their own area's mid-year population estimates (aged 10 and over, the figure the
 * RSOs-per-100,000 rate divides by): the known figures, and the form that enters one or corrects one. The area is the
 * signed-in user's, never the request's. No case data.
 */
@Controller
@RequestMapping("/statistics/population")
class PopulationPages {

    static final String STALE_MESSAGE = "Someone else entered or changed the figure for that mid-year while you were "
            + "editing it. The form now shows theirs: check it and submit yours again.";

    private final PopulationEstimates estimates;
    private final StatisticsDocuments documents;
    private final CaseAccess caseAccess;

    PopulationPages(PopulationEstimates estimates, StatisticsDocuments documents, CaseAccess caseAccess) {
        this.estimates = estimates;
        this.documents = documents;
        this.caseAccess = caseAccess;
    }

    @Coordinator
    @GetMapping
    ModelAndView show(@RequestParam(required = false) Integer midYear) {
        String area = ownArea();
        Estimate chosen = midYear == null ? null : estimates.find(area, midYear).orElse(null);
        return page(area, chosen == null ? (midYear == null ? "" : String.valueOf(midYear)) : String.valueOf(chosen.midYear()),
                chosen == null ? "" : String.valueOf(chosen.aged10AndOver()), chosen == null ? 0 : chosen.version(),
                Map.of(), null);
    }

    @Coordinator
    @PostMapping
    ModelAndView record(@RequestParam(defaultValue = "") String midYear, @RequestParam(defaultValue = "") String aged10AndOver,
                        @RequestParam(defaultValue = "") String version, RedirectAttributes redirect) {
        Viewer viewer = viewer();
        String area = viewer.area();
        Map<String, String> problems = new LinkedHashMap<>();
        Integer year = parseInt(midYear);
        if (year == null) {
            problems.put("midYear", "Enter the mid-year as a year, for example 2024");
        }
        Long figure = parseLong(aged10AndOver.replace(",", ""));
        if (figure == null) {
            problems.put("aged10AndOver", "Enter the population aged 10 and over as a whole number, for example 1250000");
        }
        Integer expected = parseInt(version);
        if (expected == null) {
            problems.put("midYear", "The form was incomplete: enter the mid-year and the figure again");
        }
        if (problems.isEmpty()) {
            try {
                estimates.record(area, year, figure, expected, viewer.username());
                redirect.addFlashAttribute("saved", "The population figure for mid-" + year + " has been saved");
                return new ModelAndView("redirect:/statistics/population");
            } catch (PopulationEstimates.InvalidEstimateException e) {
                problems.put(e.field(), e.getMessage());
            } catch (PopulationEstimates.StaleEstimateException e) {
                Estimate current = estimates.find(area, year).orElse(null);
                ModelAndView page = page(area, String.valueOf(year),
                        current == null ? "" : String.valueOf(current.aged10AndOver()),
                        current == null ? 0 : current.version(), Map.of(), STALE_MESSAGE);
                page.setStatus(HttpStatus.CONFLICT);
                return page;
            }
        }
        ModelAndView page = page(area, midYear, aged10AndOver, expected == null ? 0 : expected, problems, null);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView page(String area, String midYear, String figure, int version, Map<String, String> problems,
                              String stale) {
        ModelAndView page = new ModelAndView("statistics/population");
        List<Map<String, Object>> errors = new ArrayList<>();
        if (stale != null) {
            errors.add(map("text", stale, "href", "#aged10AndOver"));
        }
        problems.forEach((field, message) -> errors.add(map("text", message, "href", "#" + field)));
        page.addObject("errors", errors.isEmpty() ? null : errors);
        page.addObject("areaName", documents.areaName(area));
        page.addObject("estimates", estimates.of(area));
        page.addObject("version", version);
        page.addObject("midYearInput", map("id", "midYear", "name", "midYear", "value", midYear, "inputmode", "numeric",
                "spellcheck", false, "classes", "govuk-input--width-4",
                "label", map("text", "Mid-year", "classes", "govuk-label--s"),
                "hint", map("text", "The year of the ONS mid-year estimate (30 June), for example 2024"),
                "errorMessage", problems.containsKey("midYear") ? map("text", problems.get("midYear")) : null));
        page.addObject("figureInput", map("id", "aged10AndOver", "name", "aged10AndOver", "value", figure,
                "inputmode", "numeric", "spellcheck", false, "classes", "govuk-input--width-10",
                "label", map("text", "Population aged 10 and over", "classes", "govuk-label--s"),
                "errorMessage", problems.containsKey("aged10AndOver") ? map("text", problems.get("aged10AndOver")) : null));
        return page;
    }

    private Viewer viewer() {
        Viewer viewer = caseAccess.viewer().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (viewer.area() == null) {
            throw new AccessDeniedException("A co-ordinator not placed in an area has no area's figures to change");
        }
        return viewer;
    }

    private String ownArea() {
        return viewer().area();
    }

    private static Integer parseInt(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long parseLong(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }
}
