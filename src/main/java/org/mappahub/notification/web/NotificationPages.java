package org.mappahub.notification.web;

import static org.mappahub.notification.web.FormParts.*;

import java.time.LocalDate;
import java.time.Period;
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
import org.springframework.web.util.HtmlUtils;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.notification.BreachesAndReviews;
import org.mappahub.notification.InvalidNotificationException;
import org.mappahub.notification.NotificationNotFoundException;
import org.mappahub.notification.StaleNotificationException;
import org.mappahub.notification.NotificationRequirements.Notification;
import org.mappahub.notification.NotificationKind;
import org.mappahub.notification.NotificationRequirements;
import org.mappahub.notification.NotificationRequirements.NextDue;
import org.mappahub.notification.NotificationRequirements.Picture;
import org.mappahub.notification.NotificationRequirements.Requirement;
import org.mappahub.notification.StaleRequirementException;
import org.mappahub.rules.Disposal;
import org.mappahub.rules.NotificationDeadlines;

/**
 * A person's notification requirement: the requirement (start, period, end), the notifications made and the
 * next one due, and the forms that record them. Every decision is {@link NotificationRequirements}' (the access
 * policy underneath): a user who does not see the full history is refused, only the owning area's editors change.
 */
@Controller
@RequestMapping("/nominals/{ref}")
class NotificationPages {

    static final String STALE_MESSAGE = "Someone else changed the notification requirement while you were editing it. "
            + "It now shows their change: check it and submit yours again.";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final NotificationRequirements requirements;

    NotificationPages(NotificationRequirements requirements) {
        this.requirements = requirements;
    }

    /** Every page here shows case data. */
    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @CaseReader
    @GetMapping("/notification")
    String show(@PathVariable String ref, Model model) {
        return page(requirements.view(ref), Map.of(), Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/notifications")
    String recordNotification(@PathVariable String ref, @RequestParam(required = false) String kind,
                              @RequestParam(required = false) String madeDay, @RequestParam(required = false) String madeMonth,
                              @RequestParam(required = false) String madeYear, @RequestParam(required = false) String notes,
                              Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = form("kind", kind, "madeDay", madeDay, "madeMonth", madeMonth, "madeYear", madeYear,
                "notes", notes);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate madeOn = date(madeDay, madeMonth, madeYear, "madeOn", "the date the notification was made", errors);
        NotificationKind parsedKind = parse(NotificationKind.class, kind);
        try {
            if (errors.isEmpty()) {
                requirements.recordNotification(ref, parsedKind, madeOn, notes);
                redirect.addFlashAttribute("success", "Notification recorded");
                return "redirect:/nominals/{ref}/notification";
            }
            if (parsedKind == null) {
                errors.put("kind", "Select what the notification was for");
            }
        } catch (InvalidNotificationException e) {
            e.problems().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(requirements.view(ref), form, errors, model);
    }

    @CaseEditor
    @GetMapping("/notifications/{notificationId}")
    String correction(@PathVariable String ref, @PathVariable long notificationId, Model model) {
        Notification n = toCorrect(ref, notificationId);
        return correctionPage(ref, n, form("kind", n.kind().name(), "madeDay", String.valueOf(n.madeOn().getDayOfMonth()),
                "madeMonth", String.valueOf(n.madeOn().getMonthValue()), "madeYear", String.valueOf(n.madeOn().getYear()),
                "notes", n.notes()), Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/notifications/{notificationId}")
    String correct(@PathVariable String ref, @PathVariable long notificationId,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String madeDay,
                   @RequestParam(required = false) String madeMonth, @RequestParam(required = false) String madeYear,
                   @RequestParam(required = false) String notes, @RequestParam(required = false) String version,
                   Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = form("kind", kind, "madeDay", madeDay, "madeMonth", madeMonth, "madeYear", madeYear,
                "notes", notes);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate madeOn = date(madeDay, madeMonth, madeYear, "madeOn", "the date the notification was made", errors);
        NotificationKind parsedKind = parse(NotificationKind.class, kind);
        if (parsedKind == null) {
            errors.put("kind", "Select what the notification was for");
        }
        try {
            if (errors.isEmpty()) {
                requirements.correctNotification(ref, notificationId, versionOf(version), parsedKind, madeOn, notes);
                redirect.addFlashAttribute("success", "Notification corrected");
                return "redirect:/nominals/{ref}/notification";
            }
        } catch (InvalidNotificationException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleNotificationException e) {
            // show it as it is now, with what the user tried to save beside it
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", "Someone else corrected this notification while you were editing it. It now "
                    + "shows their correction; yours was: " + parsedKind.words() + " on " + DATE.format(madeOn)
                    + ". Check it and submit yours again if it is still right.");
            return correction(ref, notificationId, model);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return correctionPage(ref, toCorrect(ref, notificationId), form, errors, model);
    }

    private Notification toCorrect(String ref, long notificationId) {
        try {
            return requirements.notificationToCorrect(ref, notificationId);
        } catch (NotificationNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    private String correctionPage(String ref, Notification n, Map<String, String> form, Map<String, String> errors,
                                  Model model) {
        model.addAttribute("ref", ref);
        model.addAttribute("notification", n);
        model.addAttribute("errorList", errors.entrySet().stream()
                .map(e -> map("text", e.getValue(), "href", "#" + e.getKey())).toList());
        model.addAttribute("fields", fields(form, errors, null));
        return "notification/correct";
    }

    /** A version that is not a number can match no row: the change is refused as stale. */
    private static int versionOf(String version) {
        try {
            return version == null ? -1 : Integer.parseInt(version.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @CaseEditor
    @PostMapping("/notification/requirement")
    String recordRequirement(@PathVariable String ref, @RequestParam(required = false) String disposal,
                             @RequestParam(required = false) String lengthMonths,
                             @RequestParam(required = false) String convictionDay,
                             @RequestParam(required = false) String convictionMonth,
                             @RequestParam(required = false) String convictionYear,
                             @RequestParam(required = false) String version,
                             Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = form("disposal", disposal, "lengthMonths", lengthMonths, "convictionDay", convictionDay,
                "convictionMonth", convictionMonth, "convictionYear", convictionYear);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate convicted = date(convictionDay, convictionMonth, convictionYear, "convictionDate",
                "the date of conviction or caution", errors);
        Integer length = null;
        if (lengthMonths != null && !lengthMonths.isBlank()) {
            try {
                length = Integer.valueOf(lengthMonths.strip());
            } catch (NumberFormatException e) {
                errors.put("lengthMonths", "Enter the length in whole months, for example 18");
            }
        }
        Integer expected = null;
        if (version != null && !version.isBlank()) {
            try {
                expected = Integer.valueOf(version.strip());
            } catch (NumberFormatException e) {
                expected = -1;
            }
        }
        try {
            if (errors.isEmpty()) {
                requirements.recordRequirement(ref, parse(Disposal.class, disposal), length, convicted, expected);
                redirect.addFlashAttribute("success", "Notification requirement saved");
                return "redirect:/nominals/{ref}/notification";
            }
        } catch (InvalidNotificationException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleRequirementException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", STALE_MESSAGE);
            return page(requirements.view(ref), Map.of(), Map.of(), model);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(requirements.view(ref), form, errors, model);
    }

    private String page(Picture picture, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("picture", picture);
        model.addAttribute("ref", picture.ref());
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errors.entrySet().stream()
                .map(e -> map("text", e.getValue(), "href", "#" + e.getKey())).toList());
        Requirement r = picture.requirement();
        if (r != null) {
            List<Object> rows = new ArrayList<>();
            rows.add(row("Starts on", DATE.format(r.startsOn())));
            rows.add(row("Disposal", r.disposal().words() + (r.lengthMonths() == null ? "" : ", " + months(r.lengthMonths()))));
            rows.add(row("Age at conviction", String.valueOf(r.ageAtConviction())));
            rows.add(row("Period", r.indefinite() ? "Indefinite" : periodWords(r.period())));
            rows.add(row("Ends on", r.revokedOn() != null ? DATE.format(r.revokedOn()) + " (revoked on review)"
                    : r.indefinite() ? "Indefinite: it does not end unless revoked on review"
                    : DATE.format(r.endsOn()) + " (the first day free of it)"));
            model.addAttribute("requirementRows", rows);
        }
        NextDue next = picture.nextDue();
        if (next != null && next.awaitingRelease()) {
            model.addAttribute("nextDueText", "Within " + NotificationDeadlines.NOTIFICATION_DAYS + " days of release (in custody since " + DATE.format(next.inCustodySince()) + ")");
            model.addAttribute("nextDueTag", map("text", "In custody", "classes", "govuk-tag--grey"));
        } else if (next != null) {
            String when = next.overdue() ? "Overdue by " + days(-next.days())
                    : next.days() == 0 ? "Due today" : "Due in " + days(next.days());
            model.addAttribute("nextDueText", DATE.format(next.due()));
            model.addAttribute("nextDueTag", map("text", when,
                    "classes", next.overdue() ? "govuk-tag--red" : next.days() <= 30 ? "govuk-tag--yellow" : "govuk-tag--blue"));
        }
        if (!picture.notifications().isEmpty()) {
            List<Object> tableRows = picture.notifications().stream().map(n -> {
                List<Object> cells = new ArrayList<>(List.of(map("text", DATE.format(n.madeOn())),
                        map("text", n.kind().words()), map("text", n.notes() == null ? "" : n.notes()),
                        map("text", n.recordedBy())));
                if (picture.mayEdit()) {
                    cells.add(map("html", "<a class=\"govuk-link\" href=\"/nominals/" + HtmlUtils.htmlEscape(picture.ref())
                            + "/notifications/" + n.id() + "\">Correct<span class=\"govuk-visually-hidden\"> the "
                            + DATE.format(n.madeOn()) + " notification</span></a>"));
                }
                return (Object) cells;
            }).toList();
            List<Object> head = new ArrayList<>(List.of(map("text", "Made on"), map("text", "Kind"),
                    map("text", "Notes"), map("text", "Recorded by")));
            if (picture.mayEdit()) {
                head.add(map("html", "<span class=\"govuk-visually-hidden\">Action</span>"));
            }
            model.addAttribute("notificationTable", map("caption", "Notifications made",
                    "captionClasses", "govuk-table__caption--m", "head", head, "rows", tableRows));
        }
        enforcement(picture, model);
        if (picture.mayEdit()) {
            model.addAttribute("fields", fields(form, errors, r));
        }
        return "notification/record";
    }

    /** The breaches and the applications for review; the forms that record them have their own pages. */
    private static void enforcement(Picture picture, Model model) {
        BreachesAndReviews.Enforcement e = picture.enforcement();
        model.addAttribute("breaches", e.breaches().stream().map(b -> map("position", b.position(),
                "date", DATE.format(b.date()), "outcome", words(b.outcome()))).toList());
        model.addAttribute("reviews", e.reviews().stream().map(v -> map("id", v.id(),
                "appliedOn", v.appliedOn() == null ? "Not recorded (imported)" : DATE.format(v.appliedOn()),
                "decision", v.pending() ? "Waiting for a decision"
                        : (v.decision() == BreachesAndReviews.Decision.REVOKED ? "Revoked" : "Requirements continue")
                        + " on " + DATE.format(v.decidedOn()),
                "decidedBy", v.decidedBy() == null ? "" : v.decidedBy() + ", " + words(v.rank()),
                "reasons", v.reasons() == null ? "" : v.reasons(),
                "pending", v.pending())).toList());
        model.addAttribute("qualifyingDate", e.qualifyingDate() == null ? null : DATE.format(e.qualifyingDate()));
        model.addAttribute("recordVersion", e.recordVersion());
        Requirement r = picture.requirement();
        model.addAttribute("mayApply", picture.mayEdit() && r != null && r.indefinite() && r.revokedOn() == null
                && !e.reviewPending());
    }

    /** "No further action", "Chief superintendent". */
    static String words(Enum<?> e) {
        return capitalised(e.name().toLowerCase(Locale.UK).replace('_', ' '));
    }

    /** The GOV.UK component parameters of both forms. */
    private static Map<String, Object> fields(Map<String, String> form, Map<String, String> errors, Requirement r) {
        Map<String, Object> f = new LinkedHashMap<>();
        List<Object> kinds = new ArrayList<>();
        for (NotificationKind k : NotificationKind.values()) {
            kinds.add(map("value", k.name(), "text", k.words(), "checked", k.name().equals(form.get("kind"))));
        }
        f.put("kind", map("idPrefix", "kind", "name", "kind",
                "fieldset", map("legend", map("text", "What was the notification for?", "classes", "govuk-fieldset__legend--s")),
                "errorMessage", error(errors, "kind"), "items", kinds));
        f.put("madeOn", dateInput("madeOn", "made", "Date the notification was made", form, errors));
        f.put("notes", map("id", "notes", "name", "notes", "value", form.get("notes"),
                "label", map("text", "Notes", "classes", "govuk-label--s"), "hint", map("text", "Optional"),
                "errorMessage", error(errors, "notes")));
        List<Object> disposals = new ArrayList<>();
        String chosen = form.containsKey("disposal") ? form.get("disposal") : r == null ? null : r.disposal().name();
        disposals.add(map("value", "", "text", "Select the disposal"));
        for (Disposal d : Disposal.values()) {
            disposals.add(map("value", d.name(), "text", capitalised(d.words()), "selected", d.name().equals(chosen)));
        }
        f.put("disposal", map("id", "disposal", "name", "disposal",
                "label", map("text", "Disposal for the offence", "classes", "govuk-label--s"),
                "errorMessage", error(errors, "disposal"), "items", disposals));
        Map<String, String> requirementForm = new LinkedHashMap<>(form);
        if (r != null && !form.containsKey("disposal")) {
            requirementForm.put("lengthMonths", r.lengthMonths() == null ? null : String.valueOf(r.lengthMonths()));
            requirementForm.put("convictionDay", String.valueOf(r.startsOn().getDayOfMonth()));
            requirementForm.put("convictionMonth", String.valueOf(r.startsOn().getMonthValue()));
            requirementForm.put("convictionYear", String.valueOf(r.startsOn().getYear()));
        }
        f.put("lengthMonths", map("id", "lengthMonths", "name", "lengthMonths", "value", requirementForm.get("lengthMonths"),
                "inputmode", "numeric", "classes", "govuk-input--width-3",
                "label", map("text", "Length in months", "classes", "govuk-label--s"),
                "hint", map("text", "For imprisonment, the sentence; for a conditional discharge, its period. Leave empty for other disposals"),
                "errorMessage", error(errors, "lengthMonths")));
        f.put("convictionDate", dateInput("convictionDate", "conviction", "Date of conviction or caution", requirementForm, errors));
        return f;
    }

    static String periodWords(String iso) {
        Period p = Period.parse(iso);
        List<String> parts = new ArrayList<>();
        if (p.getYears() != 0) {
            parts.add(p.getYears() + (p.getYears() == 1 ? " year" : " years"));
        }
        if (p.getMonths() != 0) {
            parts.add(months(p.getMonths()));
        }
        return String.join(" ", parts);
    }

    private static String months(int n) {
        return n + (n == 1 ? " month" : " months");
    }

    private static String days(long n) {
        return n + (n == 1 ? " day" : " days");
    }

    private static Map<String, Object> row(String key, String value) {
        return map("key", map("text", key), "value", map("text", value));
    }
}
