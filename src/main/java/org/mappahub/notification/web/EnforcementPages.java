package org.mappahub.notification.web;

import static org.mappahub.notification.web.FormParts.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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

import org.mappahub.access.CaseEditor;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.notification.BreachesAndReviews;
import org.mappahub.notification.BreachesAndReviews.BreachOutcome;
import org.mappahub.notification.BreachesAndReviews.Decision;
import org.mappahub.notification.BreachesAndReviews.Review;
import org.mappahub.notification.InvalidNotificationException;
import org.mappahub.notification.NotificationRequirements;
import org.mappahub.notification.NotificationRequirements.Picture;
import org.mappahub.notification.StaleRequirementException;
import org.mappahub.rules.NotificationReview.Rank;

/**
 * The forms that record a breach of the notification requirements (or change its outcome), an application for
 * review of indefinite notification, and the decision on it: one question page each, back to the notification
 * page when saved. Bad input comes back with the GOV.UK error summary (400), a change made against an
 * out-of-date record with a message (409); the decisions are {@link BreachesAndReviews}'.
 */
@Controller
@RequestMapping("/nominals/{ref}/notification")
class EnforcementPages {

    static final String STALE_MESSAGE = "Someone else changed this record while you were editing it. "
            + "Check the notification record and try again.";
    private static final String SAVED = "redirect:/nominals/{ref}/notification";

    private final NotificationRequirements requirements;
    private final BreachesAndReviews enforcement;

    EnforcementPages(NotificationRequirements requirements, BreachesAndReviews enforcement) {
        this.requirements = requirements;
        this.enforcement = enforcement;
    }

    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @CaseEditor
    @GetMapping("/breach")
    String breachForm(@PathVariable String ref, @RequestParam(required = false) Integer position,
                      @RequestParam(required = false) Integer version, Model model) {
        Picture picture = requirements.editView(ref);
        Map<String, String> form = new LinkedHashMap<>();
        picture.enforcement().breaches().stream().filter(b -> position != null && b.position() == position).findFirst()
                .ifPresent(b -> {
                    form.put("outcome", b.outcome().name());
                    form.put("breachDay", String.valueOf(b.date().getDayOfMonth()));
                    form.put("breachMonth", String.valueOf(b.date().getMonthValue()));
                    form.put("breachYear", String.valueOf(b.date().getYear()));
                });
        int seen = version == null ? picture.enforcement().recordVersion() : version;
        return breachPage(ref, position, seen, form, Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/breach")
    String recordBreach(@PathVariable String ref, @RequestParam(required = false) Integer position,
                        @RequestParam(required = false) String version, @RequestParam(required = false) String outcome,
                        @RequestParam(required = false) String breachDay, @RequestParam(required = false) String breachMonth,
                        @RequestParam(required = false) String breachYear, Model model, HttpServletResponse response,
                        RedirectAttributes redirect) {
        Map<String, String> form = form("outcome", outcome, "breachDay", breachDay, "breachMonth", breachMonth,
                "breachYear", breachYear);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = date(breachDay, breachMonth, breachYear, "breachDate",
                "the date of the caution or conviction, or of the breach if the outcome is pending", errors);
        BreachOutcome parsed = parse(BreachOutcome.class, outcome);
        int seen = number(version);
        try {
            if (errors.isEmpty()) {
                if (position == null) {
                    enforcement.recordBreach(ref, seen, parsed, date);
                } else {
                    enforcement.changeBreach(ref, seen, position, parsed, date);
                }
                redirect.addFlashAttribute("success", position == null ? "Breach recorded" : "Breach changed");
                return SAVED;
            }
            if (parsed == null) {
                errors.put("outcome", "Select how the breach was dealt with");
            }
        } catch (InvalidNotificationException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleNominalException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", STALE_MESSAGE);
            return breachPage(ref, position, requirements.editView(ref).enforcement().recordVersion(), form, Map.of(), model);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return breachPage(ref, position, seen, form, errors, model);
    }

    @CaseEditor
    @GetMapping("/reviews/new")
    String applicationForm(@PathVariable String ref, Model model) {
        requirements.editView(ref);
        return applicationPage(ref, Map.of(), Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/reviews/new")
    String recordApplication(@PathVariable String ref, @RequestParam(required = false) String appliedDay,
                             @RequestParam(required = false) String appliedMonth,
                             @RequestParam(required = false) String appliedYear, Model model,
                             HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> form = form("appliedDay", appliedDay, "appliedMonth", appliedMonth, "appliedYear", appliedYear);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate appliedOn = date(appliedDay, appliedMonth, appliedYear, "appliedOn",
                "the date the application was made", errors);
        try {
            if (errors.isEmpty()) {
                enforcement.recordApplication(ref, appliedOn);
                redirect.addFlashAttribute("success", "Application for review recorded");
                return SAVED;
            }
        } catch (InvalidNotificationException e) {
            e.problems().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return applicationPage(ref, form, errors, model);
    }

    @CaseEditor
    @GetMapping("/reviews/{id}/decision")
    String decisionForm(@PathVariable String ref, @PathVariable long id, Model model) {
        Review review = pending(ref, id);
        return decisionPage(ref, review, Map.of(), Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/reviews/{id}/decision")
    String recordDecision(@PathVariable String ref, @PathVariable long id, @RequestParam(required = false) String version,
                          @RequestParam(required = false) String decision,
                          @RequestParam(required = false) String decidedDay,
                          @RequestParam(required = false) String decidedMonth,
                          @RequestParam(required = false) String decidedYear,
                          @RequestParam(required = false) String decidedBy, @RequestParam(required = false) String rank,
                          @RequestParam(required = false) String reasons, Model model, HttpServletResponse response,
                          RedirectAttributes redirect) {
        Map<String, String> form = form("decision", decision, "decidedDay", decidedDay, "decidedMonth", decidedMonth,
                "decidedYear", decidedYear, "decidedBy", decidedBy, "rank", rank, "reasons", reasons);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate decidedOn = date(decidedDay, decidedMonth, decidedYear, "decidedOn", "the date of the decision", errors);
        try {
            // The date's own problem stands; the service reports every other field.
            enforcement.recordDecision(ref, id, number(version), parse(Decision.class, decision),
                    errors.isEmpty() ? decidedOn : null, decidedBy, parse(Rank.class, rank), reasons);
            redirect.addFlashAttribute("success", "Decision recorded");
            return SAVED;
        } catch (InvalidNotificationException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleRequirementException | StaleNominalException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", STALE_MESSAGE);
            return decisionPage(ref, review(ref, id), form, Map.of(), model);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return decisionPage(ref, review(ref, id), form, errors, model);
    }

    private String breachPage(String ref, Integer position, int version, Map<String, String> form,
                              Map<String, String> errors, Model model) {
        List<Object> outcomes = new ArrayList<>();
        for (BreachOutcome o : BreachOutcome.values()) {
            outcomes.add(map("value", o.name(), "text", NotificationPages.words(o), "checked", o.name().equals(form.get("outcome"))));
        }
        common(ref, position == null ? "Record a breach" : "Change the outcome of a breach", errors, model);
        model.addAttribute("action", "/nominals/" + ref + "/notification/breach");
        model.addAttribute("position", position);
        model.addAttribute("version", version);
        model.addAttribute("fields", List.of(
                map("kind", "radios", "params", map("idPrefix", "outcome", "name", "outcome",
                        "fieldset", map("legend", map("text", "How was the breach dealt with?", "classes", "govuk-fieldset__legend--s")),
                        "errorMessage", error(errors, "outcome"), "items", outcomes)),
                map("kind", "date", "params", withHint(dateInput("breachDate", "breach", "Date", form, errors),
                        "The date of the caution or conviction; while the outcome is pending, the date of the breach"))));
        return "notification/enforcement-form";
    }

    private String applicationPage(String ref, Map<String, String> form, Map<String, String> errors, Model model) {
        common(ref, "Record an application for review", errors, model);
        model.addAttribute("action", "/nominals/" + ref + "/notification/reviews/new");
        model.addAttribute("lede", "A person subject to indefinite notification may apply to the police for a review "
                + "once they qualify (Sexual Offences Act 2003 ss.91A and 91B).");
        model.addAttribute("fields", List.of(map("kind", "date", "params",
                dateInput("appliedOn", "applied", "Date the application was made", form, errors))));
        return "notification/enforcement-form";
    }

    private String decisionPage(String ref, Review review, Map<String, String> form, Map<String, String> errors,
                                Model model) {
        common(ref, "Record the decision on the application", errors, model);
        model.addAttribute("action", "/nominals/" + ref + "/notification/reviews/" + review.id() + "/decision");
        model.addAttribute("version", review.version());
        model.addAttribute("lede", "The application was made on " + review.appliedOn() + ". It is decided by an officer "
                + "of the rank of superintendent or above.");
        List<Object> decisions = List.of(
                map("value", Decision.REVOKED.name(), "text", "Revoked: the person is no longer subject to the requirements",
                        "checked", Decision.REVOKED.name().equals(form.get("decision"))),
                map("value", Decision.CONTINUED.name(), "text", "The requirements continue",
                        "checked", Decision.CONTINUED.name().equals(form.get("decision"))));
        List<Object> ranks = new ArrayList<>();
        ranks.add(map("value", "", "text", "Select the rank"));
        for (Rank r : Rank.values()) {
            ranks.add(map("value", r.name(), "text", NotificationPages.words(r), "selected", r.name().equals(form.get("rank"))));
        }
        model.addAttribute("fields", List.of(
                map("kind", "radios", "params", map("idPrefix", "decision", "name", "decision",
                        "fieldset", map("legend", map("text", "Decision", "classes", "govuk-fieldset__legend--s")),
                        "errorMessage", error(errors, "decision"), "items", decisions)),
                map("kind", "date", "params", dateInput("decidedOn", "decided", "Date of the decision", form, errors)),
                map("kind", "input", "params", map("id", "decidedBy", "name", "decidedBy", "value", form.get("decidedBy"),
                        "label", map("text", "Officer who decided", "classes", "govuk-label--s"),
                        "errorMessage", error(errors, "decidedBy"))),
                map("kind", "select", "params", map("id", "rank", "name", "rank",
                        "label", map("text", "Their rank", "classes", "govuk-label--s"),
                        "errorMessage", error(errors, "rank"), "items", ranks)),
                map("kind", "textarea", "params", map("id", "reasons", "name", "reasons", "value", form.get("reasons"),
                        "label", map("text", "Reasons", "classes", "govuk-label--s"), "hint", map("text", "Optional"),
                        "errorMessage", error(errors, "reasons")))));
        return "notification/enforcement-form";
    }

    private static void common(String ref, String title, Map<String, String> errors, Model model) {
        model.addAttribute("ref", ref);
        model.addAttribute("title", title);
        model.addAttribute("errorList", errors.entrySet().stream()
                .map(e -> map("text", e.getValue(), "href", "#" + e.getKey())).toList());
    }

    private Review pending(String ref, long id) {
        Review review = review(ref, id);
        if (!review.pending()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "This application has already been decided");
        }
        return review;
    }

    private Review review(String ref, long id) {
        return requirements.editView(ref).enforcement().reviews().stream()
                .filter(r -> r.id() != null && r.id() == id).findFirst()
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, "No such application"));
    }

    private static Map<String, Object> withHint(Map<String, Object> params, String hint) {
        Map<String, Object> m = new LinkedHashMap<>(params);
        m.put("hint", map("text", hint));
        return m;
    }

    /** A version sent back by the form; anything unreadable can only be stale. */
    private static int number(String s) {
        try {
            return Integer.parseInt(s == null ? "" : s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
