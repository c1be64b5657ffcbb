package org.mappahub.nominal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import org.mappahub.access.CaseReader;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.SearchPage;
import org.mappahub.nominal.SearchQuery;

/** The search page: one box (name, date of birth, year of birth or PNC ID), results paged 20 at a time. */
@Controller
class SearchPages {

    static final int PAGE_SIZE = SearchPage.DEFAULT_PAGE_SIZE;

    private final CaseRecords records;

    SearchPages(CaseRecords records) {
        this.records = records;
    }

    /** The results show case data. */
    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @CaseReader
    @GetMapping("/nominals")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Model model) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("text", Text.PAGES);
        SearchQuery query = SearchQuery.parse(text);
        model.addAttribute("query", query);
        if (!query.isEmpty()) {
            SearchPage results = records.search(query, text, pageNumber(page), PAGE_SIZE);
            model.addAttribute("results", results);
            model.addAttribute("pagination", pagination(text, results));
            long first = results.total() == 0 ? 0 : (long) (results.page() - 1) * results.pageSize() + 1;
            model.addAttribute("first", first);
            model.addAttribute("last", first == 0 ? 0 : first + results.results().size() - 1);
        }
        return "nominal/search";
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Math.min(Integer.parseInt(page == null ? "1" : page.strip()), 100_000));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Options of the GOV.UK pagination: previous, next and the page numbers around this one, or null for one page. */
    static Map<String, Object> pagination(String q, SearchPage results) {
        int pages = results.totalPages();
        int current = results.page();
        if (pages <= 1) {
            return null;
        }
        List<Object> items = new ArrayList<>();
        boolean gap = false;
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - current) <= 1) {
                items.add(IdentityFields.map("number", n, "href", href(q, n), "current", n == current));
                gap = false;
            } else if (!gap) {
                items.add(IdentityFields.map("ellipsis", true));
                gap = true;
            }
        }
        return IdentityFields.map(
                "previous", current > 1 ? IdentityFields.map("href", href(q, current - 1)) : null,
                "next", current < pages ? IdentityFields.map("href", href(q, current + 1)) : null,
                "items", items);
    }

    private static String href(String q, int page) {
        return UriComponentsBuilder.fromPath("/nominals").queryParam("q", q).queryParam("page", page)
                .encode().build().toUriString();
    }
}
