package org.mappahub.orders;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.EventType;
import org.mappahub.nominal.NominalRecord.NominalEvent;
import org.mappahub.nominal.NominalRecord.OrderChange;
import org.mappahub.nominal.NominalRecord.OrderChangeKind;
import org.mappahub.nominal.NominalRecord.OrderDetails;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.NominalRecord.Outcome;
import org.mappahub.rules.CivilOrderRules;

/**
 * Turns what a user entered into an order, a change of it or a breach, or refuses it field by field
 * ({@link InvalidOrderException}, nothing written): the lifecycle must agree with itself
 * ({@link CivilOrderRules#checkLifecycle}) and the law must allow the order ({@link CivilOrderRules#check},
 * {@link CivilOrderRules#checkDate}); a message from a rule names the rule.
 */
final class OrderChecks {

    static final int MAX_TEXT = 2000;
    static final int MAX_ITEMS = 100;
    private static final Set<Outcome> BREACH_OUTCOMES = Set.of(Outcome.CAUTIONED, Outcome.CONVICTED,
            Outcome.NO_FURTHER_ACTION, Outcome.PENDING);

    private OrderChecks() {
    }

    /**
     * The order from the input, with the changes already recorded on it. Without a span in force, a granted order is
     * in force from its grant, an interim one from the interim order (a refused one never was).
     */
    static CivilOrder order(CivilOrders.OrderInput in, List<OrderChange> changes, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        CivilOrder order = build(in, changes, problems, today);
        if (!problems.isEmpty()) {
            throw new InvalidOrderException(problems);
        }
        return order;
    }

    private static CivilOrder build(CivilOrders.OrderInput in, List<OrderChange> changes, Map<String, String> problems,
                                    LocalDate today) {
        if (in.type() == null) {
            problems.put("type", "Select the type of order");
        }
        notFuture(problems, "applied", "the application", in.applied(), today);
        notFuture(problems, "interim", "the interim order", in.interim(), today);
        notFuture(problems, "granted", "the grant", in.granted(), today);
        notFuture(problems, "refused", "the refusal", in.refused(), today);
        LocalDate from = in.from();
        if (from == null && in.refused() == null) {
            from = in.granted() != null ? in.granted() : in.interim();
        }
        List<String> prohibitions = texts(problems, "prohibitions", "A prohibition", in.prohibitions());
        List<String> countries = texts(problems, "travelCountries", "A country", in.travelCountries());
        boolean travel = in.foreignTravelRestriction();
        if (!travel && (in.travelProhibitionEnds() != null || !countries.isEmpty())) {
            problems.putIfAbsent("foreignTravelRestriction",
                    "Select foreign travel restriction to record when the prohibition ends and the countries it names");
        }
        if (in.type() == null) {
            return null;
        }
        Boolean restriction = in.type() == OrderType.SHPO ? Boolean.valueOf(travel) : travel ? Boolean.TRUE : null;
        CivilOrder order = new CivilOrder(in.type(), in.applied(), in.interim(), in.granted(), in.refused(), restriction,
                from, in.to(), new OrderDetails(prohibitions, travel ? in.travelProhibitionEnds() : null,
                travel ? countries : List.of(), changes));
        if (problems.isEmpty()) {
            checkLaw(order, problems);
        }
        return order;
    }

    /** The lifecycle and the law, on an order whose fields are each well formed. */
    private static void checkLaw(CivilOrder o, Map<String, String> problems) {
        for (CivilOrderRules.FieldRefusal r : CivilOrderRules.checkLifecycle(rulesType(o.type()), o.applied(),
                o.interim(), o.granted(), o.refused(), Boolean.TRUE.equals(o.foreignTravelRestriction()), o.from(), o.to())) {
            problems.putIfAbsent(r.field(), r.refusal().message());
        }
        if (!problems.isEmpty()) {
            return;
        }
        CivilOrderRules.OrderType type = rulesType(o.type());
        for (var dated : List.of(new Object[]{"applied", o.applied()}, new Object[]{"interim", o.interim()},
                new Object[]{"granted", o.granted()})) {
            if (dated[1] != null) {
                CivilOrderRules.checkDate(type, (LocalDate) dated[1]).stream().findFirst()
                        .ifPresent(r -> problems.putIfAbsent((String) dated[0], r.message()));
            }
        }
        if (!problems.isEmpty() || o.granted() == null) {
            return; // the durations the law sets are those of a full order
        }
        LocalDate start = o.from() == null ? o.granted() : o.from();
        CivilOrderRules.check(type, o.granted(), CivilOrderRules.term(start, o.to()), null).stream().findFirst()
                .ifPresent(r -> problems.put("to", r.message()));
        OrderDetails d = o.details();
        if (Boolean.TRUE.equals(o.foreignTravelRestriction()) && d.travelProhibitionEnds() == null) {
            problems.put("travelProhibitionEnds", "Enter the date the foreign travel prohibition ends (it lasts at most "
                    + CivilOrderRules.FOREIGN_TRAVEL_PROHIBITION_MAXIMUM.getYears() + " years)");
        } else if (d.travelProhibitionEnds() != null) {
            LocalDate travelFrom = travelStart(start, d.changes());
            CivilOrderRules.check(type, travelFrom, null, Period.between(travelFrom, d.travelProhibitionEnds()))
                    .stream().filter(r -> r.rule().contains("foreign travel")).findFirst()
                    .ifPresent(r -> problems.put("travelProhibitionEnds", r.message()));
        }
    }

    /** A foreign travel prohibition runs from the order's start, or from its latest renewal (it is renewable). */
    private static LocalDate travelStart(LocalDate start, List<OrderChange> changes) {
        return changes.stream().filter(c -> c.kind() == OrderChangeKind.RENEWED).map(OrderChange::date)
                .reduce((a, b) -> b).orElse(start);
    }

    /**
     * The order with a variation, renewal or discharge recorded: a discharge ends the span in force on its date;
     * a renewal or variation may set a new end, a renewal a new end of the foreign travel prohibition. The order as
     * changed must still be one the law allows.
     */
    static CivilOrder changed(CivilOrder o, CivilOrders.ChangeInput c, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (c.kind() == null) {
            problems.put("kind", "Select whether the order was varied, renewed or discharged");
        }
        if (c.date() == null) {
            problems.put("date", "Enter the date of the court's decision");
        } else if (c.date().isAfter(today)) {
            problems.put("date", "The date of the court's decision must be today or in the past");
        } else if (o.granted() == null && o.interim() == null) {
            problems.put("date", "Only an order that was made (interim or full) can be varied, renewed or discharged");
        } else if (c.date().isBefore(o.granted() != null ? o.granted() : o.interim())) {
            problems.put("date", "The court's decision must be on or after the order was made ("
                    + (o.granted() != null ? o.granted() : o.interim()) + ")");
        }
        String description = c.description() == null || c.description().isBlank() ? null : c.description().strip();
        if (description == null) {
            problems.put("description", "Describe what the court decided");
        } else if (description.length() > MAX_TEXT) {
            problems.put("description", "The description must be " + MAX_TEXT + " characters or fewer");
        }
        OrderDetails d = o.details() == null ? new OrderDetails(null, null, null, null) : o.details();
        if (d.changes().stream().anyMatch(x -> x.kind() == OrderChangeKind.DISCHARGED)) {
            problems.put("kind", "The order was discharged: it can no longer be changed");
        }
        if (c.kind() == OrderChangeKind.DISCHARGED && (c.newEnd() != null || c.newTravelEnd() != null)) {
            problems.put("newEnd", "A discharge ends the order on its date: give no new end");
        }
        if (c.kind() == OrderChangeKind.RENEWED && c.newEnd() == null && c.newTravelEnd() == null) {
            problems.put("newEnd", "Enter the new end of the order or of its foreign travel prohibition");
        }
        if (c.kind() == OrderChangeKind.VARIED && c.newTravelEnd() != null) {
            problems.put("newTravelEnd", "A foreign travel prohibition is renewed, not varied: record a renewal");
        }
        if (c.newTravelEnd() != null && !Boolean.TRUE.equals(o.foreignTravelRestriction())) {
            problems.put("newTravelEnd", "This order has no foreign travel restriction");
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrderException(problems);
        }
        List<OrderChange> changes = new ArrayList<>(d.changes());
        changes.add(new OrderChange(c.kind(), c.date(), description));
        LocalDate to = o.to();
        if (c.kind() == OrderChangeKind.DISCHARGED) {
            to = to == null || c.date().isBefore(to) ? c.date() : to;
        } else if (c.newEnd() != null) {
            to = c.newEnd();
        }
        LocalDate travelEnds = c.newTravelEnd() != null ? c.newTravelEnd() : d.travelProhibitionEnds();
        CivilOrder changed = new CivilOrder(o.type(), o.applied(), o.interim(), o.granted(), o.refused(),
                o.foreignTravelRestriction(), o.from(), to,
                new OrderDetails(d.prohibitions(), travelEnds, d.travelCountries(), changes));
        if (c.kind() != OrderChangeKind.DISCHARGED) {
            checkLaw(changed, problems);
        }
        if (!problems.isEmpty()) {
            Map<String, String> named = new LinkedHashMap<>();
            problems.forEach((field, message) -> named.put(switch (field) {
                case "to", "from" -> "newEnd";
                case "travelProhibitionEnds" -> "newTravelEnd";
                default -> "kind";
            }, message));
            throw new InvalidOrderException(named);
        }
        return changed;
    }

    /** The events of a breach of the order at {@code b.order()}: ORDER_BREACH, and SRO_BREACH for an SRO. */
    static List<NominalEvent> breach(List<CivilOrder> orders, CivilOrders.BreachInput b, LocalDate today) {
        Map<String, String> problems = new LinkedHashMap<>();
        CivilOrder order = null;
        if (b.order() == null || b.order() < 0 || b.order() >= orders.size()) {
            problems.put("order", "Select the order that was breached");
        } else {
            order = orders.get(b.order());
        }
        if (b.date() == null) {
            problems.put("date", "Enter the date of the outcome (or of the breach while it is pending)");
        } else if (b.date().isAfter(today)) {
            problems.put("date", "The date must be today or in the past");
        } else if (order != null && order.from() != null && b.date().isBefore(order.from())) {
            problems.put("date", "An order can be breached only once it is in force (from " + order.from() + ")");
        }
        if (b.outcome() == null || !BREACH_OUTCOMES.contains(b.outcome())) {
            problems.put("outcome", "Select the outcome: cautioned, convicted, no further action or pending");
        }
        boolean sro = order != null && order.type() == OrderType.SRO;
        if (sro && b.becameNotifiable() == null) {
            problems.put("becameNotifiable", "Select whether the breach made the person subject to notification");
        }
        if (!problems.isEmpty()) {
            throw new InvalidOrderException(problems);
        }
        List<NominalEvent> events = new ArrayList<>();
        events.add(new NominalEvent(EventType.ORDER_BREACH, b.date(), b.outcome(), null, order.type(), null, null, null));
        if (sro) {
            events.add(new NominalEvent(EventType.SRO_BREACH, b.date(), null, null, null, b.becameNotifiable(), null, null));
        }
        return events;
    }

    private static void notFuture(Map<String, String> problems, String field, String what, LocalDate d, LocalDate today) {
        if (d != null && d.isAfter(today)) {
            problems.put(field, "The date of " + what + " must be today or in the past");
        }
    }

    private static List<String> texts(Map<String, String> problems, String field, String what, List<String> given) {
        List<String> out = given == null ? List.of() : given.stream().filter(s -> s != null && !s.isBlank())
                .map(String::strip).toList();
        if (out.size() > MAX_ITEMS) {
            problems.put(field, "Give at most " + MAX_ITEMS);
        } else if (out.stream().anyMatch(s -> s.length() > MAX_TEXT)) {
            problems.put(field, what + " must be " + MAX_TEXT + " characters or fewer");
        }
        return out;
    }

    private static CivilOrderRules.OrderType rulesType(OrderType type) {
        return CivilOrderRules.OrderType.valueOf(type.name());
    }
}
