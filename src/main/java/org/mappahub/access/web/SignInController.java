package org.mappahub.access.web;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.mappahub.access.PublicPage;
import org.mappahub.access.SignInLockout;
import org.mappahub.access.SingleSignOn;

/**
 * The sign-in page. Spring Security handles the POST to {@code /login} (and {@code /logout}); a failed
 * attempt comes back here with {@code ?error} (or {@code ?locked=MINUTES} when the account is locked after
 * repeated failures), a sign-out with {@code ?signedOut}. When single sign-on is configured it also offers
 * "Sign in with your agency account" ({@link SingleSignOn}).
 */
@Controller
class SignInController {

    private final ObjectProvider<SingleSignOn> singleSignOn;

    SignInController(ObjectProvider<SingleSignOn> singleSignOn) {
        this.singleSignOn = singleSignOn;
    }

    @PublicPage
    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                  @RequestParam(required = false) Integer locked, Model model) {
        model.addAttribute("failed", error != null || locked != null);
        model.addAttribute("problem", locked != null
                ? SignInLockout.message(Duration.ofMinutes(Math.max(1, locked)))
                : "Enter a correct user name and password");
        model.addAttribute("signedOut", signedOut != null);
        // The agency sign-in link, only when single sign-on is configured.
        model.addAttribute("singleSignOn", singleSignOn.getIfAvailable() == null ? null : SingleSignOn.START);
        return "access/sign-in";
    }
}
