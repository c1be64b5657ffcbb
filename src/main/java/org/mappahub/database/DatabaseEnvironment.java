package org.mappahub.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points Spring's data source (the application's role) and Flyway (the owner role) at the right server
 * before any bean exists, so that every entry point — {@code serve}, the CLI commands, the tests —
 * gets the same database set-up.
 *
 * <ul>
 * <li>{@code MAPPA_DB_URL} (+ {@code MAPPA_DB_USER}, {@code MAPPA_DB_PASSWORD}): an external server; the
 * migrations run as {@code MAPPA_DB_OWNER_USER}/{@code MAPPA_DB_OWNER_PASSWORD} when given
 * (see docs/OPERATIONS.md).</li>
 * <li>otherwise an embedded PostgreSQL 17 whose data lives in {@code MAPPA_DATA_DIR} (default
 * {@code ./data}), or in a throw-away directory when {@code mappa.db.ephemeral=true} (tests).</li>
 * </ul>
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String OWNER_ROLE = "mappa_owner";
    static final String APP_ROLE = "mappa_app";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        Map<String, Object> props = new HashMap<>();
        String url = env.getProperty("mappa.db.url");
        String appRole;
        if (url != null && !url.isBlank()) {
            appRole = env.getProperty("mappa.db.user", APP_ROLE);
            props.put("spring.datasource.url", withBatchedInserts(url));
            props.put("spring.datasource.username", appRole);
            props.put("spring.datasource.password", env.getProperty("mappa.db.password", ""));
            props.put("spring.flyway.url", url);
            props.put("spring.flyway.user", env.getProperty("mappa.db.owner-user", appRole));
            props.put("spring.flyway.password",
                    env.getProperty("mappa.db.owner-password", env.getProperty("mappa.db.password", "")));
            props.put("mappa.db.embedded", "false");
        } else {
            boolean ephemeral = env.getProperty("mappa.db.ephemeral", Boolean.class, false);
            Path dataDir = Path.of(env.getProperty("mappa.data-dir", "data")).toAbsolutePath();
            EmbeddedDatabase db = EmbeddedDatabase.start(ephemeral ? null : dataDir.resolve("postgres"));
            appRole = APP_ROLE;
            props.put("spring.datasource.url", withBatchedInserts(db.jdbcUrl()));
            props.put("spring.datasource.username", APP_ROLE);
            props.put("spring.datasource.password", "");
            props.put("spring.flyway.url", db.jdbcUrl());
            props.put("spring.flyway.user", OWNER_ROLE);
            props.put("spring.flyway.password", "");
            props.put("mappa.db.embedded", "true");
        }
        props.put("spring.flyway.placeholders.appRole", appRole);
        env.getPropertySources().addFirst(new MapPropertySource("mappaDatabase", props));
    }

    /**
     * The application's URL with {@code reWriteBatchedInserts=true} (unless the URL sets it): the driver then
     * sends a JDBC batch of inserts as multi-row inserts, so bulk imports cost one statement (and one run of
     * the statement-level search triggers) per many rows instead of per row.
     */
    static String withBatchedInserts(String url) {
        if (!url.startsWith("jdbc:postgresql:") || url.toLowerCase(java.util.Locale.ROOT).contains("rewritebatchedinserts=")) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.properties and the environment are read
    }
}
