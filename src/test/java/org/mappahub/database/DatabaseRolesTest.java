package org.mappahub.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.MappaHubApplication;

/**
 * The application connects as a role that neither owns the tables nor is a superuser; the migrations run
 * as the owner. Checked on the embedded database and on an "external" server prepared exactly as
 * docs/OPERATIONS.md says.
 */
class DatabaseRolesTest {

    @Test
    void embeddedDatabaseSeparatesTheOwnerFromTheApplicationsRole() {
        try (ConfigurableApplicationContext context = start()) {
            assertRolesSeparated(context.getBean(JdbcClient.class));
        }
    }

    @Test
    void externalServerNamedByMappaDbUrlIsMigratedByTheOwnerAndUsedByTheApplicationsRole() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create role ext_owner login password 'owner-secret'");
                s.execute("create role ext_app login password 'app-secret' nosuperuser nocreatedb nocreaterole nobypassrls");
                s.execute("create database mappa_ext owner ext_owner encoding 'UTF8' template template0");
                s.execute("grant connect on database mappa_ext to ext_app");
            }
            try (Connection c = server.getDatabase("postgres", "mappa_ext").getConnection();
                 Statement s = c.createStatement()) {
                s.execute("alter schema public owner to ext_owner");
            }
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/mappa_ext";
            try (ConfigurableApplicationContext context = start(
                    "mappa.db.url=" + url, "mappa.db.user=ext_app", "mappa.db.password=app-secret",
                    "mappa.db.owner-user=ext_owner", "mappa.db.owner-password=owner-secret")) {
                JdbcClient jdbc = context.getBean(JdbcClient.class);
                assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("ext_app");
                assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'nominal'")
                        .query(String.class).single()).isEqualTo("ext_owner");
                assertThat(context.getEnvironment().getProperty("mappa.db.embedded")).isEqualTo("false");
                assertRolesSeparated(jdbc);
            }
        }
    }

    @Test
    void anEmbeddedServerThatCannotStartSaysWhyAndHowToUseAnotherServer() throws Exception {
        java.nio.file.Path notADirectory = java.nio.file.Files.createTempFile("mappa-data", ".txt");
        assertThatThrownBy(() -> EmbeddedDatabase.start(notADirectory.resolve("postgres")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("embedded PostgreSQL server could not start")
                .hasMessageContaining("MAPPA_DB_URL")
                .hasMessageContaining("docs/OPERATIONS.md");
    }

    private static void assertRolesSeparated(JdbcClient jdbc) {
        String app = jdbc.sql("select current_user").query(String.class).single();
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
                .isFalse();
        assertThat(jdbc.sql("select tableowner from pg_tables where tablename = 'nominal'").query(String.class).single())
                .isNotEqualTo(app);
        // Data rights only: the application's role can read and write rows but not change the schema.
        assertThat(jdbc.sql("select count(*) from nominal").query(Long.class).single()).isNotNegative();
        assertThatThrownBy(() -> jdbc.sql("alter table nominal add column sneaky text").update())
                .rootCause().hasMessageContaining("must be owner");
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return new SpringApplicationBuilder(MappaHubApplication.class).web(WebApplicationType.NONE)
                .properties(properties).run();
    }
}
