package org.mappahub.orders.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.NominalEvent;
import org.mappahub.nominal.NominalRecord.OrderChangeKind;
import org.mappahub.nominal.NominalRecord.OrderDetails;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.NominalRecord.Outcome;
import org.mappahub.nominal.StaleNominalException;
import org.mappahub.orders.CivilOrders;
import org.mappahub.orders.CivilOrders.Order;
import org.mappahub.orders.CivilOrders.Picture;
import org.mappahub.orders.InvalidOrderException;

/**
 * A person's civil orders: the list with each order's status today, one order with its prohibitions, foreign travel
 * prohibition and the court's variations, renewals and discharge, the breaches, and for the owning area's editors
 * the forms that add and change them. Every decision is {@link CivilOrders}' (the access policy underneath). Bad
 * input comes back with inline errors (400); a change made against an out-of-date record, with a message (409).
 */
@Controller
@RequestMapping("/nominals/{ref}")
class CivilOrderPages {

    static final String STALE_MESSAGE = "Someone else changed this person's record while you were editing it. "
            + "The page now shows their change: check it and submit yours again.";

    private final CivilOrders orders;

    CivilOrderPages(CivilOrders orders) {
        this.orders = orders;
    }

    /** Every page here shows case data. */
    @ModelAttribute("protectiveMarking")
    boolean protectiveMarking() {
        return true;
    }

    @CaseReader
    @GetMapping("/orders")
    String list(@PathVariable String ref, Model model) {
        return listPage(orders.view(ref), Map.of(), Map.of(), model);
    }

    @CaseReader
    @GetMapping("/orders/{order}")
    String show(@PathVariable String ref, @PathVariable int order, Model model) {
        Picture p = orders.view(ref);
        return orderPage(p, p.order(order), editForm(p.order(order).order()), Map.of(), Map.of(), Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/orders")
    String add(@PathVariable String ref, @RequestParam Map<String, String> form, Model model,
               HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        CivilOrders.OrderInput input = orderInput(new FormFields(form, errors));
        try {
            if (errors.isEmpty()) {
                orders.add(ref, version(form), input);
                redirect.addFlashAttribute("success", "Order added");
                return "redirect:/nominals/{ref}/orders";
            }
        } catch (InvalidOrderException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleNominalException e) {
            return stale(orders.view(ref), model, response);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return listPage(orders.view(ref), form, errors, model);
    }

    @CaseEditor
    @PostMapping("/orders/{order}")
    String edit(@PathVariable String ref, @PathVariable int order, @RequestParam Map<String, String> form, Model model,
                HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        CivilOrders.OrderInput input = orderInput(new FormFields(form, errors));
        try {
            if (errors.isEmpty()) {
                orders.edit(ref, version(form), order, input);
                redirect.addFlashAttribute("success", "Order saved");
                return "redirect:/nominals/{ref}/orders/" + order;
            }
        } catch (InvalidOrderException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleNominalException e) {
            return staleOrder(orders.view(ref), order, model, response);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Picture p = orders.view(ref);
        return orderPage(p, p.order(order), form, errors, Map.of(), Map.of(), model);
    }

    @CaseEditor
    @PostMapping("/orders/{order}/changes")
    String change(@PathVariable String ref, @PathVariable int order, @RequestParam Map<String, String> form,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        FormFields f = new FormFields(form, errors);
        CivilOrders.ChangeInput input = new CivilOrders.ChangeInput(f.choice(OrderChangeKind.class, "kind"),
                f.date("date", "the date of the court's decision"), f.value("description"),
                f.date("newEnd", "the new end of the order"),
                f.date("newTravelEnd", "the new end of the foreign travel prohibition"));
        try {
            if (errors.isEmpty()) {
                orders.recordChange(ref, version(form), order, input);
                redirect.addFlashAttribute("success", "Change recorded");
                return "redirect:/nominals/{ref}/orders/" + order;
            }
            if (input.kind() == null) {
                errors.put("kind", "Select whether the order was varied, renewed or discharged");
            }
        } catch (InvalidOrderException e) {
            e.problems().forEach(errors::putIfAbsent);
        } catch (StaleNominalException e) {
            return staleOrder(orders.view(ref), order, model, response);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        Picture p = orders.view(ref);
        return orderPage(p, p.order(order), editForm(p.order(order).order()), Map.of(), form, errors, model);
    }

    @CaseEditor
    @PostMapping("/order-breaches")
    String breach(@PathVariable String ref, @RequestParam Map<String, String> form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        FormFields f = new FormFields(form, errors);
        Integer index = null;
        try {
            index = f.value("order") == null ? null : Integer.valueOf(f.value("order"));
        } catch (NumberFormatException e) {
            errors.put("order", "Select the order that was breached");
        }
        String notifiable = f.value("becameNotifiable");
        CivilOrders.BreachInput input = new CivilOrders.BreachInput(index, f.date("breachDate", "the date"),
                f.choice(Outcome.class, "outcome"), notifiable == null ? null : Boolean.valueOf(notifiable));
        try {
            if (errors.isEmpty()) {
                orders.recordBreach(ref, version(form), input);
                redirect.addFlashAttribute("success", "Breach recorded");
                return "redirect:/nominals/{ref}/orders";
            }
        } catch (InvalidOrderException e) {
            e.problems().forEach((k, v) -> errors.putIfAbsent(k.equals("date") ? "breachDate" : k, v));
        } catch (StaleNominalException e) {
            return stale(orders.view(ref), model, response);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("breachErrors", true);
        return listPage(orders.view(ref), form, errors, model);
    }

    // ------------------------------------------------------------------------------------------------ pages

    private String stale(Picture p, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("stale", STALE_MESSAGE);
        return listPage(p, Map.of(), Map.of(), model);
    }

    private String staleOrder(Picture p, int order, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        model.addAttribute("stale", STALE_MESSAGE);
        return orderPage(p, p.order(order), editForm(p.order(order).order()), Map.of(), Map.of(), Map.of(), model);
    }

    private String listPage(Picture p, Map<String, String> form, Map<String, String> errors, Model model) {
        common(p, model);
        FormFields f = new FormFields(form, errors);
        model.addAttribute("errorList", f.errorList());
        model.addAttribute("rows", p.orders().stream().map(o -> row(p.ref(), o)).toList());
        model.addAttribute("breaches", breachRows(p.breaches()));
        if (p.mayEdit()) {
            model.addAttribute("fields", orderFields(f));
            List<String[]> choices = p.orders().stream().map(o -> new String[]{String.valueOf(o.index()),
                    typeWords(o.order().type()) + made(o.order())}).toList();
            model.addAttribute("breachFields", breachFields(f, choices));
        }
        return "orders/list";
    }

    private String orderPage(Picture p, Order o, Map<String, String> form, Map<String, String> errors,
                             Map<String, String> changeForm, Map<String, String> changeErrors, Model model) {
        common(p, model);
        CivilOrder c = o.order();
        Map<String, String> all = new LinkedHashMap<>(errors);
        changeErrors.forEach(all::putIfAbsent);
        model.addAttribute("errorList", new FormFields(Map.of(), all).errorList());
        model.addAttribute("order", row(p.ref(), o));
        List<Object> rows = new ArrayList<>();
        rows.add(summary("Type", typeWords(c.type())));
        rows.add(summary("Status today", o.status().words()));
        rows.add(summary("Applied for", FormFields.words(c.applied())));
        rows.add(summary("Interim order", FormFields.words(c.interim())));
        rows.add(summary("Granted", FormFields.words(c.granted())));
        rows.add(summary("Refused", FormFields.words(c.refused())));
        rows.add(summary("In force from", FormFields.words(c.from())));
        rows.add(summary("Ends", c.to() == null ? (c.from() == null ? "" : "Until further order")
                : FormFields.words(c.to()) + " (the first day it no longer applies)"));
        OrderDetails d = c.details();
        if (Boolean.TRUE.equals(c.foreignTravelRestriction())) {
            rows.add(summary("Foreign travel prohibition", d == null || d.travelProhibitionEnds() == null ? "Yes"
                    : "Until " + FormFields.words(d.travelProhibitionEnds())
                    + (d.travelCountries().isEmpty() ? ", all countries" : ": " + String.join(", ", d.travelCountries()))));
        }
        model.addAttribute("summaryRows", rows);
        model.addAttribute("prohibitions", d == null ? List.of() : d.prohibitions());
        model.addAttribute("changes", d == null ? List.of() : d.changes().stream().map(x -> Map.of(
                "kind", FormFields.capitalised(x.kind().name().toLowerCase()), "date", FormFields.words(x.date()),
                "description", x.description() == null ? "" : x.description())).toList());
        model.addAttribute("breaches", breachRows(p.breaches().stream().filter(e -> e.order() == c.type()
                || (c.type() == OrderType.SRO && e.order() == null)).toList()));
        if (p.mayEdit()) {
            model.addAttribute("fields", orderFields(new FormFields(form, errors)));
            FormFields cf = new FormFields(changeForm, changeErrors);
            model.addAttribute("changeFields", Map.of(
                    "kind", cf.radios("kind", "What did the court decide?", List.of(
                            new String[]{"VARIED", "Varied the order"}, new String[]{"RENEWED", "Renewed the order"},
                            new String[]{"DISCHARGED", "Discharged the order"})),
                    "date", cf.dateInput("date", "Date of the court's decision", null),
                    "description", cf.textarea("description", "What the court decided", null),
                    "newEnd", cf.dateInput("newEnd", "New end of the order (optional)",
                            "The first day it no longer applies; leave empty if unchanged"),
                    "newTravelEnd", cf.dateInput("newTravelEnd", "New end of the foreign travel prohibition (optional)",
                            "On renewal; at most 5 years from the renewal")));
        }
        model.addAttribute("index", o.index());
        return "orders/order";
    }

    private static void common(Picture p, Model model) {
        model.addAttribute("picture", p);
        model.addAttribute("ref", p.ref());
    }

    private static Map<String, Object> orderFields(FormFields f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", f.select("type", "Type of order", "Select the type of order", Arrays.stream(OrderType.values())
                .map(t -> new String[]{t.name(), typeWords(t)}).toList()));
        m.put("applied", f.dateInput("applied", "Applied for on (optional)", null));
        m.put("interim", f.dateInput("interim", "Interim order made on (optional)", null));
        m.put("granted", f.dateInput("granted", "Full order granted on (optional)", null));
        m.put("refused", f.dateInput("refused", "Refused on (optional)", "An order is granted or refused, not both"));
        m.put("from", f.dateInput("from", "In force from (optional)", "Leave empty to use the date it was made"));
        m.put("to", f.dateInput("to", "Ends on (optional)",
                "The first day it no longer applies; leave empty for an order until further order"));
        m.put("prohibitions", f.textarea("prohibitions", "Prohibitions", "One per line, as the court worded them"));
        m.put("foreignTravelRestriction", f.checkbox("foreignTravelRestriction", "Foreign travel restriction",
                "An SHPO only"));
        m.put("travelProhibitionEnds", f.dateInput("travelProhibitionEnds", "Foreign travel prohibition ends on",
                "At most 5 years after the order began"));
        m.put("travelCountries", f.input("travelCountries", "Countries it names (optional)",
                "Separate with commas; leave empty for all countries"));
        return m;
    }

    private static Map<String, Object> breachFields(FormFields f, List<String[]> choices) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("order", f.select("order", "Order breached", "Select the order", choices));
        m.put("breachDate", f.dateInput("breachDate", "Date", "Of the outcome (the caution or conviction), or of the "
                + "breach while the outcome is pending"));
        m.put("outcome", f.radios("outcome", "Outcome", List.of(new String[]{"CAUTIONED", "Cautioned"},
                new String[]{"CONVICTED", "Convicted"}, new String[]{"NO_FURTHER_ACTION", "No further action"},
                new String[]{"PENDING", "Pending"})));
        m.put("becameNotifiable", f.radios("becameNotifiable", "For an SRO: did the breach make the person subject to "
                + "notification?", List.of(new String[]{"true", "Yes"}, new String[]{"false", "No"})));
        return m;
    }

    /** The edit form as the stored order fills it. */
    private static Map<String, String> editForm(CivilOrder c) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", c.type() == null ? null : c.type().name());
        FormFields.putDate(form, "applied", c.applied());
        FormFields.putDate(form, "interim", c.interim());
        FormFields.putDate(form, "granted", c.granted());
        FormFields.putDate(form, "refused", c.refused());
        FormFields.putDate(form, "from", c.from());
        FormFields.putDate(form, "to", c.to());
        form.put("foreignTravelRestriction", String.valueOf(Boolean.TRUE.equals(c.foreignTravelRestriction())));
        if (c.details() != null) {
            form.put("prohibitions", String.join("\n", c.details().prohibitions()));
            FormFields.putDate(form, "travelProhibitionEnds", c.details().travelProhibitionEnds());
            form.put("travelCountries", String.join(", ", c.details().travelCountries()));
        }
        return form;
    }

    private static CivilOrders.OrderInput orderInput(FormFields f) {
        return new CivilOrders.OrderInput(f.choice(OrderType.class, "type"),
                f.date("applied", "the date of the application"), f.date("interim", "the date of the interim order"),
                f.date("granted", "the date of the grant"), f.date("refused", "the date of the refusal"),
                "true".equals(f.value("foreignTravelRestriction")),
                f.date("from", "the date it came into force"), f.date("to", "the end"),
                f.lines("prohibitions", false),
                f.date("travelProhibitionEnds", "the end of the foreign travel prohibition"),
                f.lines("travelCountries", true));
    }

    /** The version the form was loaded at; an unreadable one can only be stale. */
    private static int version(Map<String, String> form) {
        try {
            return Integer.parseInt(form.getOrDefault("version", "").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Map<String, Object> row(String ref, Order o) {
        CivilOrder c = o.order();
        String span = c.from() == null ? "" : FormFields.words(c.from()) + " to "
                + (c.to() == null ? "further order" : FormFields.words(c.to()));
        return FormFields.map("index", o.index(), "type", typeWords(c.type()), "made", made(c).replaceFirst("^, ", ""),
                "span", span, "status", o.status().words(), "tagClasses", o.status().tagClasses(),
                "travel", Boolean.TRUE.equals(c.foreignTravelRestriction()),
                "href", "/nominals/" + ref + "/orders/" + o.index());
    }

    private static String made(CivilOrder c) {
        LocalDate d = c.granted() != null ? c.granted() : c.interim() != null ? c.interim() : c.applied();
        String what = c.granted() != null ? "granted " : c.interim() != null ? "interim " : "applied for ";
        return d == null ? "" : ", " + what + FormFields.words(d);
    }

    private static List<Map<String, String>> breachRows(List<NominalEvent> events) {
        return events.stream().map(e -> Map.of(
                "date", FormFields.words(e.date()),
                "what", switch (e.type()) {
                    case SRO_BREACH -> "Breach of an SRO";
                    default -> "Breach of " + (e.order() == null ? "an order" : typeWords(e.order()));
                },
                "outcome", e.outcome() != null ? FormFields.capitalised(e.outcome().name().toLowerCase().replace('_', ' '))
                        : Boolean.TRUE.equals(e.becameNotifiable()) ? "Became subject to notification"
                        : "Did not become subject to notification")).toList();
    }

    private static Object summary(String key, String value) {
        return FormFields.map("key", FormFields.map("text", key), "value", FormFields.map("text", value));
    }

    static String typeWords(OrderType t) {
        return switch (t) {
            case SHPO -> "Sexual Harm Prevention Order (SHPO)";
            case SRO -> "Sexual Risk Order (SRO)";
            case NO -> "Notification Order";
            case SOPO -> "Sexual Offences Prevention Order (SOPO)";
            case FTO -> "Foreign Travel Order";
            case RSHO -> "Risk of Sexual Harm Order";
            case RESTRAINING_ORDER -> "Restraining Order";
            case DISQUALIFICATION_ORDER -> "Disqualification Order";
            case DVPO -> "Domestic Violence Protection Order";
        };
    }
}
