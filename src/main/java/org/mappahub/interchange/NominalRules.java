package org.mappahub.interchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.mappahub.nominal.Area;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.NominalRecord.*;
import org.mappahub.rules.CategoryRules;
import org.mappahub.rules.Refusal;

/**
 * The MCIF/1 rules of a nominal record that involve more than one field or the known areas: owning area
 * and BCU, the area history, overlapping spans, and levels covering exactly the days categories cover.
 * Runs on a record read without problems, with its lists in file order, so positions are the file's.
 */
final class NominalRules {

    /** How the rules see the areas: the area if it is known now, else null with {@link #whyUnknown}. */
    interface AreaDirectory {
        Area find(String code);

        String whyUnknown(String code);
    }

    private NominalRules() {
    }

    static void check(NominalRecord r, Problems problems, AreaDirectory areas) {
        Area owner = areas.find(r.area());
        if (owner == null) {
            problems.add("area", areas.whyUnknown(r.area()));
        } else if (r.bcu() != null && !owner.bcus().contains(r.bcu())) {
            problems.add("bcu", "\"" + r.bcu() + "\" is not a BCU of area " + owner.code()
                    + (owner.bcus().isEmpty() ? " (it lists no BCUs)" : " (its BCUs are " + String.join(", ", owner.bcus()) + ")"));
        }
        checkAreaHistory(r, problems, areas);
        List<Indexed<Address>> lasting = indexed(r.addresses(), a -> a.type() != AddressType.TEMPORARY);
        noOverlaps("addresses", lasting, problems,
                " (addresses may overlap only when one of them is TEMPORARY)");
        List<Indexed<CategorySpan>> categories = indexed(r.categories(), c -> true);
        List<Indexed<LevelSpan>> levels = indexed(r.levels(), l -> true);
        boolean categoriesOk = noOverlaps("categories", categories, problems, " (a person is in one category at a time)");
        boolean levelsOk = noOverlaps("levels", levels, problems, " (a person is at one level at a time)");
        noOverlaps("custody", indexed(r.custody(), c -> true), problems, "");
        if (categoriesOk && levelsOk) {
            checkCoverage(categories, levels, problems);
            checkCategory3(categories, levels, problems);
        }
    }

    private static void checkAreaHistory(NominalRecord r, Problems problems, AreaDirectory areas) {
        List<Indexed<AreaSpan>> spans = indexed(r.areas(), s -> true);
        for (Indexed<AreaSpan> s : spans) {
            if (areas.find(s.item().area()) == null) {
                problems.add("areas[" + s.index() + "].area", areas.whyUnknown(s.item().area()));
            }
        }
        if (spans.isEmpty() || !noOverlaps("areas", spans, problems, " (a person is managed by one area at a time)")) {
            return;
        }
        Indexed<AreaSpan> last = spans.get(spans.size() - 1);
        if (!last.item().isOpen()) {
            problems.add("areas[" + last.index() + "].to", "the last span of the area history (from " + last.item().from()
                    + ") must be open (to null): it is the area that owns the record now, " + r.area());
        }
        if (!last.item().area().equals(r.area())) {
            problems.add("areas[" + last.index() + "].area", "the last span of the area history is " + last.item().area()
                    + ", but the record says its owning area is " + r.area() + ": they must be the same");
        }
    }

    /** A list entry with its position in the file; lists returned are sorted by {@code from}. */
    record Indexed<T extends Span>(int index, T item) {
        LocalDate end() {
            return item.to() == null ? LocalDate.MAX : item.to();
        }
    }

    private static <T extends Span> List<Indexed<T>> indexed(List<T> items, Predicate<T> keep) {
        List<Indexed<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (keep.test(items.get(i))) {
                out.add(new Indexed<>(i, items.get(i)));
            }
        }
        out.sort(Comparator.comparing((Indexed<T> s) -> s.item().from()).thenComparingInt(Indexed::index));
        return out;
    }

    private static <T extends Span> boolean noOverlaps(String name, List<Indexed<T>> spans, Problems problems, String why) {
        boolean ok = true;
        Indexed<T> reaching = null; // the span seen so far that ends latest
        for (Indexed<T> s : spans) {
            if (reaching != null && s.item().from().isBefore(reaching.end())) {
                Indexed<T> first = reaching.index() < s.index() ? reaching : s;
                Indexed<T> second = first == reaching ? s : reaching;
                problems.add(name + "[" + second.index() + "]", "overlaps " + name + "[" + first.index() + "] ("
                        + describe(first.item()) + "): spans must not overlap" + why);
                ok = false;
            }
            if (reaching == null || s.end().isAfter(reaching.end())) {
                reaching = s;
            }
        }
        return ok;
    }

    private static String describe(Span s) {
        return s.from() + " to " + (s.to() == null ? "open" : s.to().toString());
    }

    private static String until(LocalDate end) {
        return end.equals(LocalDate.MAX) ? "onwards" : "to " + end;
    }

    /** Every day in a category has exactly one level; no day has a level without a category. */
    private static void checkCoverage(List<Indexed<CategorySpan>> categories, List<Indexed<LevelSpan>> levels,
                                      Problems problems) {
        TreeSet<LocalDate> points = new TreeSet<>();
        for (Indexed<CategorySpan> c : categories) {
            points.add(c.item().from());
            points.add(c.end());
        }
        for (Indexed<LevelSpan> l : levels) {
            points.add(l.item().from());
            points.add(l.end());
        }
        List<LocalDate> bounds = new ArrayList<>(points);
        LocalDate regionStart = null;
        int regionKind = 0; // 1: category without level, 2: level without category
        for (int i = 0; i < bounds.size(); i++) {
            LocalDate a = bounds.get(i);
            int kind = 0;
            if (i + 1 < bounds.size()) { // the days a <= d < next bound are all alike
                boolean inCategory = covering(categories, a) != null;
                boolean inLevel = covering(levels, a) != null;
                kind = inCategory && !inLevel ? 1 : !inCategory && inLevel ? 2 : 0;
            }
            if (kind != regionKind) {
                if (regionKind != 0) {
                    reportCoverage(regionKind, regionStart, a, categories, levels, problems);
                }
                regionKind = kind;
                regionStart = a;
            }
        }
    }

    private static void reportCoverage(int kind, LocalDate a, LocalDate b, List<Indexed<CategorySpan>> categories,
                                       List<Indexed<LevelSpan>> levels, Problems problems) {
        if (kind == 1) {
            Indexed<CategorySpan> c = covering(categories, a);
            String days = "the days from " + a + " " + until(b) + " are in category " + c.item().category()
                    + " but have no level: every day in a category must have exactly one level";
            Indexed<LevelSpan> endsHere = levels.stream().filter(l -> l.end().equals(a)).findFirst().orElse(null);
            Indexed<LevelSpan> startsAfter = levels.stream().filter(l -> l.item().from().equals(b)).findFirst().orElse(null);
            if (endsHere != null) {
                problems.add("levels[" + endsHere.index() + "].to", days);
            } else if (startsAfter != null) {
                problems.add("levels[" + startsAfter.index() + "].from", days);
            } else {
                problems.add("categories[" + c.index() + "]", days);
            }
        } else {
            Indexed<LevelSpan> l = covering(levels, a);
            String days = "level " + l.item().level() + " is recorded for the days from " + a + " " + until(b)
                    + ", but no category covers them: a day may have a level only when it has a category";
            String field = a.equals(l.item().from()) ? ".from" : b.equals(l.end()) ? ".to" : "";
            problems.add("levels[" + l.index() + "]" + field, days);
        }
    }

    private static <T extends Span> Indexed<T> covering(List<Indexed<T>> spans, LocalDate day) {
        // spans are sorted by from and do not overlap: the candidate is the last one starting on or before day
        int lo = 0;
        int hi = spans.size() - 1;
        Indexed<T> found = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (!spans.get(mid).item().from().isAfter(day)) {
                found = spans.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found != null && day.isBefore(found.end()) ? found : null;
    }

    /** MCIF/1: a day in category 3 must be at level 2 or 3 ({@link CategoryRules#checkLevel}). */
    private static void checkCategory3(List<Indexed<CategorySpan>> categories, List<Indexed<LevelSpan>> levels,
                                       Problems problems) {
        for (Indexed<LevelSpan> l : levels) {
            for (Indexed<CategorySpan> c : categories) {
                if (c.item().from().isBefore(l.end()) && l.item().from().isBefore(c.end())) {
                    Optional<Refusal> refused = CategoryRules.checkLevel(c.item().category(), l.item().level());
                    if (refused.isPresent()) {
                        LocalDate from = max(c.item().from(), l.item().from());
                        problems.add("levels[" + l.index() + "].level", "level " + l.item().level() + " is recorded from "
                                + from + " while the person is in category " + c.item().category() + " (categories["
                                + c.index() + "]): " + refused.get().rule());
                    }
                }
            }
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
