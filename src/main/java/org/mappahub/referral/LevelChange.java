package org.mappahub.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.CategorySpan;
import org.mappahub.nominal.NominalRecord.LevelSpan;
import org.mappahub.nominal.NominalRecord.Provenance;
import org.mappahub.nominal.NominalRecord.Span;

/**
 * A level decided on a day, applied to the MCIF/1 spans as the importer's rules require (half-open spans
 * {@code from <= d < to}; every day in a category has exactly one level, no level without a category): the level
 * covering the day is closed at it (its last day is the day before) and the new level runs from the day to where the
 * old one ran; without a category on the day, the category asked for opens with it. Pure: no Spring, no database.
 */
final class LevelChange {

    private LevelChange() {
    }

    /** Why the spans cannot take a level from {@code day}, if they cannot: a category or level recorded after it. */
    static Optional<String> problem(NominalRecord r, LocalDate day) {
        return Stream.concat(r.categories().stream(), r.levels().stream())
                .map(Span::from).filter(from -> from.isAfter(day)).min(Comparator.naturalOrder())
                .map(from -> "The record has a category or level recorded from " + Referrals.DATE.format(from)
                        + ", after the decision date: correct the category and level history first");
    }

    /** The record with {@code level} from {@code day} (and {@code category} when no category covers the day). */
    static NominalRecord apply(NominalRecord r, int category, int level, LocalDate day, Provenance provenance) {
        List<CategorySpan> categories = new ArrayList<>(r.categories());
        CategorySpan inCategory = categories.stream().filter(c -> c.covers(day)).findFirst().orElse(null);
        if (inCategory == null) {
            inCategory = new CategorySpan(category, day, null, provenance);
            categories.add(inCategory);
        }
        List<LevelSpan> levels = new ArrayList<>(r.levels());
        LevelSpan current = levels.stream().filter(l -> l.covers(day)).findFirst().orElse(null);
        if (current != null && current.level() == level) {
            return with(r, categories, levels); // already at that level: the decision stands on the referral
        }
        LocalDate to;
        if (current != null) {
            levels.remove(current);
            if (current.from().isBefore(day)) {
                levels.add(new LevelSpan(current.level(), current.from(), day, current.provenance()));
            }
            to = current.to();
        } else {
            to = inCategory.to();
        }
        levels.add(new LevelSpan(level, day, to, provenance));
        return with(r, categories, levels);
    }

    private static NominalRecord with(NominalRecord r, List<CategorySpan> categories, List<LevelSpan> levels) {
        categories.sort(Comparator.comparing(CategorySpan::from));
        levels.sort(Comparator.comparing(LevelSpan::from));
        return new NominalRecord(r.ref(), r.area(), r.bcu(), r.person(), r.aliases(), r.addresses(), r.areas(),
                r.convictions(), List.copyOf(categories), List.copyOf(levels), r.custody(), r.orders(), r.events());
    }
}
