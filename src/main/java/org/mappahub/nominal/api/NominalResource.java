package org.mappahub.nominal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.AddressType;
import org.mappahub.nominal.NominalRecord.CustodyKind;
import org.mappahub.nominal.NominalRecord.CustodyReason;
import org.mappahub.nominal.NominalRecord.Disposal;
import org.mappahub.nominal.NominalRecord.EventType;
import org.mappahub.nominal.NominalRecord.Gender;
import org.mappahub.nominal.NominalRecord.OffenceKind;
import org.mappahub.nominal.NominalRecord.OrderType;
import org.mappahub.nominal.NominalRecord.Outcome;
import org.mappahub.nominal.NominalRecord.Provenance;
import org.mappahub.nominal.StoredNominal;

/**
 * A nominal record as the API shows it: the fields of an MCIF/1 {@code nominal} line (same names, same
 * meaning), plus the record's {@code version} for optimistic locking and who last changed it when.
 * Category and level spans carry who recorded each, when and why. This is the API's own contract,
 * mapped from the stored record, so that the storage model can change without breaking partners.
 */
@Schema(name = "Nominal", description = "A person managed under MAPPA: the whole record, shaped as an MCIF/1 nominal line")
record NominalResource(
        @Schema(description = "The person's identifier, unique across the installation", example = "LAN-000123")
        String ref,
        @Schema(description = "Code of the area that owns the record now", example = "LANCASHIRE")
        String area,
        @Schema(description = "The owning area's basic command unit, if known", example = "Western")
        String bcu,
        Person person,
        List<Alias> aliases,
        List<Address> addresses,
        @Schema(description = "Managing-area history (transfers)")
        List<AreaSpan> areas,
        List<Conviction> convictions,
        @Schema(description = "MAPPA category spans, with who recorded each change, when and why")
        List<CategorySpan> categories,
        @Schema(description = "Management level spans, with who recorded each change, when and why")
        List<LevelSpan> levels,
        List<CustodySpan> custody,
        List<CivilOrder> orders,
        List<Event> events,
        @Schema(description = "Optimistic-locking version; send it back (If-Match or `version`) to change the record",
                example = "3")
        int version,
        @Schema(description = "Who last changed the record", example = "alice")
        String updatedBy,
        @Schema(description = "When the record was last changed (UTC)")
        Instant updatedAt) {

    @Schema(name = "Person")
    record Person(String familyName, List<String> givenNames, LocalDate dateOfBirth, Gender gender, String ethnicity,
                  @Schema(example = "1999/0123456X") String pncId, String crn, String prisonNumber) {
    }

    @Schema(name = "Alias")
    record Alias(String familyName, List<String> givenNames, LocalDate dateOfBirth) {
    }

    @Schema(name = "Address", description = "A span: from <= day < to; `to` null is open-ended")
    record Address(AddressType type, String line1, String town, String postcode, LocalDate from, LocalDate to) {
    }

    @Schema(name = "AreaSpan")
    record AreaSpan(String area, LocalDate from, LocalDate to) {
    }

    @Schema(name = "Conviction")
    record Conviction(LocalDate date, String offence, OffenceKind offenceKind, Disposal disposal, Integer lengthMonths,
                      Integer ageAtConviction) {
    }

    @Schema(name = "CategorySpan")
    record CategorySpan(@Schema(allowableValues = {"1", "2", "3"}) int category, LocalDate from, LocalDate to,
                        String recordedBy, Instant recordedAt, String reason) {
    }

    @Schema(name = "LevelSpan")
    record LevelSpan(@Schema(allowableValues = {"1", "2", "3"}) int level, LocalDate from, LocalDate to,
                     String recordedBy, Instant recordedAt, String reason) {
    }

    @Schema(name = "CustodySpan")
    record CustodySpan(CustodyKind kind, CustodyReason reason, OrderType order, LocalDate from, LocalDate to) {
    }

    @Schema(name = "CivilOrder")
    record CivilOrder(OrderType type, LocalDate applied, LocalDate interim, LocalDate granted, LocalDate refused,
                      Boolean foreignTravelRestriction, LocalDate from, LocalDate to) {
    }

    @Schema(name = "Event", description = "Which optional fields apply depends on the type (MCIF/1 \"Events\")")
    record Event(EventType type, LocalDate date, Outcome outcome, LocalDate outcomeDate, OrderType order,
                 Boolean becameNotifiable, String to, String authorisedBy) {
    }

    static NominalResource of(StoredNominal stored) {
        NominalRecord r = stored.record();
        NominalRecord.Person p = r.person();
        return new NominalResource(r.ref(), r.area(), r.bcu(),
                new Person(p.familyName(), p.givenNames(), p.dateOfBirth(), p.gender(), p.ethnicity(), p.pncId(),
                        p.crn(), p.prisonNumber()),
                r.aliases().stream().map(a -> new Alias(a.familyName(), a.givenNames(), a.dateOfBirth())).toList(),
                r.addresses().stream().map(a -> new Address(a.type(), a.line1(), a.town(), a.postcode(), a.from(),
                        a.to())).toList(),
                r.areas().stream().map(a -> new AreaSpan(a.area(), a.from(), a.to())).toList(),
                r.convictions().stream().map(c -> new Conviction(c.date(), c.offence(), c.offenceKind(), c.disposal(),
                        c.lengthMonths(), c.ageAtConviction())).toList(),
                r.categories().stream().map(s -> new CategorySpan(s.category(), s.from(), s.to(),
                        recordedBy(s.provenance()), recordedAt(s.provenance()), reason(s.provenance()))).toList(),
                r.levels().stream().map(s -> new LevelSpan(s.level(), s.from(), s.to(),
                        recordedBy(s.provenance()), recordedAt(s.provenance()), reason(s.provenance()))).toList(),
                r.custody().stream().map(c -> new CustodySpan(c.kind(), c.reason(), c.order(), c.from(), c.to()))
                        .toList(),
                r.orders().stream().map(o -> new CivilOrder(o.type(), o.applied(), o.interim(), o.granted(),
                        o.refused(), o.foreignTravelRestriction(), o.from(), o.to())).toList(),
                r.events().stream().map(e -> new Event(e.type(), e.date(), e.outcome(), e.outcomeDate(), e.order(),
                        e.becameNotifiable(), e.to(), e.authorisedBy())).toList(),
                stored.version(), stored.updatedBy(), stored.updatedAt());
    }

    private static String recordedBy(Provenance p) {
        return p == null ? null : p.recordedBy();
    }

    private static Instant recordedAt(Provenance p) {
        return p == null ? null : p.recordedAt();
    }

    private static String reason(Provenance p) {
        return p == null ? null : p.reason();
    }
}
