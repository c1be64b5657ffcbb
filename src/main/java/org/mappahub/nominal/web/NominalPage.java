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

    /** "In custody (prison, since 3 May 2024)" or "In the community". */
    public String custodyText() {
        if (custodyNow == null) {
            return "In the community";
        }
        return "In custody (" + Text.words(custodyNow.kind()).toLowerCase() + ", since " + Text.date(custodyNow.from())
                + ")";
    }
}
