package org.mappahub.nominal;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's whole record, as MCIF/1 carries it and as it is stored and replaced as a unit.
 * Lists of spans are kept sorted by {@code from}; other lists keep their given order.
 */
public record NominalRecord(
        String ref,
        String area,
        String bcu,
        Person person,
        List<Alias> aliases,
        List<Address> addresses,
        List<AreaSpan> areas,
        List<Conviction> convictions,
        List<CategorySpan> categories,
        List<LevelSpan> levels,
        List<CustodySpan> custody,
        List<CivilOrder> orders,
        List<NominalEvent> events) {

    public NominalRecord {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        addresses = List.copyOf(addresses == null ? List.of() : addresses);
        areas = List.copyOf(areas == null ? List.of() : areas);
        convictions = List.copyOf(convictions == null ? List.of() : convictions);
        categories = List.copyOf(categories == null ? List.of() : categories);
        levels = List.copyOf(levels == null ? List.of() : levels);
        custody = List.copyOf(custody == null ? List.of() : custody);
        orders = List.copyOf(orders == null ? List.of() : orders);
        events = List.copyOf(events == null ? List.of() : events);
    }

    public record Person(String familyName, List<String> givenNames, LocalDate dateOfBirth, Gender gender,
                         String ethnicity, String pncId, String crn, String prisonNumber) {
        public Person {
            givenNames = List.copyOf(givenNames == null ? List.of() : givenNames);
        }

        /** "JOHN PAUL SMITH": given names then family name, as people say it. */
        public String fullName() {
            return givenNames.isEmpty() ? familyName : String.join(" ", givenNames) + " " + familyName;
        }
    }

    public record Alias(String familyName, List<String> givenNames, LocalDate dateOfBirth) {
        public Alias {
            givenNames = List.copyOf(givenNames == null ? List.of() : givenNames);
        }
    }

    public record Address(AddressType type, String line1, String town, String postcode, LocalDate from, LocalDate to)
            implements Span {
    }

    public record AreaSpan(String area, LocalDate from, LocalDate to) implements Span {
    }

    public record Conviction(LocalDate date, String offence, OffenceKind offenceKind, Disposal disposal,
                             Integer lengthMonths, Integer ageAtConviction) {
    }

    /** Provenance ({@code recordedBy}, {@code recordedAt}, {@code reason}) is kept for every change of category. */
    public record CategorySpan(int category, LocalDate from, LocalDate to, Provenance provenance) implements Span {
        public CategorySpan(int category, LocalDate from, LocalDate to) {
            this(category, from, to, null);
        }
    }

    public record LevelSpan(int level, LocalDate from, LocalDate to, Provenance provenance) implements Span {
        public LevelSpan(int level, LocalDate from, LocalDate to) {
            this(level, from, to, null);
        }
    }

    public record CustodySpan(CustodyKind kind, CustodyReason reason, OrderType order, LocalDate from, LocalDate to)
            implements Span {
    }

    /**
     * A civil order as MCIF/1 carries it, plus what only the application records of it ({@code details}: null for
     * an imported order, never exported: the format has no place for it).
     */
    public record CivilOrder(OrderType type, LocalDate applied, LocalDate interim, LocalDate granted, LocalDate refused,
                             Boolean foreignTravelRestriction, LocalDate from, LocalDate to, OrderDetails details) {
        /** An order as MCIF/1 carries it, without application-only details. */
        public CivilOrder(OrderType type, LocalDate applied, LocalDate interim, LocalDate granted, LocalDate refused,
                          Boolean foreignTravelRestriction, LocalDate from, LocalDate to) {
            this(type, applied, interim, granted, refused, foreignTravelRestriction, from, to, null);
        }
    }

    /**
     * The application-only details of a civil order: its prohibitions (each as the court worded it), the end of an
     * SHPO's foreign travel prohibition and the countries it names (empty: all countries), and the changes made to
     * the order after it was granted, in the order they were recorded.
     */
    public record OrderDetails(List<String> prohibitions, LocalDate travelProhibitionEnds, List<String> travelCountries,
                               List<OrderChange> changes) {
        public OrderDetails {
            prohibitions = List.copyOf(prohibitions == null ? List.of() : prohibitions);
            travelCountries = List.copyOf(travelCountries == null ? List.of() : travelCountries);
            changes = List.copyOf(changes == null ? List.of() : changes);
        }
    }

    /** A variation, renewal or discharge of a civil order by the court: when, and what it did. */
    public record OrderChange(OrderChangeKind kind, LocalDate date, String description) {
    }

    public enum OrderChangeKind { VARIED, RENEWED, DISCHARGED }

    /**
     * An event in the life of the case. Which of the optional fields apply depends on the type
     * (MCIF/1 "Events"): outcome, outcomeDate, order, becameNotifiable, to/authorisedBy.
     */
    public record NominalEvent(EventType type, LocalDate date, Outcome outcome, LocalDate outcomeDate, OrderType order,
                               Boolean becameNotifiable, String to, String authorisedBy) {
    }

    /** Who recorded a category or level change, when, and why. */
    public record Provenance(String recordedBy, java.time.Instant recordedAt, String reason) {
    }

    /** A half-open interval {@code from <= d < to}; {@code to == null} is open-ended. */
    public interface Span {
        LocalDate from();

        LocalDate to();

        default boolean covers(LocalDate day) {
            return from() != null && !day.isBefore(from()) && (to() == null || day.isBefore(to()));
        }

        default boolean isOpen() {
            return to() == null;
        }
    }

    public enum Gender { MALE, FEMALE, OTHER, NOT_KNOWN }

    public enum AddressType { HOME, TEMPORARY, APPROVED_PREMISES, NO_FIXED_ABODE, PRISON, HOSPITAL }

    public enum OffenceKind { SEXUAL, VIOLENT, OTHER }

    public enum Disposal {
        IMPRISONMENT, LIFE, IPP, HOSPITAL_ORDER_RESTRICTED, HOSPITAL_ORDER, CAUTION, CONDITIONAL_DISCHARGE,
        COMMUNITY_ORDER, FINE, OTHER;

        /** MCIF/1: {@code lengthMonths} is required for these disposals. */
        public boolean needsLength() {
            return this == IMPRISONMENT || this == CONDITIONAL_DISCHARGE;
        }
    }

    public enum CustodyKind { PRISON, HOSPITAL }

    public enum CustodyReason { SENTENCE, REMAND, RECALL, BREACH_OF_ORDER, HOSPITAL_ORDER, OTHER }

    public enum OrderType { SHPO, SRO, NO, SOPO, FTO, RSHO, RESTRAINING_ORDER, DISQUALIFICATION_ORDER, DVPO }

    public enum EventType {
        NOTIFICATION_BREACH, ORDER_BREACH, NOTIFICATION_REVOKED, NOTIFICATION_REVIEW_REFUSED, SRO_BREACH, SFO_CHARGE,
        DISCLOSURE
    }

    /** Outcomes of breaches ({@code CAUTIONED..PENDING}) and of SFO charges ({@code CONVICTED, OTHER, PENDING}). */
    public enum Outcome { CAUTIONED, CONVICTED, NO_FURTHER_ACTION, PENDING, OTHER }
}
