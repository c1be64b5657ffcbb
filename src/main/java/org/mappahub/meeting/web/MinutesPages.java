package org.mappahub.meeting.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.Actor;
import org.mappahub.access.CaseReader;
import org.mappahub.assessment.RiskLevel;
import org.mappahub.meeting.ConfidentialityStatement;
import org.mappahub.meeting.InvalidMeetingException;
import org.mappahub.meeting.MappMinutes;
import org.mappahub.meeting.MeetingActions;
import org.mappahub.meeting.MappMinutes.Edition;
import org.mappahub.meeting.MappMinutes.Picture;
import org.mappahub.meeting.MinutesContent;
import org.mappahub.meeting.MinutesStatus;
import org.mappahub.meeting.OffenderInformed;
import org.mappahub.meeting.RiskGroup;
import org.mappahub.meeting.StaleMinutesException;
import org.mappahub.nominal.CaseRecords;

/**
 * The minutes of a MAPP meeting: read (the latest edition; earlier editions under "versions"), start, edit the draft,
 * submit, approve, distribute, correct, and a PDF copy; and the case's current risk management plan. Every decision
 * is {@link MappMinutes}' (the access policy underneath): these handlers take any case-reading role and the service
 * refuses. A save against a version someone else has changed is refused (409) showing the stored values beside the
 * user's, field by field, with the user's edit kept in the form to save again in one action.
 */
@Controller
class MinutesPages {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);
    static final String STALE_EDIT = "Someone else saved these minutes while you were editing them. Nothing you typed "
            + "is lost: the table shows what they saved beside what you typed, field by field. Your edit is still in the "
            + "form below: check it, and save it to put your version over theirs.";
    static final String STALE = "Someone else changed these minutes while you were looking at them. The page now shows "
            + "their change: check it and make yours again.";
    private static final String BASE = "/nominals/{ref}/meetings/{meetingId}/minutes";

    private final MappMinutes minutes;
    private final MinutesPdf pdf;
    private final MeetingActions actions;
    private final Clock clock;

    MinutesPages(MappMinutes minutes, MinutesPdf pdf, MeetingActions actions, Clock clock) {
        this.actions = actions;
        this.minutes = minutes;
        this.pdf = pdf;
        this.clock = clock;
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
    @GetMapping(BASE)
    String view(@PathVariable String ref, @PathVariable long meetingId, Model model) {
        Picture p = minutes.view(ref, meetingId);
        return recordPage(p, p.current(), Map.of(), model);
    }

    @CaseReader
    @GetMapping(BASE + "/versions")
    String versions(@PathVariable String ref, @PathVariable long meetingId, Model model) {
        Picture p = minutes.view(ref, meetingId);
        common(p, model);
        return "meeting/minutes-versions";
    }

    @CaseReader
    @GetMapping(BASE + "/versions/{edition}")
    String version(@PathVariable String ref, @PathVariable long meetingId, @PathVariable int edition, Model model) {
        Picture p = minutes.view(ref, meetingId);
        return recordPage(p, p.edition(edition), Map.of(), model);
    }

    @CaseReader
    @GetMapping(path = BASE + "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String ref, @PathVariable long meetingId,
                               @RequestParam(required = false) Integer edition) {
        Instant now = clock.instant();
        int wanted = edition == null ? minutes.view(ref, meetingId).current().edition() : edition;
        Picture p = minutes.copy(ref, meetingId, wanted, now);
        byte[] body = pdf.render(p, p.edition(wanted), actions.inMinutes(ref, meetingId), Actor.currentUser(), now,
                clock.getZone());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"minutes-" + ref + "-" + meetingId
                        + "-" + wanted + ".pdf\"")
                .body(body);
    }

    @CaseReader
    @PostMapping(BASE)
    String start(@PathVariable String ref, @PathVariable long meetingId, Model model, HttpServletResponse response,
                 RedirectAttributes redirect) {
        return change(ref, meetingId, model, response, redirect, "Minutes started", "/edit",
                () -> minutes.start(ref, meetingId));
    }

    @CaseReader
    @GetMapping(BASE + "/edit")
    String edit(@PathVariable String ref, @PathVariable long meetingId, Model model) {
        Picture p = minutes.view(ref, meetingId);
        Edition e = p.current();
        if (!p.mayWrite()) {
            throw new AccessDeniedException("Minutes are written by the owning area's minute takers and co-ordinator");
        }
        if (e == null || e.status() != MinutesStatus.DRAFT) { // nothing to edit (any more): the minutes as they stand
            return "redirect:/nominals/" + ref + "/meetings/" + meetingId + "/minutes";
        }
        return editPage(p, MinutesForm.fields(e.content()), Map.of(), model);
    }

    @CaseReader
    @PostMapping(BASE + "/edit")
    String save(@PathVariable String ref, @PathVariable long meetingId, @RequestParam Map<String, String> form,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        MinutesContent content = MinutesForm.content(form, errors);
        try {
            int version = version(form);
            if (errors.isEmpty()) {
                minutes.save(ref, meetingId, version, content);
                redirect.addFlashAttribute("success", "Draft minutes saved");
                return "redirect:/nominals/{ref}/meetings/{meetingId}/minutes";
            }
            minutes.view(ref, meetingId); // the access decision before the form is shown again
        } catch (InvalidMeetingException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleMinutesException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            Picture p = minutes.view(ref, meetingId);
            Edition stored = p.current();
            if (stored.status() != MinutesStatus.DRAFT) { // submitted or approved meanwhile: nothing to reapply to
                model.addAttribute("stale", STALE);
                return recordPage(p, stored, Map.of(), model);
            }
            model.addAttribute("stale", STALE_EDIT);
            model.addAttribute("differences", content.differencesFrom(stored.content()));
            return editPage(p, form, Map.of(), model);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return editPage(minutes.view(ref, meetingId), form, errors, model);
    }

    @CaseReader
    @PostMapping(BASE + "/submit")
    String submit(@PathVariable String ref, @PathVariable long meetingId, @RequestParam Map<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(ref, meetingId, model, response, redirect, "Minutes submitted for approval", "",
                () -> minutes.submit(ref, meetingId, version(form)));
    }

    @CaseReader
    @PostMapping(BASE + "/approve")
    String approve(@PathVariable String ref, @PathVariable long meetingId, @RequestParam Map<String, String> form,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(ref, meetingId, model, response, redirect, "Minutes approved: they are now locked", "",
                () -> minutes.approve(ref, meetingId, version(form)));
    }

    @CaseReader
    @PostMapping(BASE + "/distribute")
    String distribute(@PathVariable String ref, @PathVariable long meetingId,
                      @RequestParam MultiValueMap<String, String> form, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        List<String> recipients = form.getOrDefault("recipient", List.of());
        return change(ref, meetingId, model, response, redirect, "Minutes distribution recorded", "",
                () -> minutes.distribute(ref, meetingId, version(form.toSingleValueMap()), recipients));
    }

    @CaseReader
    @PostMapping(BASE + "/correct")
    String correct(@PathVariable String ref, @PathVariable long meetingId, @RequestParam Map<String, String> form,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(ref, meetingId, model, response, redirect, "Correction started: a new version of the minutes",
                "/edit", () -> minutes.correct(ref, meetingId, version(form), form.get("reason")));
    }

    @CaseReader
    @GetMapping("/nominals/{ref}/risk-management-plan")
    String plan(@PathVariable String ref, Model model) {
        Map.Entry<CaseRecords.Viewed, Optional<MappMinutes.CurrentPlan>> page = minutes.planPage(ref);
        model.addAttribute("ref", ref);
        model.addAttribute("name", page.getKey().stored().record().person().fullName());
        model.addAttribute("plan", page.getValue().orElse(null));
        model.addAttribute("headings", MinutesContent.PLAN_HEADINGS);
        return "meeting/risk-management-plan";
    }

    // ------------------------------------------------------------------------------------------------ pages

    private String change(String ref, long meetingId, Model model, HttpServletResponse response,
                          RedirectAttributes redirect, String done, String then, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", done);
            return "redirect:/nominals/{ref}/meetings/{meetingId}/minutes" + then;
        } catch (InvalidMeetingException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            Picture p = minutes.view(ref, meetingId);
            return recordPage(p, p.current(), e.problems(), model);
        } catch (StaleMinutesException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", STALE);
            Picture p = minutes.view(ref, meetingId);
            return recordPage(p, p.current(), Map.of(), model);
        }
    }

    private void common(Picture p, Model model) {
        model.addAttribute("picture", p);
        model.addAttribute("ref", p.ref());
        model.addAttribute("headings", MinutesContent.PLAN_HEADINGS);
        model.addAttribute("statement", ConfidentialityStatement.TEXT);
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("agreedActions", actions.inMinutes(p.ref(), p.meetingId()));
    }

    private String recordPage(Picture p, Edition e, Map<String, String> errors, Model model) {
        common(p, model);
        model.addAttribute("edition", e);
        model.addAttribute("latest", e != null && p.current().edition() == e.edition());
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", PageForms.errorList(errors));
        return "meeting/minutes";
    }

    private String editPage(Picture p, Map<String, String> form, Map<String, String> errors, Model model) {
        common(p, model);
        model.addAttribute("edition", p.current());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", PageForms.errorList(errors));
        model.addAttribute("groups", RiskGroup.values());
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("informed", OffenderInformed.values());
        model.addAttribute("disclosureRows", MinutesForm.disclosureRows(form));
        return "meeting/minutes-edit";
    }


    private static int version(Map<String, String> form) {
        try {
            return Integer.parseInt(form.get("version").strip());
        } catch (NullPointerException | NumberFormatException e) {
            throw InvalidMeetingException.of("version", "The page was incomplete: reload the minutes and try again");
        }
    }
}
