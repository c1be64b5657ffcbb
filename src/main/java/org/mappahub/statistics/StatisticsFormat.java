package org.mappahub.statistics;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A way to write an {@link AnnualReport} ({@code mappa stats --format NAME}); each format is a bean, so a new one
 * (HTML, PDF) is added by adding a bean.
 */
public interface StatisticsFormat {

    /** The name given to {@code --format}, lower case. */
    String name();

    /** The file name extension for it, without the dot. */
    default String extension() {
        return name();
    }

    void write(AnnualReport report, OutputStream out) throws IOException;
}
