package org.mappahub.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What to generate: the first {@code areas} MAPPA areas (Lancashire first), {@code nominals} people in
 * all, spread over the areas in proportion to their populations, from {@code seed}, as seen on
 * {@code today}: everything that happened is dated before it (only an order's planned end, such as an SHPO
 * made for five years, may be later). The same spec always gives the same bytes.
 */
public record DemoSpec(int areas, int nominals, long seed, LocalDate today) {

    public static final int DEFAULT_AREAS = 1;
    public static final int DEFAULT_NOMINALS = 3_000;
    public static final long DEFAULT_SEED = 20260401L;

    /** An area's refs have six digits ({@code LAN-000001}), so no area can hold more people than this. */
    public static final int MAX_NOMINALS_PER_AREA = 999_999;

    public DemoSpec {
        Objects.requireNonNull(today, "today");
        if (areas < 1 || areas > AreaCatalogue.MAPPA_AREAS) {
            throw new IllegalArgumentException(
                    "areas must be between 1 and " + AreaCatalogue.MAPPA_AREAS + ", not " + areas);
        }
        if (nominals < 0) {
            throw new IllegalArgumentException("nominals must not be negative, not " + nominals);
        }
        if (today.getYear() < 2000 || today.getYear() > 2200) {
            throw new IllegalArgumentException("today must be a date between 2000 and 2200, not " + today);
        }
    }

    /** The demo installation: Lancashire with 3,000 people. */
    public static DemoSpec demoArea(LocalDate today) {
        return new DemoSpec(DEFAULT_AREAS, DEFAULT_NOMINALS, DEFAULT_SEED, today);
    }
}
