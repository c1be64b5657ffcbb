package org.mappahub.audit.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.mappahub.access.AuditReader;
import org.mappahub.audit.AuditEntry;
import org.mappahub.audit.AuditTrail;

/** The auditor's page: who looked at this person's record, when, and why. */
@Controller
class RecordViewsPage {

    private final AuditTrail trail;

    RecordViewsPage(AuditTrail trail) {
        this.trail = trail;
    }

    @AuditReader
    @GetMapping("/audit/record-views")
    String recordViews(@RequestParam(name = "ref", required = false) String ref, Model model) {
        String wanted = ref == null ? "" : ref.strip();
        List<AuditEntry> views = wanted.isEmpty() ? List.of() : trail.viewsOf(wanted);
        model.addAttribute("ref", wanted);
        model.addAttribute("views", views);
        model.addAttribute("protectiveMarking", true);
        return "audit/record-views";
    }
}
