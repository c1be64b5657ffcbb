package org.mappahub.access.web;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.ApiTokens;
import org.mappahub.access.SecondFactor;
import org.mappahub.access.SignedIn;

/**
 * The signed-in user's personal API tokens ({@link ApiTokens}): the list (name, created, expires, last used),
 * a form to create one (its value shown once, on the page that answers the form) and a revoke button for each.
 * Only a session that has passed the second sign-in step gets here, so a token carries that second factor.
 */
@Controller
@SignedIn
class ApiTokenPages {

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenPages(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping(ApiTokens.PAGE)
    String list(Principal user, HttpServletRequest request, Model model) {
        if (SecondFactor.isPending(request)) {
            return "redirect:" + SecondFactor.VERIFY; // SecondFactor's filter does this first; never rely on one lock
        }
        return page(user, model, "", String.valueOf(ApiTokens.DEFAULT_DAYS), Map.of(), null);
    }

    @PostMapping(ApiTokens.PAGE)
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String days,
                  Principal user, HttpServletRequest request, Model model) {
        if (SecondFactor.isPending(request)) {
            return "redirect:" + SecondFactor.VERIFY;
        }
        Integer lifetime = parse(days);
        Map<String, String> errors = new LinkedHashMap<>();
        String nameProblem = ApiTokens.nameProblem(name);
        if (nameProblem != null) {
            errors.put("name", nameProblem);
        }
        String daysProblem = ApiTokens.daysProblem(lifetime);
        if (daysProblem != null) {
            errors.put("days", daysProblem);
        }
        if (!errors.isEmpty()) {
            return page(user, model, name, days, errors, null);
        }
        ApiTokens.Issued issued = tokens.issue(user.getName(), name, lifetime);
        // Shown in this response only (no redirect, so the value is never parked in the session).
        return page(user, model, "", String.valueOf(ApiTokens.DEFAULT_DAYS), Map.of(), issued);
    }

    @PostMapping(ApiTokens.PAGE + "/{id}/revoke")
    String revoke(@PathVariable long id, Principal user, HttpServletRequest request, RedirectAttributes redirect) {
        if (SecondFactor.isPending(request)) {
            return "redirect:" + SecondFactor.VERIFY;
        }
        if (tokens.revoke(user.getName(), id)) {
            redirect.addFlashAttribute("revoked", true);
        }
        return "redirect:" + ApiTokens.PAGE;
    }

    private String page(Principal user, Model model, String name, String days, Map<String, String> errors,
                        ApiTokens.Issued issued) {
        model.addAttribute("tokens", tokens.of(user.getName()));
        model.addAttribute("now", clock.instant());
        model.addAttribute("name", name);
        model.addAttribute("days", days);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errors.entrySet().stream()
                .map(e -> Map.of("text", e.getValue(), "href", "#" + e.getKey())).toList());
        model.addAttribute("issued", issued);
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return "access/api-tokens";
    }

    private static Integer parse(String days) {
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
