package org.mappahub.notification.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.notification.InvalidNotificationException;
import org.mappahub.notification.NotificationKind;
import org.mappahub.notification.NotificationRequirements;
import org.mappahub.notification.NotificationRequirements.NextDue;
import org.mappahub.notification.NotificationRequirements.Picture;
import org.mappahub.notification.NotificationRequirements.Requirement;
import org.mappahub.notification.StaleRequirementException;
import org.mappahub.rules.Disposal;

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
            rows.add(row("Ends on", r.indefinite() ? "Indefinite: it does not end unless revoked on review"
                    : DATE.format(r.endsOn()) + " (the first day free of it)"));
            model.addAttribute("requirementRows", rows);
        }
        NextDue next = picture.nextDue();
        if (next != null) {
            String when = next.overdue() ? "Overdue by " + days(-next.days())
                    : next.days() == 0 ? "Due today" : "Due in " + days(next.days());
            model.addAttribute("nextDueText", DATE.format(next.due()));
            model.addAttribute("nextDueTag", map("text", when,
                    "classes", next.overdue() ? "govuk-tag--red" : next.days() <= 30 ? "govuk-tag--yellow" : "govuk-tag--blue"));
        }
        if (!picture.notifications().isEmpty()) {
            List<Object> tableRows = picture.notifications().stream().map(n -> (Object) List.of(
                    map("text", DATE.format(n.madeOn())), map("text", n.kind().words()),
                    map("text", n.notes() == null ? "" : n.notes()), map("text", n.recordedBy()))).toList();
            model.addAttribute("notificationTable", map("caption", "Notifications made",
                    "captionClasses", "govuk-table__caption--m",
                    "head", List.of(map("text", "Made on"), map("text", "Kind"), map("text", "Notes"), map("text", "Recorded by")),
                    "rows", tableRows));
        }
        if (picture.mayEdit()) {
            model.addAttribute("fields", fields(form, errors, r));
        }
        return "notification/record";
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

    private static Map<String, Object> dateInput(String id, String prefix, String legend, Map<String, String> form,
                                                 Map<String, String> errors) {
        boolean bad = errors.containsKey(id);
        return map("id", id,
                "fieldset", map("legend", map("text", legend, "classes", "govuk-fieldset__legend--s")),
                "hint", map("text", "For example, 27 3 2024"),
                "errorMessage", error(errors, id),
                "items", List.of(
                        dateItem(id + "-day", prefix + "Day", "Day", form.get(prefix + "Day"), bad, "govuk-input--width-2"),
                        dateItem(id + "-month", prefix + "Month", "Month", form.get(prefix + "Month"), bad, "govuk-input--width-2"),
                        dateItem(id + "-year", prefix + "Year", "Year", form.get(prefix + "Year"), bad, "govuk-input--width-4")));
    }

    private static Map<String, Object> dateItem(String id, String name, String label, String value, boolean error,
                                                String classes) {
        return map("id", id, "name", name, "label", label, "value", value, "classes", classes, "error", error);
    }

    /** A date from its three parts; a missing or impossible one is an error on {@code field}. */
    private static LocalDate date(String day, String month, String year, String field, String what,
                                 Map<String, String> errors) {
        if (blank(day) && blank(month) && blank(year)) {
            errors.put(field, "Enter " + what);
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, capitalised(what) + " must be a real date, for example 27 3 2024");
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
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

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, Object> row(String key, String value) {
        return map("key", map("text", key), "value", map("text", value));
    }

    private static Map<String, Object> error(Map<String, String> errors, String field) {
        return errors.containsKey(field) ? map("text", errors.get(field)) : null;
    }

    private static Map<String, String> form(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** A map that keeps its order and allows {@code null} values (which the fragments read as "not given"). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
