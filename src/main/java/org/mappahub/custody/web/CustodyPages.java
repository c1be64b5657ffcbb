package org.mappahub.custody.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.mappahub.access.CaseEditor;
import org.mappahub.access.CaseReader;
import org.mappahub.custody.CustodyRecords;
import org.mappahub.custody.CustodyRecords.Picture;
import org.mappahub.custody.CustodyRecords.SpanInput;
import org.mappahub.custody.CustodyWords;
import org.mappahub.custody.InvalidCustodyException;
import org.mappahub.custody.PreRelease;
import org.mappahub.custody.StaleCustodyException;
import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.OrderType;

/**
 * A person's custody and release: the custody spans, the forms that add, end and correct one, the expected release
 * date and the pre-release milestones the area's policy derives from it. Every decision is {@link CustodyRecords}'
 * (the access policy underneath): a user who does not see the full history is refused, only the owning area's
 * editors change anything; a change made against an out-of-date version is refused with 409 and the current values.
 */
@Controller
@RequestMapping("/nominals/{ref}/custody")
class CustodyPages {

    static final String STALE_MESSAGE = "Someone else changed the custody record while you were editing it. "
            + "It now shows their change: check it and submit yours again.";

    private final CustodyRecords custody;

    CustodyPages(CustodyRecords custody) {
        this.custody = custody;
    }

    /** Every page here shows case data. */
    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @CaseReader
    @GetMapping
    String show(@PathVariable String ref, @RequestParam(required = false) Integer edit, Model model) {
        Picture picture = custody.view(ref);
        Map<String, String> form = Map.of();
        if (edit != null && edit >= 0 && edit < picture.spans().size() && picture.mayEdit()) {
            form = spanForm(picture.spans().get(edit));
            model.addAttribute("editing", edit);
        }
        return page(picture, form, Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/spans")
    String add(@PathVariable String ref, @RequestParam Map<String, String> params, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        return change(ref, params, null, model, response, redirect, "Custody span added");
    }

    @CaseEditor
    @PostMapping("/spans/{index}")
    String edit(@PathVariable String ref, @PathVariable String index, @RequestParam Map<String, String> params,
                Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return change(ref, params, position(index), model, response, redirect, "Custody span changed");
    }

    @CaseEditor
    @PostMapping("/spans/{index}/end")
    String end(@PathVariable String ref, @PathVariable String index, @RequestParam Map<String, String> params,
               Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate to = date(params, "left", "left", "the date the person left custody", errors);
        try {
            if (errors.isEmpty()) {
                custody.endSpan(ref, position(index), version(params.get("version")), to);
                redirect.addFlashAttribute("success", "Release recorded: the custody span is ended");
                return "redirect:/nominals/{ref}/custody";
            }
        } catch (InvalidCustodyException e) {
            e.problems().forEach((field, message) -> errors.putIfAbsent(field.equals("to") ? "left" : field, message));
        } catch (StaleCustodyException e) {
            return stale(ref, model, response);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(custody.view(ref), params, errors, model);
    }

    @CaseEditor
    @PostMapping("/expected-release")
    String expectedRelease(@PathVariable String ref, @RequestParam Map<String, String> params, Model model,
                           HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = date(params, "release", "expectedRelease", "the expected release date", errors);
        String v = params.get("releaseVersion");
        try {
            if (errors.isEmpty()) {
                custody.setExpectedRelease(ref, on, v == null || v.isBlank() ? null : version(v));
                redirect.addFlashAttribute("success", "Expected release date saved");
                return "redirect:/nominals/{ref}/custody";
            }
        } catch (InvalidCustodyException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleCustodyException e) {
            return stale(ref, model, response);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return page(custody.view(ref), params, errors, model);
    }

    /** Adds ({@code index} null) or replaces a span from the span form. */
    private String change(String ref, Map<String, String> params, Integer index, Model model,
                          HttpServletResponse response, RedirectAttributes redirect, String success) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate from = date(params, "from", "from", "the date custody began", errors);
        LocalDate to = blank(params.get("toDay")) && blank(params.get("toMonth")) && blank(params.get("toYear")) ? null
                : date(params, "to", "to", "the date the person left custody", errors);
        SpanInput span = new SpanInput(parse(CustodyKind.class, params.get("kind")),
                parse(CustodyReason.class, params.get("reason")), parse(OrderType.class, params.get("order")), from, to);
        try {
            if (errors.isEmpty()) {
                int version = version(params.get("version"));
                if (index == null) {
                    custody.addSpan(ref, version, span);
                } else {
                    custody.editSpan(ref, index, version, span);
                }
                redirect.addFlashAttribute("success", success);
                return "redirect:/nominals/{ref}/custody";
            }
            if (span.kind() == null) {
                errors.put("kind", "Select where the person is held: prison or hospital");
            }
            if (span.reason() == null) {
                errors.put("reason", "Select the reason for custody");
            }
        } catch (InvalidCustodyException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleCustodyException e) {
            return stale(ref, model, response);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (index != null) {
            model.addAttribute("editing", index);
        }
        return page(custody.view(ref), params, errors, model);
    }

    private String stale(String ref, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("stale", STALE_MESSAGE);
        return page(custody.view(ref), Map.of(), Map.of(), model);
    }

    private String page(Picture p, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("picture", p);
        model.addAttribute("ref", p.ref());
        model.addAttribute("errors", errors);
        model.addAttribute("errorList", errors.entrySet().stream()
                .map(e -> map("text", e.getValue(), "href", "#" + e.getKey())).toList());
        List<Map<String, Object>> spans = new ArrayList<>();
        for (int i = 0; i < p.spans().size(); i++) {
            CustodySpan s = p.spans().get(i);
            spans.add(map("index", i, "where", CustodyWords.kind(s.kind()), "reason", CustodyWords.reason(s),
                    "from", CustodyWords.date(s.from()), "to", s.to() == null ? "Still in custody" : CustodyWords.date(s.to()),
                    "open", s.isOpen()));
        }
        model.addAttribute("spans", spans);
        if (p.current() != null) {
            model.addAttribute("currentText", CustodyWords.current(p.current(), p.release()));
        }
        model.addAttribute("milestones", p.milestones().stream().map(m -> map("what", m.step().words(),
                "by", CustodyWords.date(m.by()), "tag", tag(m.status()))).toList());
        if (p.mayEdit()) {
            model.addAttribute("fields", fields(form, errors, p));
        }
        return "custody/record";
    }

    private static Map<String, Object> tag(PreRelease.Status status) {
        String classes = switch (status) {
            case MET -> "govuk-tag--green";
            case OVERDUE -> "govuk-tag--red";
            case DUE -> "govuk-tag--yellow";
            case NOT_RECORDED, NOT_NEEDED -> "govuk-tag--grey";
        };
        return map("text", status.words(), "classes", classes);
    }

    /** The GOV.UK component parameters of the forms. */
    private static Map<String, Object> fields(Map<String, String> form, Map<String, String> errors, Picture p) {
        Map<String, Object> f = new LinkedHashMap<>();
        List<Object> kinds = new ArrayList<>();
        for (CustodyKind k : CustodyKind.values()) {
            kinds.add(map("value", k.name(), "text", CustodyWords.kind(k), "checked", k.name().equals(form.get("kind"))));
        }
        f.put("kind", map("idPrefix", "kind", "name", "kind", "classes", "govuk-radios--inline",
                "fieldset", map("legend", map("text", "Where is the person held?", "classes", "govuk-fieldset__legend--s")),
                "errorMessage", error(errors, "kind"), "items", kinds));
        List<Object> reasons = new ArrayList<>();
        reasons.add(map("value", "", "text", "Select the reason"));
        for (CustodyReason r : CustodyReason.values()) {
            reasons.add(map("value", r.name(), "text", CustodyWords.capitalised(CustodyWords.reason(r)),
                    "selected", r.name().equals(form.get("reason"))));
        }
        f.put("reason", map("id", "reason", "name", "reason", "label", map("text", "Reason", "classes", "govuk-label--s"),
                "errorMessage", error(errors, "reason"), "items", reasons));
        List<Object> orders = new ArrayList<>();
        orders.add(map("value", "", "text", "None"));
        for (OrderType o : OrderType.values()) {
            orders.add(map("value", o.name(), "text", o.name().replace('_', ' '), "selected", o.name().equals(form.get("order"))));
        }
        f.put("order", map("id", "order", "name", "order", "label", map("text", "Order breached", "classes", "govuk-label--s"),
                "hint", map("text", "Only for a return to custody for breach of an order"),
                "errorMessage", error(errors, "order"), "items", orders));
        f.put("from", dateInput("from", "from", "Date custody began", form, errors));
        f.put("to", dateInput("to", "to", "Date the person left custody (the first day out)", form, errors,
                "Leave empty while the person is still in custody"));
        f.put("left", dateInput("left", "left", "Date the person left custody (the first day out)", form, errors));
        Map<String, String> releaseForm = new LinkedHashMap<>(form);
        if (p.release() != null && !form.containsKey("releaseDay")) {
            releaseForm.put("releaseDay", String.valueOf(p.release().getDayOfMonth()));
            releaseForm.put("releaseMonth", String.valueOf(p.release().getMonthValue()));
            releaseForm.put("releaseYear", String.valueOf(p.release().getYear()));
        }
        f.put("release", dateInput("expectedRelease", "release", "Expected release date", releaseForm, errors));
        return f;
    }

    /** The form of an existing span, to change it. */
    private static Map<String, String> spanForm(CustodySpan s) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("kind", s.kind().name());
        m.put("reason", s.reason().name());
        m.put("order", s.order() == null ? "" : s.order().name());
        m.put("fromDay", String.valueOf(s.from().getDayOfMonth()));
        m.put("fromMonth", String.valueOf(s.from().getMonthValue()));
        m.put("fromYear", String.valueOf(s.from().getYear()));
        if (s.to() != null) {
            m.put("toDay", String.valueOf(s.to().getDayOfMonth()));
            m.put("toMonth", String.valueOf(s.to().getMonthValue()));
            m.put("toYear", String.valueOf(s.to().getYear()));
        }
        return m;
    }

    private static Map<String, Object> dateInput(String id, String prefix, String legend, Map<String, String> form,
                                                 Map<String, String> errors) {
        return dateInput(id, prefix, legend, form, errors, "For example, 27 3 2024");
    }

    private static Map<String, Object> dateInput(String id, String prefix, String legend, Map<String, String> form,
                                                 Map<String, String> errors, String hint) {
        boolean bad = errors.containsKey(id);
        return map("id", id,
                "fieldset", map("legend", map("text", legend, "classes", "govuk-fieldset__legend--s")),
                "hint", map("text", hint),
                "errorMessage", error(errors, id),
                "items", List.of(
                        dateItem(id + "-day", prefix + "Day", "Day", form.get(prefix + "Day"), bad, "govuk-input--width-2"),
                        dateItem(id + "-month", prefix + "Month", "Month", form.get(prefix + "Month"), bad, "govuk-input--width-2"),
                        dateItem(id + "-year", prefix + "Year", "Year", form.get(prefix + "Year"), bad, "govuk-input--width-4")));
    }

    private static Map<String, Object> dateItem(String id, String name, String label, String value, boolean error,
                                                String classes) {
        return map("id", id, "name", name, "label", label, "value", value, "classes", classes, "error", error);
    }

    /** A date from its three parts ({@code prefix}Day etc.); a missing or impossible one is an error on {@code field}. */
    private static LocalDate date(Map<String, String> params, String prefix, String field, String what,
                                 Map<String, String> errors) {
        String day = params.get(prefix + "Day");
        String month = params.get(prefix + "Month");
        String year = params.get(prefix + "Year");
        if (blank(day) && blank(month) && blank(year)) {
            errors.put(field, "Enter " + what);
            return null;
        }
        try {
            int y = Integer.parseInt(year.strip());
            if (y < 1900 || y > 9999) {
                throw new NumberFormatException();
            }
            return LocalDate.of(y, Integer.parseInt(month.strip()), Integer.parseInt(day.strip()));
        } catch (NumberFormatException | NullPointerException | DateTimeException e) {
            errors.put(field, CustodyWords.capitalised(what) + " must be a real date, for example 27 3 2024");
            return null;
        }
    }

    /** A position from the path, or -1 (no such span) when it is not a number. */
    private static int position(String index) {
        try {
            return Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A version from a hidden field; an unreadable one can only be stale. */
    private static int version(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Map<String, Object> error(Map<String, String> errors, String field) {
        return errors.containsKey(field) ? map("text", errors.get(field)) : null;
    }

    /** A map that keeps its order and allows {@code null} values (which the fragments read as "not given"). */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
