package org.mappahub.demo;

/** Told how many of the {@code total} nominals have been written so far; called often, so it must be cheap. */
@FunctionalInterface
public interface DemoProgress {

    DemoProgress NONE = (written, total) -> { };

    void progress(long written, long total);
}
