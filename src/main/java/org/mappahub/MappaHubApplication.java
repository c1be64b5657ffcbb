package org.mappahub;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The Spring application: one deployable holding every capability module (see docs/ARCHITECTURE.md).
 * Started by the {@code ./mappa} launcher through {@link org.mappahub.cli.Mappa}.
 */
@SpringBootApplication
public class MappaHubApplication {

    /**
     * "Today" always comes from this clock, so tests can move it. Dates are England and Wales dates (a
     * date of birth "today" at 00:30 BST is today in London); instants are stored in UTC regardless.
     */
    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/London"));
    }
}
