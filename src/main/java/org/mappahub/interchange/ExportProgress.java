package org.mappahub.interchange;

/** Told how far an export has got: nominal records written out of the total to write. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    void nominals(long done, long total);
}
