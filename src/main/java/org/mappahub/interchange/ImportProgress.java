package org.mappahub.interchange;

/** Told how far an import has got; {@code totalBytes} is -1 when the size is not known. */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (done, bytesRead, totalBytes) -> { };

    void lines(long done, long bytesRead, long totalBytes);
}
