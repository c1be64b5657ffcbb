package org.mappahub.work.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.SignedIn;
import org.mappahub.work.WorkDigest;
import org.mappahub.work.WorkReminders;

/**
 * The signed-in user's own e-mail reminders: an address and whether to send the daily digest of their work list.
 * Anyone signed in may keep their own (no case data; it changes nothing but their own row). Bad input: inline
 * errors (400); a stale form: a message and the saved choice (409).
 */
@Controller
@SignedIn
class ReminderPages {

    static final String PAGE = "/account/reminders";

    private final WorkReminders reminders;
    private final WorkDigest digest;

    ReminderPages(WorkReminders reminders, WorkDigest digest) {
        this.reminders = reminders;
        this.digest = digest;
    }

    @GetMapping(PAGE)
    String show(Principal user, Model model) {
        WorkReminders.Choice c = reminders.of(user.getName());
        return page(model, c.email(), c.daily(), c.version(), Map.of());
    }

    @PostMapping(PAGE)
    String save(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "false") boolean daily,
                @RequestParam(defaultValue = "-1") int version, Principal user, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>(WorkReminders.problems(email, daily));
        if (!errors.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, email, daily, version, errors);
        }
        try {
            reminders.save(user.getName(), email, daily, version);
        } catch (WorkReminders.StaleChoiceException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute("stale", "Your reminder settings were changed in another window while you were looking "
                    + "at this one. The page now shows them as saved: check them and make your change again.");
            WorkReminders.Choice now = reminders.of(user.getName());
            return page(model, now.email(), now.daily(), now.version(), Map.of());
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:" + PAGE;
    }

    private String page(Model model, String email, boolean daily, int version, Map<String, String> errors) {
        model.addAttribute("email", email);
        model.addAttribute("daily", daily);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errors.entrySet().stream()
                .map(e -> Map.of("text", e.getValue(), "href", "#" + e.getKey())).toList());
        model.addAttribute("mailEnabled", digest.enabled());
        return "work/reminders";
    }
}
