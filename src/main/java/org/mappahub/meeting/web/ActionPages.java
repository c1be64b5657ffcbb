package org.mappahub.meeting.web;

import static org.mappahub.meeting.web.PageForms.number;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.CaseReader;
import org.mappahub.meeting.ActionStatus;
import org.mappahub.meeting.AgencyActions;
import org.mappahub.meeting.InvalidActionException;
import org.mappahub.meeting.MappMinutes;
import org.mappahub.meeting.MeetingActions;
import org.mappahub.meeting.StaleActionException;
import org.mappahub.rules.ActionRules;

/**
 * Actions agreed at MAPP meetings: a person's action tracker (all of them, or a duty-to-co-operate agency's own);
 * one action with the forms that record progress or completion (the owning agency, the co-ordinator or chair) and
 * cancel or reassign it (the co-ordinator or chair); a meeting's actions with the form that records one (the owning
 * area's co-ordinator, chair or minute taker); and the signed-in user's agency's tracker. Every decision is
 * {@link MeetingActions}' (the access policy underneath). Bad input: inline errors (400); stale: a message (409).
 */
@Controller
class ActionPages {

    static final String STALE_MESSAGE = "Someone else changed this action while you were looking at it. "
            + "The page now shows their change: check it and make yours again.";

    private final MappMinutes minutes;
    private final MeetingActions actions;
    private final AgencyActions agency;

    ActionPages(MeetingActions actions, AgencyActions agency, MappMinutes minutes) {
        this.minutes = minutes;
        this.actions = actions;
        this.agency = agency;
    }

    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @ModelAttribute("day")
    java.time.format.DateTimeFormatter day() {
        return MeetingPages.DAY;
    }

    @ModelAttribute("when")
    java.time.format.DateTimeFormatter when() {
        return MeetingPages.WHEN;
    }

    @ModelAttribute("dueSoonDays")
    int dueSoonDays() {
        return ActionRules.DUE_SOON_DAYS;
    }

    @CaseReader
    @GetMapping("/nominals/{ref}/actions")
    String tracker(@PathVariable String ref, Model model) {
        model.addAttribute("tracker", actions.tracker(ref));
        model.addAttribute("ref", ref);
        return "action/tracker";
    }

    @CaseReader
    @GetMapping("/nominals/{ref}/actions/{actionId}")
    String one(@PathVariable String ref, @PathVariable long actionId, Model model) {
        return actionPage(ref, actionId, Map.of(), Map.of(), model);
    }

    @CaseReader
    @PostMapping("/nominals/{ref}/actions/{actionId}/progress")
    String progress(@PathVariable String ref, @PathVariable long actionId, @RequestParam Map<String, String> form,
                    Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if ("complete".equals(form.get("action"))) {
            Map<String, String> errors = new LinkedHashMap<>();
            LocalDate on = PageForms.date(form, "completedOn", realDate("the date it was completed"), errors);
            return change(ref, actionId, form, errors, model, response, redirect, "Action completed",
                    () -> actions.complete(ref, actionId, version(form), form.get("completionNote"), on));
        }
        return change(ref, actionId, form, new LinkedHashMap<>(), model, response, redirect, "Progress recorded",
                () -> actions.recordProgress(ref, actionId, version(form), form.get("progress")));
    }

    @CaseReader
    @PostMapping("/nominals/{ref}/actions/{actionId}/management")
    String manage(@PathVariable String ref, @PathVariable long actionId, @RequestParam Map<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if ("cancel".equals(form.get("action"))) {
            return change(ref, actionId, form, new LinkedHashMap<>(), model, response, redirect, "Action cancelled",
                    () -> actions.cancel(ref, actionId, version(form), form.get("reason")));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate deadline = PageForms.date(form, "deadline", realDate("the deadline"), errors);
        return change(ref, actionId, form, errors, model, response, redirect, "Action reassigned",
                () -> actions.reassign(ref, actionId, version(form), number(form.get("agency")), form.get("owner"),
                        form.get("ownerName"), deadline));
    }

    @CaseReader
    @GetMapping("/nominals/{ref}/meetings/{meetingId}/actions")
    String atMeeting(@PathVariable String ref, @PathVariable long meetingId, Model model) {
        return meetingPage(ref, meetingId, Map.of(), Map.of(), model);
    }

    @CaseReader
    @PostMapping("/nominals/{ref}/meetings/{meetingId}/actions")
    String record(@PathVariable String ref, @PathVariable long meetingId, @RequestParam Map<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate deadline = PageForms.date(form, "deadline", realDate("the deadline"), errors);
        try {
            long id = actions.record(ref, meetingId, new MeetingActions.NewAction(form.get("description"),
                    number(form.get("agency")), form.get("owner"), form.get("ownerName"), deadline));
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("success", "Action recorded");
                return "redirect:/nominals/{ref}/meetings/{meetingId}/actions#action-" + id;
            }
        } catch (InvalidActionException e) {
            e.problems().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return meetingPage(ref, meetingId, form, errors, model);
    }

    @CaseReader
    @GetMapping("/actions")
    String agencyActions(@RequestParam(required = false) String status, Model model) {
        ActionStatus s = null;
        try {
            s = status == null || status.isBlank() ? null : ActionStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            s = null; // an unknown filter shows the open ones, as no filter does
        }
        model.addAttribute("overview", agency.overview(s));
        model.addAttribute("statuses", ActionStatus.values());
        return "action/agency";
    }

    // ------------------------------------------------------------------------------------------------ pages

    private String change(String ref, long actionId, Map<String, String> form, Map<String, String> errors, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, String done, Supplier<Integer> action) {
        try {
            action.get(); // the service checks access first: a refused user never sees the form's own errors
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("success", done);
                return "redirect:/nominals/{ref}/actions/" + actionId;
            }
        } catch (InvalidActionException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleActionException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", STALE_MESSAGE);
            return actionPage(ref, actionId, Map.of(), Map.of(), model);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return actionPage(ref, actionId, form, errors, model);
    }

    private String actionPage(String ref, long actionId, Map<String, String> form, Map<String, String> errors,
                              Model model) {
        MeetingActions.One one = actions.one(ref, actionId);
        model.addAttribute("one", one);
        model.addAttribute("ref", ref);
        // a user who may not open the meeting (an invited agency) is led to the approved minutes it may read instead
        model.addAttribute("minutesReadable", one.action().meetingDate() == null
                && minutes.approvedMinutesReadable(one.action().meetingId()));
        model.addAttribute("form", form.isEmpty() ? current(one.action()) : form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", PageForms.errorList(errors));
        return "action/action";
    }

    private String meetingPage(String ref, long meetingId, Map<String, String> form, Map<String, String> errors,
                               Model model) {
        model.addAttribute("at", actions.atMeeting(ref, meetingId));
        model.addAttribute("ref", ref);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", PageForms.errorList(errors));
        return "action/meeting";
    }

    /** The reassignment form starts from the action as it is. */
    private static Map<String, String> current(MeetingActions.Action a) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("agency", String.valueOf(a.agencyId()));
        form.put("owner", a.ownerUsername() == null ? "" : a.ownerUsername());
        form.put("ownerName", a.ownerName() == null ? "" : a.ownerName());
        form.put("deadlineDay", String.valueOf(a.deadline().getDayOfMonth()));
        form.put("deadlineMonth", String.valueOf(a.deadline().getMonthValue()));
        form.put("deadlineYear", String.valueOf(a.deadline().getYear()));
        return form;
    }


    private static int version(Map<String, String> form) {
        Long v = number(form.get("version"));
        if (v == null) {
            throw InvalidActionException.of("version", "The page was incomplete: reload the action and try again");
        }
        return v.intValue();
    }

    private static String realDate(String what) {
        return "Enter " + what + " as a real date, for example 27 3 2026";
    }
}
