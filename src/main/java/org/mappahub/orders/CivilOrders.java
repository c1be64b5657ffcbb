package org.mappahub.orders;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.Access;
import org.mappahub.access.Actor;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.RecordPart;
import org.mappahub.audit.AuditEvent;
import org.mappahub.nominal.CaseRecords;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CivilOrder;
import org.mappahub.nominal.NominalRecord.EventType;
import org.mappahub.nominal.NominalRecord.NominalEvent;
import org.mappahub.nominal.NominalRecord.OrderChange;
import org.mappahub.nominal.NominalRecord.OrderChangeKind;
import org.mappahub.nominal.NominalRecord.OrderDetails;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.NominalRecord.Outcome;
import org.mappahub.nominal.StaleNominalException;

/**
 * A person's civil orders and their breaches, read and changed as the signed-in user. The orders are the record's
 * own ({@link NominalRecord#orders()}, breaches its {@code ORDER_BREACH} / {@code SRO_BREACH} events): every change
 * replaces them through {@link NominalChanges#amend} as one versioned, audited change of the record, so a change made
 * against an out-of-date version is refused ({@link StaleNominalException}). What the law does not allow, and
 * lifecycles that contradict themselves, are refused by {@link OrderChecks} before anything is written. Part of the
 * full history: a duty-to-co-operate agency is refused even on a case shared with it.
 */
@Service
public class CivilOrders {

    /** What a refusal says was asked for. */
    private static final String PART = "civil orders";

    private final CaseRecords records;
    private final NominalChanges changes;
    private final CaseAccess caseAccess;
    private final Clock clock;

    CivilOrders(CaseRecords records, NominalChanges changes, CaseAccess caseAccess, Clock clock) {
        this.records = records;
        this.changes = changes;
        this.caseAccess = caseAccess;
        this.clock = clock;
    }

    /** One order with its position on the record (how pages and the API name it) and its status today. */
    public record Order(int index, CivilOrder order, OrderStatus status) {
    }

    /**
     * Everything the orders pages show.
     *
     * @param version  the record's version, to send back with a change
     * @param breaches the record's {@code ORDER_BREACH} and {@code SRO_BREACH} events, in recorded order
     */
    public record Picture(String ref, String name, int version, List<Order> orders, List<NominalEvent> breaches,
                          boolean mayEdit, Access access) {
        public Order order(int index) {
            if (index < 0 || index >= orders.size()) {
                throw new OrderNotFoundException(ref, index);
            }
            return orders.get(index);
        }
    }

    /** An order as a user enters it: the MCIF/1 fields and the application-only details. */
    public record OrderInput(OrderType type, LocalDate applied, LocalDate interim, LocalDate granted, LocalDate refused,
                             boolean foreignTravelRestriction, LocalDate from, LocalDate to, List<String> prohibitions,
                             LocalDate travelProhibitionEnds, List<String> travelCountries) {
    }

    /**
     * A variation, renewal or discharge by the court.
     *
     * @param newEnd       renewal or variation: the order's new end (the first day it no longer applies); null: unchanged
     * @param newTravelEnd renewal: the new end of the foreign travel prohibition; null: unchanged
     */
    public record ChangeInput(OrderChangeKind kind, LocalDate date, String description, LocalDate newEnd,
                              LocalDate newTravelEnd) {
    }

    /**
     * A breach of one of the person's orders.
     *
     * @param becameNotifiable for an SRO: whether the breach made the person subject to notification
     */
    public record BreachInput(Integer order, LocalDate date, Outcome outcome, Boolean becameNotifiable) {
    }

    /** The orders for the signed-in user; the view is audited as a view of the record. */
    @Transactional
    public Picture view(String ref) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed); // refused before the view is audited
        return picture(records.recordView(viewed));
    }

    /** Adds an order to the record; returns the record's new version. */
    @Transactional
    public int add(String ref, int expectedVersion, OrderInput input) {
        editable(ref, expectedVersion);
        CivilOrder order = OrderChecks.order(input, List.of(), LocalDate.now(clock));
        return amend(ref, expectedVersion, r -> withOrders(r, append(r.orders(), order)));
    }

    /** Replaces the order at {@code index}, keeping its recorded variations, renewals and discharge. */
    @Transactional
    public int edit(String ref, int expectedVersion, int index, OrderInput input) {
        CaseRecords.Viewed viewed = editable(ref, expectedVersion);
        CivilOrder before = orderAt(viewed, index);
        List<OrderChange> kept = before.details() == null ? List.of() : before.details().changes();
        CivilOrder order = OrderChecks.order(input, kept, LocalDate.now(clock));
        return amend(ref, expectedVersion, r -> withOrders(r, replace(r.orders(), index, order)));
    }

    /** Records a variation, renewal or discharge of the order at {@code index}. */
    @Transactional
    public int recordChange(String ref, int expectedVersion, int index, ChangeInput change) {
        CaseRecords.Viewed viewed = editable(ref, expectedVersion);
        CivilOrder order = OrderChecks.changed(orderAt(viewed, index), change, LocalDate.now(clock));
        return amend(ref, expectedVersion, r -> withOrders(r, replace(r.orders(), index, order)));
    }

    /**
     * Records a breach of one of the person's orders as an {@code ORDER_BREACH} event (the order's type and the
     * outcome); a breach of an SRO also as an {@code SRO_BREACH} event (whether it made the person notifiable).
     */
    @Transactional
    public int recordBreach(String ref, int expectedVersion, BreachInput breach) {
        CaseRecords.Viewed viewed = editable(ref, expectedVersion);
        List<NominalEvent> events = OrderChecks.breach(viewed.stored().record().orders(), breach, LocalDate.now(clock));
        return amend(ref, expectedVersion, r -> {
            List<NominalEvent> all = new ArrayList<>(r.events());
            all.addAll(events);
            return new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(), r.addresses(), r.areas(),
                    r.convictions(), r.categories(), r.levels(), r.custody(), r.orders(), all);
        });
    }

    private int amend(String ref, int expectedVersion, UnaryOperator<NominalRecord> change) {
        return changes.amend(ref, expectedVersion, change, CivilOrders::audited, Actor.currentUser());
    }

    private Picture picture(CaseRecords.Viewed viewed) {
        NominalRecord r = viewed.stored().record();
        LocalDate today = LocalDate.now(clock);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < r.orders().size(); i++) {
            orders.add(new Order(i, r.orders().get(i), OrderStatus.of(r.orders().get(i), today)));
        }
        return new Picture(r.ref(), r.person().fullName(), viewed.stored().version(), orders, breaches(r),
                viewed.access().mayEdit(), viewed.access());
    }

    static List<NominalEvent> breaches(NominalRecord r) {
        return r.events().stream()
                .filter(e -> e.type() == EventType.ORDER_BREACH || e.type() == EventType.SRO_BREACH).toList();
    }

    private static CivilOrder orderAt(CaseRecords.Viewed viewed, int index) {
        List<CivilOrder> orders = viewed.stored().record().orders();
        if (index < 0 || index >= orders.size()) {
            throw new OrderNotFoundException(viewed.stored().record().ref(), index);
        }
        return orders.get(index);
    }

    private static NominalRecord withOrders(NominalRecord r, List<CivilOrder> orders) {
        return new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(), r.addresses(), r.areas(),
                r.convictions(), r.categories(), r.levels(), r.custody(), orders, r.events());
    }

    private static List<CivilOrder> append(List<CivilOrder> orders, CivilOrder order) {
        List<CivilOrder> out = new ArrayList<>(orders);
        out.add(order);
        return out;
    }

    private static List<CivilOrder> replace(List<CivilOrder> orders, int index, CivilOrder order) {
        List<CivilOrder> out = new ArrayList<>(orders);
        out.set(index, order); // the version check guarantees this is the order the user saw
        return out;
    }

    /**
     * The record, when the user may change its orders and saw its current version; otherwise the refusal or a
     * {@link StaleNominalException} is thrown (also by {@link NominalChanges#amend}, should it change meanwhile).
     */
    private CaseRecords.Viewed editable(String ref, int expectedVersion) {
        CaseRecords.Viewed viewed = records.read(ref);
        requireHistory(ref, viewed);
        if (!viewed.access().mayEdit()) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "may not record civil orders",
                    "Only the owning area's practitioners and co-ordinators record civil orders");
        }
        if (viewed.stored().version() != expectedVersion) {
            throw new StaleNominalException(ref, expectedVersion);
        }
        return viewed;
    }

    /** The orders are part of the full history: a shared agency sees the record but not these. */
    private void requireHistory(String ref, CaseRecords.Viewed viewed) {
        if (!viewed.sees(RecordPart.FULL_HISTORY)) {
            throw caseAccess.refusal(ref, viewed.access(), PART, "does not see the full history",
                    "Civil orders are part of the full history, which this user does not see");
        }
    }

    /** The orders and breaches as the audit trail records them, before and after a change. */
    static Object audited(NominalRecord r) {
        List<Object> orders = new ArrayList<>();
        for (CivilOrder o : r.orders()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", o.type() == null ? null : o.type().name());
            m.put("applied", text(o.applied()));
            m.put("interim", text(o.interim()));
            m.put("granted", text(o.granted()));
            m.put("refused", text(o.refused()));
            m.put("foreignTravelRestriction", o.foreignTravelRestriction());
            m.put("from", text(o.from()));
            m.put("to", text(o.to()));
            OrderDetails d = o.details();
            if (d != null) {
                m.put("prohibitions", d.prohibitions());
                m.put("travelProhibitionEnds", text(d.travelProhibitionEnds()));
                m.put("travelCountries", d.travelCountries());
                m.put("changes", d.changes().stream().map(c -> AuditEvent.details("kind", c.kind().name(),
                        "date", c.date().toString(), "description", c.description())).toList());
            }
            orders.add(m);
        }
        List<Object> breaches = breaches(r).stream().map(e -> (Object) AuditEvent.details("type", e.type().name(),
                "date", text(e.date()), "order", e.order() == null ? null : e.order().name(),
                "outcome", e.outcome() == null ? null : e.outcome().name(), "becameNotifiable", e.becameNotifiable()))
                .toList();
        return AuditEvent.details("orders", orders, "breaches", breaches);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
