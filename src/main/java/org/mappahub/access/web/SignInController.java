package org.mappahub.access.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.mappahub.access.PublicPage;
import org.mappahub.access.SessionTimeouts;
import org.mappahub.access.SignInLockout;
import org.mappahub.access.SingleSignOn;

/**
 * The sign-in page. Spring Security handles the POST to {@code /login} (and {@code /logout}); a failed
 * attempt comes back here with {@code ?error} (or {@code ?locked=MINUTES} when the account is locked after
 * repeated failures), a sign-out with {@code ?signedOut}, a session ended by its idle or absolute time-out with
 * {@code ?timedOut} ({@link SessionTimeouts}). When single sign-on is configured it also offers
 * "Sign in with your agency account" ({@link SingleSignOn}).
 */
@Controller
class SignInController {

    private final SessionTimeouts timeouts;
    private final ObjectProvider<SingleSignOn> singleSignOn;

    SignInController(SessionTimeouts timeouts, ObjectProvider<SingleSignOn> singleSignOn) {
        this.timeouts = timeouts;
        this.singleSignOn = singleSignOn;
    }

    @PublicPage
    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                  @RequestParam(required = false) Integer locked, Model model,
                  HttpServletRequest request) {
        model.addAttribute("failed", error != null || locked != null);
        model.addAttribute("problem", locked != null
                ? SignInLockout.message(Duration.ofMinutes(Math.max(1, locked)))
                : "Enter a correct user name and password");
        model.addAttribute("signedOut", signedOut != null);
        // ?timedOut has no value: asked as a key, so that no container's reading of an empty value matters.
        model.addAttribute("timedOut", request.getParameterMap().containsKey("timedOut") ? timeouts.message() : null);
        // The agency sign-in link, only when single sign-on is configured.
        model.addAttribute("singleSignOn", singleSignOn.getIfAvailable() == null ? null : SingleSignOn.START);
        return "access/sign-in";
    }
}
