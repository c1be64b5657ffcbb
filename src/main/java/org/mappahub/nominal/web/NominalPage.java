package org.mappahub.nominal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.CustodySpan;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Person;
import org.mappahub.nominal.NominalRecord.Provenance;
import org.mappahub.nominal.NominalRecord.Span;
import org.mappahub.nominal.StoredNominal;

/**
 * What the nominal page shows: the person's current category, level and custody (the spans covering
 * today), their identity, and each part of the record, with the category and level history as a
 * timeline of changes (newest first), each with who recorded it, when and why.
 */
public record NominalPage(StoredNominal stored, Integer category, Integer level, CustodySpan custodyNow,
                          String areaName, List<String[]> aliases, List<String[]> areas, List<Change> history) {

    /** One change of category or level on the timeline. */
    public record Change(String title, LocalDate date, String recordedBy, Instant recordedAt, String reason) {
        public String dateText() {
            return Text.date(date);
        }

        public String recordedAtText() {
            return Text.dateTime(recordedAt);
        }

        public String isoDate() {
            return date == null ? "" : date.toString();
        }
    }

    static NominalPage of(StoredNominal stored, Map<String, String> areaNames, LocalDate today) {
        NominalRecord r = stored.record();
        Integer category = covering(r.categories(), today).map(CategorySpan::category).orElse(null);
        Integer level = covering(r.levels(), today).map(LevelSpan::level).orElse(null);
        CustodySpan custody = covering(r.custody(), today).orElse(null);
        List<String[]> aliases = r.aliases().stream()
                .map(a -> new String[]{new Person(a.familyName(), a.givenNames(), null, null, null, null, null, null)
                        .fullName(), Text.date(a.dateOfBirth())})
                .toList();
        List<String[]> areas = r.areas().stream()
                .map(a -> new String[]{areaNames.getOrDefault(a.area(), a.area()), Text.period(a.from(), a.to())})
                .toList();
        List<Change> history = new ArrayList<>();
        changes(history, "Category", r.categories(), i -> r.categories().get(i).category(),
                i -> r.categories().get(i).provenance());
        changes(history, "Level", r.levels(), i -> r.levels().get(i).level(), i -> r.levels().get(i).provenance());
        history.sort(Comparator.comparing(Change::date, Comparator.nullsLast(Comparator.reverseOrder())));
        return new NominalPage(stored, category, level, custody, areaNames.getOrDefault(r.area(), r.area()), aliases,
                areas, history);
    }

    private static void changes(List<Change> into, String what, List<? extends Span> spans, IntFunction<Integer> value,
                                IntFunction<Provenance> provenance) {
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            Provenance p = provenance.apply(i);
            Span previous = i == 0 ? null : spans.get(i - 1);
            boolean continues = previous != null && previous.to() != null && previous.to().equals(span.from());
            String title = continues
                    ? what + " changed from " + value.apply(i - 1) + " to " + value.apply(i)
                    : what + " " + value.apply(i) + " started";
            into.add(new Change(title, span.from(), p == null ? null : p.recordedBy(),
                    p == null ? null : p.recordedAt(), p == null ? null : p.reason()));
            Span next = i + 1 < spans.size() ? spans.get(i + 1) : null;
            boolean endsIntoNext = next != null && span.to() != null && span.to().equals(next.from());
            if (span.to() != null && !endsIntoNext) {
                into.add(new Change(what + " " + value.apply(i) + " ended", span.to(), null, null, null));
            }
        }
    }

    private static <S extends Span> Optional<S> covering(List<S> spans, LocalDate today) {
        return spans.stream().filter(s -> s.covers(today)).reduce((a, b) -> b);
    }

    /** Identity as the GOV.UK summary list's {@code rows}. */
    public List<Map<String, Object>> identityRows() {
        Person p = person();
        NominalRecord r = record();
        List<Map<String, Object>> rows = new ArrayList<>();
        row(rows, "Family name", p.familyName());
        row(rows, "Given names", String.join(" ", p.givenNames()));
        row(rows, "Date of birth", Text.date(p.dateOfBirth()));
        row(rows, "Gender", Text.words(p.gender()));
        row(rows, "Ethnicity", p.ethnicity());
        row(rows, "PNC ID", p.pncId());
        row(rows, "Probation CRN", p.crn());
        row(rows, "Prison number", p.prisonNumber());
        row(rows, "Managing area", areaName);
        row(rows, "BCU", r.bcu());
        row(rows, "MAPPA Hub reference", r.ref());
        return rows;
    }

    private static void row(List<Map<String, Object>> rows, String key, String value) {
        rows.add(Map.of("key", Map.of("text", key),
                "value", Map.of("text", value == null || value.isBlank() ? "Not recorded" : value)));
    }

    public Map<String, Object> aliasTable() {
        return table("Aliases", List.of("Name", "Date of birth"), aliases.stream().map(List::of).toList());
    }

    public Map<String, Object> addressTable() {
        return table("Addresses", List.of("Type", "Address", "When"), record().addresses().stream()
                .map(a -> List.of(Text.words(a.type()), join(", ", a.line1(), a.town(), a.postcode()),
                        Text.period(a.from(), a.to())))
                .toList());
    }

    public Map<String, Object> areaTable() {
        return table("Managing areas", List.of("Area", "When"), areas.stream().map(List::of).toList());
    }

    public Map<String, Object> convictionTable() {
        return table("Convictions", List.of("Date", "Offence", "Kind", "Disposal", "Age at conviction"),
                record().convictions().stream()
                        .map(c -> List.of(Text.date(c.date()), nz(c.offence()), Text.words(c.offenceKind()),
                                Text.words(c.disposal()) + (c.lengthMonths() == null ? "" : ", " + c.lengthMonths() + " months"),
                                c.ageAtConviction() == null ? "" : c.ageAtConviction().toString()))
                        .toList());
    }

    public Map<String, Object> custodyTable() {
        return table("Custody", List.of("Where", "Reason", "Order", "When"), record().custody().stream()
                .map(c -> List.of(Text.words(c.kind()), Text.words(c.reason()), Text.words(c.order()),
                        Text.period(c.from(), c.to())))
                .toList());
    }

    public Map<String, Object> orderTable() {
        return table("Civil orders", List.of("Order", "Applied", "Granted", "In force", "Foreign travel restriction"),
                record().orders().stream()
                        .map(o -> List.of(Text.words(o.type()), Text.date(o.applied()),
                                o.refused() != null ? "Refused " + Text.date(o.refused())
                                        : o.granted() != null ? Text.date(o.granted())
                                        : o.interim() != null ? "Interim " + Text.date(o.interim()) : "",
                                Text.period(o.from(), o.to()), Text.yesNo(o.foreignTravelRestriction())))
                        .toList());
    }

    public Map<String, Object> eventTable() {
        return table("Events", List.of("Date", "Event", "Details"), record().events().stream()
                .map(e -> List.of(Text.date(e.date()), Text.words(e.type()), join("; ",
                        e.outcome() == null ? null : "Outcome: " + Text.words(e.outcome()).toLowerCase()
                                + (e.outcomeDate() == null ? "" : " (" + Text.date(e.outcomeDate()) + ")"),
                        e.order() == null ? null : Text.words(e.order()),
                        e.becameNotifiable() == null ? null : "Became notifiable: " + Text.yesNo(e.becameNotifiable()).toLowerCase(),
                        e.to() == null ? null : "Disclosed to " + e.to(),
                        e.authorisedBy() == null ? null : "Authorised by " + e.authorisedBy())))
                .toList());
    }

    /** Options of the GOV.UK table, or {@code null} when there are no rows (the page then says so). */
    private static Map<String, Object> table(String caption, List<String> head, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        return Map.of("caption", caption, "captionClasses", "govuk-table__caption--m",
                "head", head.stream().map(h -> Map.of("text", h)).toList(),
                "rows", rows.stream().map(r -> r.stream().map(c -> Map.of("text", c == null ? "" : c)).toList()).toList());
    }

    private static String join(String separator, String... parts) {
        return java.util.Arrays.stream(parts).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(separator));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    public NominalRecord record() {
        return stored.record();
    }

    public Person person() {
        return stored.record().person();
    }

    /** "CATEGORY 1 · LEVEL 2" (a part not set today reads "not set"). */
    public String banner() {
        return "CATEGORY " + (category == null ? "not set" : category) + " · LEVEL " + (level == null ? "not set" : level);
    }

    public boolean inCustody() {
        return custodyNow != null;
    }

    /** "Prison, since 3 May 2024" (recalled), or "In the community". */
    public String custodyText() {
        if (custodyNow == null) {
            return "In the community";
        }
        return Text.words(custodyNow.kind()) + ", since " + Text.date(custodyNow.from())
                + (custodyNow.reason() == null ? "" : " (" + Text.words(custodyNow.reason()).toLowerCase() + ")");
    }
}
