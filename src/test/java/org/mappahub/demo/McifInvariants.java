package org.mappahub.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

import org.mappahub.nominal.PncId;

/**
 * Every MCIF/1 rule (and every rule the demo promises on top) that can be checked on the file alone,
 * written independently of the generator: each violation is one line naming the ref and the rule.
 */
final class McifInvariants {

    private static final Set<String> DISPOSALS_WITH_LENGTH = Set.of("IMPRISONMENT", "CONDITIONAL_DISCHARGE");

    private McifInvariants() {
    }

    static List<String> violations(List<JsonNode> lines, LocalDate today) {
        List<String> problems = new ArrayList<>();
        Set<String> areas = new HashSet<>();
        Set<String> refs = new HashSet<>();
        boolean nominalSeen = false;
        for (JsonNode line : lines) {
            String type = line.path("recordType").asString();
            if (type.equals("area")) {
                String code = line.path("code").asString();
                if (nominalSeen) {
                    problems.add("area " + code + " comes after a nominal");
                }
                if (!areas.add(code)) {
                    problems.add("area " + code + " twice");
                }
                if (!code.matches("[A-Z0-9_]+") || code.equals("NATIONAL")) {
                    problems.add("area code " + code);
                }
                continue;
            }
            nominalSeen = true;
            String ref = line.path("ref").asString();
            if (!refs.add(ref)) {
                problems.add(ref + ": ref twice");
            }
            new Nominal(line, ref, today, areas, problems).check();
        }
        return problems;
    }

    private static final class Nominal {
        private final JsonNode n;
        private final String ref;
        private final LocalDate today;
        private final Set<String> areas;
        private final List<String> problems;
        private LocalDate dob;

        Nominal(JsonNode n, String ref, LocalDate today, Set<String> areas, List<String> problems) {
            this.n = n;
            this.ref = ref;
            this.today = today;
            this.areas = areas;
            this.problems = problems;
        }

        void check() {
            String area = n.path("area").asString();
            if (!areas.contains(area)) {
                problems.add(ref + ": area " + area + " not declared before it");
            }
            JsonNode p = n.path("person");
            if (p.path("familyName").asString("").isEmpty()) {
                problems.add(ref + ": no family name");
            }
            dob = LocalDate.parse(p.path("dateOfBirth").asString());
            if (!dob.isBefore(today)) {
                problems.add(ref + ": date of birth not in the past");
            }
            if (p.has("pncId") && !PncId.isValid(p.path("pncId").asString())) {
                problems.add(ref + ": PNC ID " + p.path("pncId").asString() + " " + PncId.problem(
                        p.path("pncId").asString()));
            }
            checkNames(p);
            for (JsonNode a : n.path("aliases")) {
                checkNames(a);
                if (!a.path("dateOfBirth").isNull() && !date(a.path("dateOfBirth")).isBefore(today)) {
                    problems.add(ref + ": alias date of birth not in the past");
                }
            }
            List<Span> categories = spans("categories", "category");
            List<Span> levels = spans("levels", "level");
            List<Span> custody = spans("custody", "reason");
            List<Span> areaSpans = spans("areas", "area");
            List<Span> addresses = spans("addresses", "type");
            noOverlap("categories", categories);
            noOverlap("levels", levels);
            noOverlap("custody", custody);
            noOverlap("areas", areaSpans);
            noOverlap("addresses", addresses.stream().filter(a -> !a.value().equals("TEMPORARY")).toList());
            levelsCoverCategories(categories, levels);
            if (!areaSpans.isEmpty()) {
                Span last = areaSpans.get(areaSpans.size() - 1);
                if (last.to() != null || !last.value().equals(area)) {
                    problems.add(ref + ": last managing-area span is not open in " + area);
                }
                for (Span s : areaSpans) {
                    if (!areas.contains(s.value())) {
                        problems.add(ref + ": areas names undeclared " + s.value());
                    }
                }
            }
            long homes = addresses.stream().filter(a -> a.value().equals("HOME")).count();
            if (homes < 1 || homes > 3) {
                problems.add(ref + ": " + homes + " HOME addresses");
            }
            for (JsonNode c : n.path("custody")) {
                boolean breach = c.path("reason").asString().equals("BREACH_OF_ORDER");
                if (breach != c.has("order")) {
                    problems.add(ref + ": custody order field and BREACH_OF_ORDER disagree");
                }
            }
            checkConvictions(categories);
            checkOrders();
            checkEvents();
        }

        private void checkNames(JsonNode person) {
            String family = person.path("familyName").asString();
            if (!family.equals(family.toUpperCase())) {
                problems.add(ref + ": family name not upper case: " + family);
            }
            for (JsonNode g : person.path("givenNames")) {
                if (!g.asString().equals(g.asString().toUpperCase()) || g.asString().isBlank()) {
                    problems.add(ref + ": given name " + g.asString());
                }
            }
        }

        private void checkConvictions(List<Span> categories) {
            Set<String> kinds = new HashSet<>();
            boolean qualifiesForCategory2 = false;
            for (JsonNode c : n.path("convictions")) {
                LocalDate d = eventDate(c.path("date"), "conviction");
                String disposal = c.path("disposal").asString();
                kinds.add(c.path("offenceKind").asString());
                if (DISPOSALS_WITH_LENGTH.contains(disposal) != c.has("lengthMonths")) {
                    problems.add(ref + ": lengthMonths with " + disposal);
                }
                if (c.has("lengthMonths") && c.path("lengthMonths").asInt() < 1) {
                    problems.add(ref + ": lengthMonths < 1");
                }
                if (c.has("ageAtConviction") && c.path("ageAtConviction").asInt() != Period.between(dob, d).getYears()) {
                    problems.add(ref + ": ageAtConviction " + c.path("ageAtConviction").asInt() + " on " + d);
                }
                if (c.path("offenceKind").asString().equals("VIOLENT")
                        && (Set.of("LIFE", "IPP", "HOSPITAL_ORDER", "HOSPITAL_ORDER_RESTRICTED").contains(disposal)
                        || (disposal.equals("IMPRISONMENT") && c.path("lengthMonths").asInt() >= 12))) {
                    qualifiesForCategory2 = true;
                }
            }
            for (Span s : categories) {
                if (s.value().equals("1") && !kinds.contains("SEXUAL")) {
                    problems.add(ref + ": category 1 without a sexual offence");
                }
                if (s.value().equals("2") && !qualifiesForCategory2) {
                    problems.add(ref + ": category 2 without a qualifying violent offence");
                }
            }
        }

        private void checkOrders() {
            for (JsonNode o : n.path("orders")) {
                for (String f : List.of("applied", "interim", "granted", "refused")) {
                    if (!o.path(f).isNull() && !o.path(f).isMissingNode()) {
                        eventDate(o.path(f), "order " + f);
                    }
                }
                if (!o.path("granted").isNull() && !o.path("refused").isNull()) {
                    problems.add(ref + ": order both granted and refused");
                }
                if (o.has("foreignTravelRestriction") != o.path("type").asString().equals("SHPO")) {
                    problems.add(ref + ": foreignTravelRestriction on " + o.path("type").asString());
                }
                boolean hasFrom = !o.path("from").isNull();
                boolean hasTo = !o.path("to").isNull();
                if (hasTo && !hasFrom) {
                    problems.add(ref + ": order with an end but no start");
                }
                if (hasFrom) {
                    LocalDate from = eventDate(o.path("from"), "order from");
                    if (hasTo && !date(o.path("to")).isAfter(from)) {
                        problems.add(ref + ": order to not after from");
                    }
                }
            }
        }

        private void checkEvents() {
            for (JsonNode e : n.path("events")) {
                String type = e.path("type").asString();
                eventDate(e.path("date"), type);
                switch (type) {
                    case "NOTIFICATION_BREACH", "ORDER_BREACH" -> {
                        if (!Set.of("CAUTIONED", "CONVICTED", "NO_FURTHER_ACTION", "PENDING")
                                .contains(e.path("outcome").asString())) {
                            problems.add(ref + ": " + type + " outcome");
                        }
                        if (type.equals("ORDER_BREACH") && !e.has("order")) {
                            problems.add(ref + ": ORDER_BREACH without order");
                        }
                    }
                    case "SFO_CHARGE" -> {
                        boolean pending = e.path("outcome").asString().equals("PENDING");
                        if (pending != e.path("outcomeDate").isNull()) {
                            problems.add(ref + ": SFO outcomeDate and outcome disagree");
                        }
                        if (!pending) {
                            eventDate(e.path("outcomeDate"), "SFO outcome");
                        }
                    }
                    case "DISCLOSURE" -> {
                        if (e.path("to").asString("").isBlank() || e.path("authorisedBy").asString("").isBlank()) {
                            problems.add(ref + ": disclosure without to/authorisedBy");
                        }
                    }
                    case "NOTIFICATION_REVOKED", "NOTIFICATION_REVIEW_REFUSED" -> { }
                    default -> problems.add(ref + ": event type " + type);
                }
            }
        }

        private void levelsCoverCategories(List<Span> categories, List<Span> levels) {
            TreeSet<LocalDate> bounds = new TreeSet<>();
            for (Span s : categories) {
                bounds.add(s.from());
                bounds.add(s.to() == null ? LocalDate.MAX : s.to());
            }
            for (Span s : levels) {
                bounds.add(s.from());
                bounds.add(s.to() == null ? LocalDate.MAX : s.to());
            }
            LocalDate previous = null;
            for (LocalDate d : bounds) {
                if (previous != null) {
                    Span c = covering(categories, previous);
                    Span l = covering(levels, previous);
                    if ((c == null) != (l == null)) {
                        problems.add(ref + ": on " + previous + (c == null ? " a level without a category"
                                : " a category without a level"));
                    } else if (c != null && c.value().equals("3") && l.value().equals("1")) {
                        problems.add(ref + ": category 3 at level 1 on " + previous);
                    }
                }
                previous = d;
            }
        }

        private static Span covering(List<Span> spans, LocalDate d) {
            for (Span s : spans) {
                if (!d.isBefore(s.from()) && (s.to() == null || d.isBefore(s.to()))) {
                    return s;
                }
            }
            return null;
        }

        private List<Span> spans(String list, String valueField) {
            List<Span> spans = new ArrayList<>();
            for (JsonNode s : n.path(list)) {
                LocalDate from = eventDate(s.path("from"), list + " from");
                LocalDate to = s.path("to").isNull() || s.path("to").isMissingNode() ? null : date(s.path("to"));
                if (to != null && !to.isAfter(from)) {
                    problems.add(ref + ": " + list + " span to " + to + " not after from " + from);
                }
                if (to != null && !to.isBefore(today)) {
                    problems.add(ref + ": " + list + " span ends on or after today");
                }
                spans.add(new Span(s.path(valueField).asString(), from, to));
            }
            List<Span> sorted = spans.stream().sorted(Comparator.comparing(Span::from)).toList();
            if (!sorted.equals(spans)) {
                problems.add(ref + ": " + list + " not sorted by from");
            }
            return spans;
        }

        private void noOverlap(String list, List<Span> spans) {
            for (int i = 0; i < spans.size(); i++) {
                for (int j = i + 1; j < spans.size(); j++) {
                    Span a = spans.get(i);
                    Span b = spans.get(j);
                    boolean aBeforeB = a.to() != null && !a.to().isAfter(b.from());
                    boolean bBeforeA = b.to() != null && !b.to().isAfter(a.from());
                    if (!aBeforeB && !bBeforeA) {
                        problems.add(ref + ": " + list + " overlap " + a + " " + b);
                    }
                }
            }
        }

        /** A date of something that happened: before today and after the tenth birthday. */
        private LocalDate eventDate(JsonNode node, String what) {
            LocalDate d = date(node);
            if (!d.isBefore(today)) {
                problems.add(ref + ": " + what + " " + d + " not before today");
            }
            if (!d.isAfter(dob.plusYears(10))) {
                problems.add(ref + ": " + what + " " + d + " not after the tenth birthday");
            }
            return d;
        }

        private static LocalDate date(JsonNode node) {
            return LocalDate.parse(node.asString());
        }
    }

    record Span(String value, LocalDate from, LocalDate to) {
    }
}
