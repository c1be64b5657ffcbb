package org.mappahub.policy.web;

import java.lang.reflect.RecordComponent;
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
import org.mappahub.policy.AreaPolicies;
import org.mappahub.policy.AreaPolicies.Current;
import org.mappahub.rules.PolicySettings;

/**
 * The co-ordinator's page of their own area's policy settings: every setting with its unit and the national
 * default, and the form that changes them (or resets them to the defaults). The area is the signed-in user's,
 * never the request's. No case data here.
 */
@Controller
@RequestMapping("/policy")
class AreaPolicyPages {

    static final String STALE_MESSAGE = "Someone else changed your area's policy settings while you were editing them. "
            + "The form now shows their change: check it and submit yours again.";

    /** One setting on the form: its record component's name, label and unit. */
    record Setting(String name, String label, String unit) {
    }

    static final List<Setting> SETTINGS = List.of(
            new Setting("level2ReviewIntervalWeeks", "Review a level 2 case at least every", "weeks"),
            new Setting("level3ReviewIntervalWeeks", "Review a level 3 case at least every", "weeks"),
            new Setting("identifyMonthsBeforeRelease", "Identify an eligible prisoner before release", "months"),
            new Setting("levelSetMonthsBeforeRelease", "Set the level before release", "months"),
            new Setting("firstMeetingMonthsBeforeRelease", "Hold the first level 2 or 3 meeting before release", "months"),
            new Setting("referralScreeningWorkingDays", "Screen a referral within", "working days"),
            new Setting("minutesDistributionWorkingDays", "Send the minutes of a meeting within", "working days"),
            new Setting("victimContactDays", "Contact the victim within, from sentence", "days"),
            new Setting("emergencyRecallHours", "Action an emergency recall within", "hours"),
            new Setting("standardRecallHours", "Action a standard recall within", "hours"));

    private final AreaPolicies policies;
    private final CaseAccess caseAccess;

    AreaPolicyPages(AreaPolicies policies, CaseAccess caseAccess) {
        this.policies = policies;
        this.caseAccess = caseAccess;
    }

    @Coordinator
    @GetMapping
    ModelAndView show() {
        Current current = policies.current(ownArea());
        return page(current, text(current.settings()), Map.of(), null);
    }

    @Coordinator
    @PostMapping
    ModelAndView change(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Viewer viewer = viewer();
        String area = viewer.area();
        Current current = policies.current(area);
        boolean reset = "reset".equals(form.get("action"));
        Map<String, String> typed = reset ? text(PolicySettings.DEFAULTS) : typed(form);
        Map<String, String> problems = new LinkedHashMap<>();
        int[] values = new int[SETTINGS.size()];
        for (int i = 0; i < SETTINGS.size(); i++) {
            Setting s = SETTINGS.get(i);
            try {
                values[i] = Integer.parseInt(typed.get(s.name()).strip());
            } catch (NumberFormatException e) {
                problems.put(s.name(), "Enter " + s.label().toLowerCase() + " as a whole number of " + s.unit());
            }
        }
        Integer version = parseVersion(form.get("version"));
        if (version == null) {
            return stale(current);
        }
        if (problems.isEmpty()) {
            try {
                policies.change(area, version, settings(values), viewer.username());
                redirect.addFlashAttribute("saved", reset ? "Your area's policy settings are the national defaults again"
                        : "Your area's policy settings have been changed");
                return new ModelAndView("redirect:/policy");
            } catch (AreaPolicies.InvalidSettingsException e) {
                e.problems().forEach(p -> problems.merge(p.setting(), p.message(), (a, b) -> a + ". " + b));
            } catch (AreaPolicies.StaleSettingsException e) {
                return stale(policies.current(area));
            }
        }
        ModelAndView page = page(new Current(area, current.settings(), version, current.updatedBy(), current.updatedAt()),
                typed, problems, null);
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }

    private ModelAndView stale(Current current) {
        ModelAndView page = page(current, text(current.settings()), Map.of(), STALE_MESSAGE);
        page.setStatus(HttpStatus.CONFLICT);
        return page;
    }

    private ModelAndView page(Current current, Map<String, String> values, Map<String, String> problems, String stale) {
        ModelAndView page = new ModelAndView("policy/settings");
        List<Map<String, Object>> errors = new ArrayList<>();
        if (stale != null) {
            errors.add(map("text", stale, "href", "#" + SETTINGS.get(0).name()));
        }
        problems.forEach((field, message) -> errors.add(map("text", message, "href", "#" + field)));
        page.addObject("errors", errors.isEmpty() ? null : errors);
        page.addObject("areaName", current.area());
        page.addObject("version", current.version());
        page.addObject("defaults", current.defaults());
        page.addObject("updatedBy", current.updatedBy());
        Map<String, String> defaults = text(PolicySettings.DEFAULTS);
        List<Map<String, Object>> fields = new ArrayList<>();
        for (Setting s : SETTINGS) {
            String message = problems.get(s.name());
            fields.add(map("id", s.name(), "name", s.name(), "value", values.get(s.name()), "inputmode", "numeric",
                    "spellcheck", false, "classes", "govuk-input--width-3",
                    "label", map("text", s.label(), "classes", "govuk-label--s"),
                    "hint", map("text", "The national default is " + defaults.get(s.name()) + " " + s.unit()),
                    "suffix", map("text", s.unit()),
                    "errorMessage", message == null ? null : map("text", message)));
        }
        page.addObject("fields", fields);
        return page;
    }

    private Viewer viewer() {
        Viewer viewer = caseAccess.viewer().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (viewer.area() == null) {
            throw new AccessDeniedException("A co-ordinator not placed in an area has no area's settings to change");
        }
        return viewer;
    }

    private String ownArea() {
        return viewer().area();
    }

    private static Map<String, String> typed(Map<String, String> form) {
        Map<String, String> typed = new LinkedHashMap<>();
        SETTINGS.forEach(s -> typed.put(s.name(), form.getOrDefault(s.name(), "")));
        return typed;
    }

    private static Integer parseVersion(String version) {
        try {
            return version == null ? null : Integer.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The settings' values as the form shows them, by component name. */
    static Map<String, String> text(PolicySettings settings) {
        Map<String, String> text = new LinkedHashMap<>();
        for (RecordComponent c : PolicySettings.class.getRecordComponents()) {
            try {
                text.put(c.getName(), String.valueOf(c.getAccessor().invoke(settings)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return text;
    }

    /** The settings from values in the order of {@link #SETTINGS}, which is the record's. */
    private static PolicySettings settings(int[] values) {
        return new PolicySettings(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7],
                values[8], values[9]);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            map.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
        }
        return map;
    }
}
