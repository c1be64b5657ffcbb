package org.mappahub.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import org.mappahub.access.CaseReader;

/** The start page after sign-in: search for a nominal, or create one. */
@Controller
class HomeController {

    @CaseReader
    @GetMapping("/")
    String home() {
        return "web/home";
    }
}
