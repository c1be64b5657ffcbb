package org.mappahub.work.web;

import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.mappahub.access.SignedIn;
import org.mappahub.work.Due;
import org.mappahub.work.WorkList;

/**
 * The start page after sign-in, for every role: "My work" first for the roles that have case work (what needs them
 * today, by heading), then the links each role has — search and create for case readers, the area's pages for the
 * co-ordinator, agencies and accounts for administrators, the audit pages for auditors.
 */
@Controller
class WorkPages {

    private final WorkList work;

    WorkPages(WorkList work) {
        this.work = work;
    }

    @SignedIn
    @GetMapping("/")
    String home(Model model) {
        WorkList.Work mine = work.forPage();
        model.addAttribute("work", mine);
        model.addAttribute("caseWork", mine.viewer() != null && (mine.viewer().readsAreaCases() || mine.viewer().readsSharedCases()));
        model.addAttribute("protectiveMarking", !mine.headings().isEmpty());
        model.addAttribute("dueTag", new DueTag(mine.today()));
        return "web/home";
    }

    /** The template's way to a tag: {@code ${dueTag.of(item.due)}}. */
    record DueTag(LocalDate today) {
        public Due of(LocalDate due) {
            return Due.of(due, today);
        }
    }
}
