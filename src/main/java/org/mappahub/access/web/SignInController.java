package org.mappahub.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.mappahub.access.PublicPage;

/**
 * The sign-in page. Spring Security handles the POST to {@code /login} (and {@code /logout}); a failed
 * attempt comes back here with {@code ?error}, a sign-out with {@code ?signedOut}.
 */
@Controller
class SignInController {

    @PublicPage
    @GetMapping("/login")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String signedOut,
                  Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", signedOut != null);
        return "access/sign-in";
    }
}
