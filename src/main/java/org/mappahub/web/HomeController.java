package org.mappahub.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.mappahub.access.SignedIn;

/**
 * The start page after sign-in, for every role: case readers search for a nominal (and editors create one),
 * administrators find the agency and account pages, auditors the audit pages. Each sees only their own links.
 */
@Controller
class HomeController {

    @SignedIn
    @GetMapping("/")
    String home() {
        return "web/home";
    }
}
