package org.mappahub.meeting.web;

import static org.mappahub.meeting.web.PageForms.number;
import static org.mappahub.meeting.web.PageForms.blank;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

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
import org.mappahub.access.Coordinator;
import org.mappahub.meeting.AreaMeetings;
import org.mappahub.meeting.Attendance;
import org.mappahub.meeting.InvalidMeetingException;
import org.mappahub.meeting.MappMeetings;
import org.mappahub.meeting.MappMeetings.Meeting;
import org.mappahub.meeting.MappMeetings.Picture;
import org.mappahub.meeting.MeetingKind;
import org.mappahub.meeting.StaleMeetingException;

/**
 * A person's MAPP meetings: the list with the review cycle and (for the owning area's co-ordinator or chair) the
 * form that schedules one; one meeting with its invitations, dial-in participants and attendance, and the forms
 * that invite, add a participant, and record it held or cancelled; and the co-ordinator's page of their area's
 * meetings. Every decision is {@link MappMeetings}' (the access policy underneath): these handlers take any
 * case-reading role and the service refuses. Bad input: inline errors (400); a stale meeting: a message (409).
 */
@Controller
class MeetingPages {

    static final String STALE_MESSAGE = "Someone else changed this meeting while you were looking at it. "
            + "The page now shows their change: check it and make yours again.";
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    private final MappMeetings meetings;
    private final AreaMeetings area;

    MeetingPages(MappMeetings meetings, AreaMeetings area) {
        this.meetings = meetings;
        this.area = area;
    }

    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @ModelAttribute("day")
    DateTimeFormatter day() {
        return DAY;
    }

    @ModelAttribute("when")
    DateTimeFormatter when() {
        return WHEN;
    }

    @CaseReader
    @GetMapping("/nominals/{ref}/meetings")
    String list(@PathVariable String ref, Model model) {
        return listPage(meetings.view(ref), Map.of(), Map.of(), model);
    }

    @CaseReader
    @PostMapping("/nominals/{ref}/meetings")
    String schedule(@PathVariable String ref, @RequestParam Map<String, String> form, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        MeetingKind kind = choice(MeetingKind.class, form.get("kind"));
        LocalDate date = PageForms.date(form, "date", "The date of the meeting must be a real date, for example 27 3 2026",
                errors);
        LocalTime time = time(form.get("time"), errors);
        try {
            long id = meetings.schedule(ref, new MappMeetings.Schedule(kind, date, time, form.get("place"),
                    "true".equals(form.get("virtual")), form.get("chair")));
            if (errors.isEmpty()) {
                redirect.addFlashAttribute("success", "Meeting scheduled");
                return "redirect:/nominals/{ref}/meetings/" + id;
            }
        } catch (InvalidMeetingException e) {
            e.problems().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return listPage(meetings.view(ref), form, errors, model);
    }

    @CaseReader
    @GetMapping("/nominals/{ref}/meetings/{meetingId}")
    String show(@PathVariable String ref, @PathVariable long meetingId, Model model) {
        return meetingPage(meetings.view(ref), meetingId, Map.of(), Map.of(), model);
    }

    @CaseReader
    @PostMapping("/nominals/{ref}/meetings/{meetingId}/invitations")
    String invite(@PathVariable String ref, @PathVariable long meetingId, @RequestParam Map<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(ref, meetingId, form, model, response, redirect, "Agency invited",
                () -> meetings.invite(ref, meetingId, version(form), number(form.get("agency"))));
    }

    @CaseReader
    @PostMapping("/nominals/{ref}/meetings/{meetingId}/dial-ins")
    String dialIn(@PathVariable String ref, @PathVariable long meetingId, @RequestParam Map<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(ref, meetingId, form, model, response, redirect, "Participant added",
                () -> meetings.addDialIn(ref, meetingId, version(form), form.get("name"), form.get("dialInAgency"),
                        form.get("dialInArea")));
    }

    @CaseReader
    @PostMapping("/nominals/{ref}/meetings/{meetingId}/outcome")
    String outcome(@PathVariable String ref, @PathVariable long meetingId, @RequestParam Map<String, String> form,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if ("cancel".equals(form.get("action"))) {
            return change(ref, meetingId, form, model, response, redirect, "Meeting cancelled",
                    () -> meetings.cancel(ref, meetingId, version(form), form.get("reason")));
        }
        Map<Long, Attendance> attendance = new HashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("attendance-")) {
                Long id = number(k.substring("attendance-".length()));
                Attendance a = choice(Attendance.class, v);
                if (id != null && a != null) {
                    attendance.put(id, a);
                }
            }
        });
        return change(ref, meetingId, form, model, response, redirect, "Meeting recorded as held",
                () -> meetings.recordHeld(ref, meetingId, version(form), attendance));
    }

    @Coordinator
    @GetMapping("/meetings")
    String areaMeetings(Model model) {
        model.addAttribute("overview", area.overview());
        return "meeting/area";
    }

    // ------------------------------------------------------------------------------------------------ pages

    private String change(String ref, long meetingId, Map<String, String> form, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, String done, Runnable action) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            action.run();
            redirect.addFlashAttribute("success", done);
            return "redirect:/nominals/{ref}/meetings/" + meetingId;
        } catch (InvalidMeetingException e) {
            errors.putAll(e.problems());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return meetingPage(meetings.view(ref), meetingId, form, errors, model);
        } catch (StaleMeetingException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", STALE_MESSAGE);
            return meetingPage(meetings.view(ref), meetingId, Map.of(), Map.of(), model);
        }
    }

    private String listPage(Picture p, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("picture", p);
        model.addAttribute("ref", p.ref());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", PageForms.errorList(errors));
        model.addAttribute("kinds", MeetingKind.values());
        return "meeting/list";
    }

    private String meetingPage(Picture p, long meetingId, Map<String, String> form, Map<String, String> errors,
                               Model model) {
        Meeting m = p.meeting(meetingId);
        model.addAttribute("picture", p);
        model.addAttribute("ref", p.ref());
        model.addAttribute("meeting", m);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", PageForms.errorList(errors));
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("invitable", p.agencies().stream()
                .filter(a -> m.invitations().stream().noneMatch(i -> i.agencyId() == a.id())).toList());
        return "meeting/meeting";
    }


    private static int version(Map<String, String> form) {
        Long v = number(form.get("version"));
        if (v == null) {
            throw InvalidMeetingException.of("version", "The page was incomplete: reload the meeting and try again");
        }
        return v.intValue();
    }


    private static <E extends Enum<E>> E choice(Class<E> type, String v) {
        try {
            return v == null || v.isBlank() ? null : Enum.valueOf(type, v.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }


    private static LocalTime time(String s, Map<String, String> errors) {
        if (blank(s)) {
            return null;
        }
        try {
            return LocalTime.parse(s.strip().length() == 4 ? "0" + s.strip() : s.strip());
        } catch (DateTimeParseException e) {
            errors.put("time", "The time must be a real time in 24-hour form, for example 14:30");
            return null;
        }
    }
}
