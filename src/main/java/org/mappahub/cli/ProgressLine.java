package org.mappahub.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress of a long command on standard error: count, rate and time left, redrawn at most twice a
 * second so that it costs nothing on the hot path.
 */
final class ProgressLine {

    private final PrintWriter err;
    private final String noun;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressLine(PrintStream err, String noun) {
        this(new PrintWriter(err, true), noun);
    }

    ProgressLine(PrintWriter err, String noun) {
        this.err = err;
        this.noun = noun;
    }

    /** {@code done} items so far; {@code fraction} of the whole work done (0..1), or negative if unknown. */
    void update(long done, double fraction) {
        long now = System.nanoTime();
        if (now - lastDrawn < 500_000_000L) {
            return;
        }
        lastDrawn = now;
        draw(done, fraction);
    }

    void finish(long done) {
        draw(done, 1.0);
        err.println();
    }

    private void draw(long done, double fraction) {
        double seconds = Math.max((System.nanoTime() - started) / 1e9, 1e-3);
        String left = fraction > 0.0 && fraction < 1.0
                ? ", " + format(Duration.ofMillis((long) (seconds * (1 - fraction) / fraction * 1000))) + " left"
                : "";
        err.printf("\r%,d %s, %,.0f/s, %s elapsed%s   ", done, noun, done / seconds,
                format(Duration.ofMillis((long) (seconds * 1000))), left);
        err.flush();
        drawn = true;
    }

    boolean drawn() {
        return drawn;
    }

    private static String format(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? "%dh%02dm".formatted(s / 3600, s / 60 % 60)
                : s >= 60 ? "%dm%02ds".formatted(s / 60, s % 60) : "%ds".formatted(s);
    }
}
