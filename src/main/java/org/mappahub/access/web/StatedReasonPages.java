package org.mappahub.access.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import org.mappahub.access.AccessPolicy;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.CaseReader;

/**
 * Another area's record: the user states why they need it, and it opens for {@link AccessPolicy#REASON_LASTS}
 * (audited as exceptional access, with the reason). The form itself is shown in place of the record by
 * {@link AccessRefusalPages}.
 */
@Controller
class StatedReasonPages {

    private final CaseAccess access;
    private final JdbcClient jdbc;

    StatedReasonPages(CaseAccess access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    static ModelAndView form(String ref, String area, String error, String reason) {
        ModelAndView page = new ModelAndView("access/state-reason");
        page.addObject("ref", ref);
        page.addObject("area", area);
        page.addObject("error", error);
        page.addObject("reason", reason);
        page.addObject("hours", AccessPolicy.REASON_LASTS.toHours());
        page.addObject("protectiveMarking", true);
        return page;
    }

    @CaseReader
    @PostMapping("/nominals/{ref}/reason")
    ModelAndView state(@PathVariable String ref, @RequestParam(defaultValue = "") String reason) {
        try {
            access.stateReason(ref, reason);
        } catch (IllegalArgumentException e) {
            var decision = access.decide(ref);
            ModelAndView form = form(ref, areaName(decision.area()), e.getMessage(), reason);
            form.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST);
            return form;
        }
        return new ModelAndView("redirect:/nominals/" + org.springframework.web.util.UriUtils.encodePathSegment(ref,
                java.nio.charset.StandardCharsets.UTF_8));
    }

    private String areaName(String code) {
        return areaName(jdbc, code);
    }

    static String areaName(JdbcClient jdbc, String code) {
        return code == null ? null
                : jdbc.sql("select name from area where code = ?").param(code).query(String.class).optional().orElse(code);
    }
}
