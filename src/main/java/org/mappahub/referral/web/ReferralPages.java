package org.mappahub.referral.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.access.Coordinator;
import org.mappahub.referral.InvalidReferralException;
import org.mappahub.referral.ReferralNotFoundException;
import org.mappahub.referral.Referrals;
import org.mappahub.referral.Referrals.Decision;
import org.mappahub.referral.Referrals.Input;
import org.mappahub.referral.Referrals.Referral;
import org.mappahub.referral.Referrals.Screening;
import org.mappahub.referral.StaleReferralException;

/**
 * Referral pages: a person's referrals, the referral form (MAPPA A), one referral with its screening form for the
 * area's co-ordinators, and the co-ordinator's list of referrals waiting for screening in their own area. Every
 * decision is {@link Referrals}' (the access policy underneath); bad input is 400 with the fields named, a stale
 * screening 409 with the referral as it now stands.
 */
@Controller
class ReferralPages {

    static final String STALE_MESSAGE = "Someone else screened this referral while you were deciding. "
            + "It now shows their decision.";

    private final Referrals referrals;

    ReferralPages(Referrals referrals) {
        this.referrals = referrals;
    }

    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @ExceptionHandler(ReferralNotFoundException.class)
    void noSuchReferral(HttpServletResponse response) throws java.io.IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @Coordinator
    @GetMapping("/referrals")
    String waiting(Model model) {
        model.addAttribute("waiting", referrals.waiting().stream().map(w -> map("ref", w.ref(), "name", w.name(),
                "href", "/nominals/" + w.ref() + "/referrals/" + w.id(), "received", Referrals.DATE.format(w.receivedOn()),
                "screenBy", Referrals.DATE.format(w.screenBy()), "level", w.levelAsked(),
                "tag", w.overdue() ? map("text", "Overdue", "classes", "govuk-tag--red")
                        : map("text", "Due", "classes", "govuk-tag--yellow"))).toList());
        return "referral/waiting";
    }

    @CaseReader
    @GetMapping("/nominals/{ref}/referrals")
    String list(@PathVariable String ref, Model model) {
        Referrals.Picture p = referrals.view(ref);
        model.addAttribute("picture", p);
        model.addAttribute("ref", ref);
        model.addAttribute("rows", p.referrals().stream().map(r -> map("href", "/nominals/" + ref + "/referrals/" + r.id(),
                "received", Referrals.DATE.format(r.receivedOn()), "level", r.content().levelAsked(),
                "status", status(r))).toList());
        return "referral/list";
    }

    @CaseEditor
    @GetMapping("/nominals/{ref}/referrals/new")
    String form(@PathVariable String ref, Model model) {
        referrals.form(ref);
        return formPage(ref, Map.of(), Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/nominals/{ref}/referrals")
    String submit(@PathVariable String ref, @RequestParam Map<String, String> params, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer category = number(params.get("category"));
        Integer level = number(params.get("levelAsked"));
        LocalDate release = date(params, "releaseDate", "the release date", errors);
        LocalDate end = date(params, "sentenceEnd", "the sentence or licence end", errors);
        String hospital = params.get("hospitalDetention");
        Input in = new Input(category, params.get("categoryJustification"), params.get("crn"), params.get("prisonNumber"),
                params.get("policeReference"), params.get("releaseAddress"), params.get("indexOffence"),
                params.get("sentence"), params.get("previousOffences"), release, end,
                hospital == null ? null : "yes".equals(hospital), params.get("hospitalDetails"), params.get("reason"),
                level);
        try {
            if (errors.isEmpty()) {
                Referral r = referrals.submit(ref, in);
                redirect.addFlashAttribute("success", "Referral received: screen by " + Referrals.DATE.format(r.screenBy()));
                return "redirect:/nominals/{ref}/referrals/" + r.id();
            }
            referrals.problems(ref, in).forEach(errors::putIfAbsent); // every problem at once, not only the dates
        } catch (InvalidReferralException e) {
            e.problems().forEach(errors::putIfAbsent);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formPage(ref, params, errors, model);
    }

    @CaseReader
    @GetMapping("/nominals/{ref}/referrals/{referralId}")
    String show(@PathVariable String ref, @PathVariable("referralId") long id, Model model) {
        return referralPage(referrals.referral(ref, id), Map.of(), Map.of(), model);
    }

    @Coordinator // and the service: a co-ordinator who may edit the record
    @PostMapping("/nominals/{ref}/referrals/{referralId}/screening")
    String screen(@PathVariable String ref, @PathVariable("referralId") long id, @RequestParam Map<String, String> params,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        Decision decision = null;
        try {
            decision = params.get("decision") == null ? null : Decision.valueOf(params.get("decision"));
        } catch (IllegalArgumentException e) {
            errors.put("decision", "Select the screening decision: accepted or not accepted");
        }
        Integer version = number(params.get("version"));
        try {
            if (errors.isEmpty()) {
                referrals.screen(ref, id, version == null ? -1 : version, new Screening(decision,
                        number(params.get("level")), params.get("chair"), params.get("rationale"), params.get("advice")));
                redirect.addFlashAttribute("success", "Screening decision recorded");
                return "redirect:/nominals/{ref}/referrals/" + id;
            }
        } catch (InvalidReferralException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleReferralException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", STALE_MESSAGE + " " + e.getMessage() + ".");
            return referralPage(referrals.referral(ref, id), Map.of(), Map.of(), model);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return referralPage(referrals.referral(ref, id), params, errors, model);
    }

    private String formPage(String ref, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("ref", ref);
        model.addAttribute("form", form);
        errors(errors, model);
        return "referral/form";
    }

    private String referralPage(Referral r, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("ref", r.ref());
        model.addAttribute("referral", r);
        model.addAttribute("status", status(r));
        boolean mayScreen = r.waiting() && referrals.mayScreen(r.ref());
        model.addAttribute("mayScreen", mayScreen);
        model.addAttribute("chairs", mayScreen ? referrals.screeningChairs(r.ref()) : Map.of());
        model.addAttribute("form", form);
        model.addAttribute("date", (java.util.function.Function<LocalDate, String>)
                d -> d == null ? "Not given" : Referrals.DATE.format(d));
        errors(errors, model);
        return "referral/referral";
    }

    private static void errors(Map<String, String> errors, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errors.entrySet().stream()
                .map(e -> map("text", e.getValue(), "href", "#" + e.getKey())).toList());
    }

    private static String status(Referral r) {
        if (r.decision() == Decision.ACCEPTED) {
            return "Accepted at level " + r.levelAccepted() + " on " + Referrals.DATE.format(r.decidedOn());
        }
        if (r.decision() == Decision.NOT_ACCEPTED) {
            return "Not accepted on " + Referrals.DATE.format(r.decidedOn());
        }
        return "Waiting for screening: screen by " + Referrals.DATE.format(r.screenBy());
    }

    /** A date from its three parts ({@code field}Day etc.): empty is none; an impossible one is an error on the field. */
    private static LocalDate date(Map<String, String> params, String field, String what, Map<String, String> errors) {
        String day = params.get(field + "Day");
        String month = params.get(field + "Month");
        String year = params.get(field + "Year");
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, "Enter " + what + " as a real date, for example 27 3 2026");
            return null;
        }
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
