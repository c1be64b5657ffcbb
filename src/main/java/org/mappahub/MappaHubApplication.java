package org.mappahub;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring application: one deployable holding every capability module (see docs/ARCHITECTURE.md).
 * Started by the {@code ./mappa} launcher through {@link org.mappahub.cli.Mappa}.
 */
@SpringBootApplication
public class MappaHubApplication {

    /** "Today" always comes from this clock, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
