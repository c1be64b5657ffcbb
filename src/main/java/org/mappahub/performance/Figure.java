package org.mappahub.performance;

/** A measure's figure: how many met it of how many counted, and the percentage (null when nothing was counted). */
public record Figure(long numerator, long denominator) {

    public Integer percent() {
        return denominator == 0 ? null : (int) Math.round(100.0 * numerator / denominator);
    }

    static Figure of(java.util.List<MeasuredCase> cases) {
        long counted = cases.stream().filter(c -> c.met() != null).count();
        long met = cases.stream().filter(c -> Boolean.TRUE.equals(c.met())).count();
        return new Figure(met, counted);
    }
}
