package org.mappahub.demo;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.mappahub.demo.AreaCatalogue.Area;
import org.mappahub.demo.NominalLife.Profile;

/**
 * Writes realistic, made-up MAPPA data as MCIF/1 JSON lines: first the area records (the areas asked
 * for, then the neighbouring areas people transferred in from), then each area's nominals in {@code ref}
 * order. The same {@link DemoSpec} always gives the same bytes: every person is generated from a random
 * stream derived from the seed, the area and the person's number alone.
 *
 * <p>Proportions per area, on {@code today}: about 8% whose eligibility has ended; of the rest about 71%
 * category 1, 28% category 2 and 0.65% category 3; about 1.3% at level 2 and 0.15% at level 3 (category 3
 * always at level 2 or 3); about 11% in custody. The counts are fixed by quota and shuffled, so small
 * areas get the same shape as large ones.
 */
public final class DemoDataGenerator {

    private static final double ENDED = 0.08;
    private static final double CATEGORY_2 = 0.28;
    private static final double CATEGORY_3 = 0.0065;
    private static final double CATEGORY_3_AT_LEVEL_3 = 0.12;
    private static final double CATEGORY_1_AT_LEVEL_2 = 0.0035;
    private static final double CATEGORY_2_AT_LEVEL_2 = 0.0040;
    private static final double AT_LEVEL_3 = 0.0004;   // each of categories 1 and 2

    private static final int PROGRESS_EVERY = 256;

    /** Writes the whole file for {@code spec} to {@code out} (not closed), telling {@code progress} as it goes. */
    public void write(DemoSpec spec, Writer out, DemoProgress progress) throws IOException {
        List<Area> owning = AreaCatalogue.inOrder().subList(0, spec.areas());
        int[] perArea = allocate(spec.nominals(), owning);
        for (int n : perArea) {
            if (n > DemoSpec.MAX_NOMINALS_PER_AREA) {
                throw new IllegalArgumentException("an area would hold " + n + " nominals; refs allow at most "
                        + DemoSpec.MAX_NOMINALS_PER_AREA + ": ask for fewer nominals or more areas");
            }
        }
        StringBuilder line = new StringBuilder(4096);
        JsonLine json = new JsonLine(line);
        char[] buffer = new char[8192];
        for (Area a : areasToDeclare(owning)) {
            line.setLength(0);
            writeArea(json, a, spec);
            buffer = flush(line, buffer, out);
        }
        int today = (int) spec.today().toEpochDay();
        long written = 0;
        long total = spec.nominals();
        progress.progress(0, total);
        for (int ai = 0; ai < owning.size(); ai++) {
            Area area = owning.get(ai);
            List<Area> neighbours = area.neighbours().stream().map(AreaCatalogue::byCode).toList();
            Profile[] profiles = profiles(perArea[ai], new SplittableRandom(mix(spec.seed(), ai, -1)));
            for (int i = 0; i < profiles.length; i++) {
                SplittableRandom random = new SplittableRandom(mix(spec.seed(), ai, i));
                String ref = area.prefix() + "-" + sixDigits(i + 1);
                line.setLength(0);
                new NominalLife(random, today, area, ref, profiles[i]).generate(neighbours).write(json);
                buffer = flush(line, buffer, out);
                if (++written % PROGRESS_EVERY == 0) {
                    progress.progress(written, total);
                }
            }
        }
        out.flush();
        progress.progress(written, total);
    }

    /** Codes of the area records the output starts with, in order. */
    public static List<String> areaCodes(DemoSpec spec) {
        return areasToDeclare(AreaCatalogue.inOrder().subList(0, spec.areas())).stream().map(Area::code).toList();
    }

    /** How many nominals each of the first {@code areas} areas gets: proportional to population, largest remainder. */
    public static int[] nominalsPerArea(DemoSpec spec) {
        return allocate(spec.nominals(), AreaCatalogue.inOrder().subList(0, spec.areas()));
    }

    private static List<Area> areasToDeclare(List<Area> owning) {
        Set<Area> all = new LinkedHashSet<>(owning);
        for (Area a : AreaCatalogue.inOrder()) {
            for (Area o : owning) {
                if (o.neighbours().contains(a.code())) {
                    all.add(a);
                }
            }
        }
        return new ArrayList<>(all);
    }

    private static int[] allocate(int nominals, List<Area> areas) {
        long population = 0;
        for (Area a : areas) {
            population += a.populationThousands();
        }
        int[] counts = new int[areas.size()];
        double[] remainders = new double[areas.size()];
        int given = 0;
        for (int i = 0; i < counts.length; i++) {
            double exact = (double) nominals * areas.get(i).populationThousands() / population;
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        while (given < nominals) {
            int best = 0;
            for (int i = 1; i < counts.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        return counts;
    }

    /** The area's people by profile, in exact quota, shuffled. */
    static Profile[] profiles(int n, SplittableRandom random) {
        int ended = (int) Math.round(n * ENDED);
        int active = n - ended;
        int c3 = (int) Math.round(active * CATEGORY_3);
        int c3l3 = (int) Math.round(c3 * CATEGORY_3_AT_LEVEL_3);
        int c1l3 = (int) Math.round(active * AT_LEVEL_3);
        int c2l3 = (int) Math.round(active * AT_LEVEL_3);
        int c1l2 = (int) Math.round(active * CATEGORY_1_AT_LEVEL_2);
        int c2l2 = (int) Math.round(active * CATEGORY_2_AT_LEVEL_2);
        int c2 = (int) Math.round(active * CATEGORY_2);
        int c2l1 = Math.max(0, c2 - c2l2 - c2l3);
        int c1l1 = Math.max(0, active - c3 - c1l3 - c2l3 - c1l2 - c2l2 - c2l1);
        Profile[] profiles = new Profile[n];
        int at = 0;
        at = fill(profiles, at, Profile.ENDED, ended);
        at = fill(profiles, at, Profile.C3L3, c3l3);
        at = fill(profiles, at, Profile.C3L2, c3 - c3l3);
        at = fill(profiles, at, Profile.C1L3, c1l3);
        at = fill(profiles, at, Profile.C2L3, c2l3);
        at = fill(profiles, at, Profile.C1L2, c1l2);
        at = fill(profiles, at, Profile.C2L2, c2l2);
        at = fill(profiles, at, Profile.C2L1, c2l1);
        fill(profiles, at, Profile.C1L1, c1l1);
        for (int i = 0; i < n; i++) {
            if (profiles[i] == null) {
                profiles[i] = Profile.C1L1;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Profile p = profiles[i];
            profiles[i] = profiles[j];
            profiles[j] = p;
        }
        return profiles;
    }

    private static int fill(Profile[] profiles, int at, Profile p, int count) {
        int end = Math.min(profiles.length, at + count);
        for (int i = at; i < end; i++) {
            profiles[i] = p;
        }
        return end;
    }

    private static void writeArea(JsonLine j, Area a, DemoSpec spec) {
        j.beginObject().field("recordType", "area").field("code", a.code()).field("name", a.name());
        j.name("bcus").beginArray();
        for (String b : a.bcus()) {
            j.string(b);
        }
        j.endArray();
        j.name("population").beginArray();
        int lastYear = spec.today().getYear() - 1;
        for (int year = Math.min(2018, lastYear - 5); year <= lastYear; year++) {
            j.beginObject().field("midYear", year).field("aged10AndOver", a.aged10AndOver(year)).endObject();
        }
        j.endArray();
        j.endObject().newline();
    }

    private static char[] flush(StringBuilder line, char[] buffer, Writer out) throws IOException {
        int n = line.length();
        if (n > buffer.length) {
            buffer = new char[Math.max(n, buffer.length * 2)];
        }
        line.getChars(0, n, buffer, 0);
        out.write(buffer, 0, n);
        return buffer;
    }

    private static String sixDigits(int n) {
        String s = Integer.toString(n);
        return s.length() >= 6 ? s : "000000".substring(s.length()) + s;
    }

    /** A well-mixed seed for one person (SplitMix64's finaliser over seed, area and number). */
    private static long mix(long seed, int area, int person) {
        long z = seed ^ (0x9E3779B97F4A7C15L * (((long) area << 32) + person + 1L));
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
