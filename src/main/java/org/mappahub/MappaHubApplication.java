package org.mappahub;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring application: one deployable holding every capability module (see docs/ARCHITECTURE.md).
 * Started by the {@code ./mappa} launcher through {@link org.mappahub.cli.Mappa}.
 */
@SpringBootApplication
public class MappaHubApplication {
}
