package org.mappahub.audit;

import org.mappahub.access.Agencies;
import org.mappahub.access.AgencyType;
import org.mappahub.access.CaseAccess;
import org.mappahub.access.SwitchableCaseAccess;
import org.mappahub.database.RowScope;
import org.springframework.transaction.PlatformTransactionManager;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.mappahub.MappaHubApplication;
import org.mappahub.access.Role;
import org.mappahub.access.Users;
import org.mappahub.nominal.Area;
import org.mappahub.nominal.Areas;
import org.mappahub.nominal.NominalChanges;
import org.mappahub.nominal.NominalRecord.Gender;

/**
 * The cost of the access policy (the application's decision and row-level security) and the audit on a record
 * view: requests per second for {@code GET /nominals/{ref}} over HTTP on loopback (a signed-in session,
 * {@code THREADS} client threads), alternately with all three and with all three switched off (the decision
 * allows everything, row-level security runs as the operator, no audit entry), in the same run on the same data
 * (a throw-away embedded database). Prints each round and the ratio. The switches exist only in this program
 * (subclasses put in place of the beans); the application has no way to turn any of them off. Run through bench/record-view.sh. A program, not a test.
 */
public final class RecordViewBench {

    static volatile boolean auditOn = true;

    /** The audit trail with the bench's switch. */
    static class SwitchableTrail extends AuditTrail {
        SwitchableTrail(JdbcClient jdbc, Clock clock) {
            super(jdbc, clock);
        }

        @Override
        public AuditEntry record(AuditEvent event) {
            return auditOn ? super.record(event) : null;
        }
    }

    /**
     * Row-level security with the bench's switch: on, each transaction is the signed-in user's (as in the
     * application's ScopedTransactionManager); off, the operator's, whose policies pass every row at once.
     */
    static class SwitchableScope extends org.springframework.jdbc.support.JdbcTransactionManager {
        SwitchableScope(javax.sql.DataSource dataSource) {
            super(dataSource);
        }

        @Override
        protected void prepareTransactionalConnection(java.sql.Connection con,
                org.springframework.transaction.TransactionDefinition definition) throws java.sql.SQLException {
            super.prepareTransactionalConnection(con, definition);
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            String user = auth != null && auth.isAuthenticated() && auditOn ? auth.getName() : "";
            try (var set = con.prepareStatement(
                    "select set_config('mappa.user', ?, true), set_config('mappa.operator', ?, true)")) {
                set.setString(1, user);
                set.setString(2, user.isEmpty() ? "on" : "off");
                set.execute();
            }
        }
    }

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(System.getProperty("threads", "4"));
        int seconds = Integer.parseInt(System.getProperty("seconds", "8"));
        int rounds = Integer.parseInt(System.getProperty("rounds", "3"));
        System.setProperty("mappa.db.ephemeral", "true");
        System.setProperty("mappa.demo.enabled", "false");
        System.setProperty("logging.level.org.mappahub", "WARN");
        System.setProperty("spring.thymeleaf.cache", "true"); // the test classpath's config turns it off
        SpringApplicationBuilder app = new SpringApplicationBuilder(MappaHubApplication.class)
                .properties("server.port=0")
                .initializers(ctx -> ctx.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessBeforeInitialization(Object bean, String name) throws BeansException {
                        if (bean.getClass() == CaseAccess.class) {
                            return new SwitchableCaseAccess(ctx.getBean(JdbcClient.class), ctx.getBean(Users.class),
                                    ctx.getBean(Clock.class), ctx, ctx.getBean(PlatformTransactionManager.class));
                        }
                        if (name.equals("transactionManager")) {
                            return new SwitchableScope(ctx.getBean(javax.sql.DataSource.class));
                        }
                        return bean.getClass() == AuditTrail.class
                                ? new SwitchableTrail(ctx.getBean(JdbcClient.class), ctx.getBean(Clock.class)) : bean;
                    }
                }));
        try (ConfigurableApplicationContext context = app.run();
             var operator = RowScope.asOperator("operator:bench")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            context.getBean(Areas.class).save(new Area("BENCH", "Benchshire", List.of("North"), List.of()));
            String ref = context.getBean(NominalChanges.class).create("BENCH", new NominalChanges.Identity("BENCHLEY",
                    List.of("Rita"), LocalDate.of(1970, 1, 2), Gender.FEMALE, null, null, null, null, "North"), "bench");
            long police = context.getBean(Agencies.class).create("BENCH", "Benchshire Police", AgencyType.POLICE);
            context.getBean(Users.class).create("bench.user", "Bench User", Role.PRACTITIONER, police, "bench password 1");
            String secret = org.mappahub.access.Totp.newSecret();
            context.getBean(org.mappahub.access.TotpFactor.class).assign("bench.user", secret);
            String base = "http://127.0.0.1:" + port;
            HttpClient client = signIn(base, "bench.user", "bench password 1", secret);
            URI page = URI.create(base + "/nominals/" + ref);
            AuditTrail trail = context.getBean(AuditTrail.class);
            System.out.printf(Locale.ROOT, "GET /nominals/%s, %d client threads, %d s per round, %d cores%n", ref,
                    threads, seconds, Runtime.getRuntime().availableProcessors());
            measure(client, page, threads, 6, true); // warm-up (JIT, pools, caches)
            measure(client, page, threads, 6, false);
            double with = 0;
            double without = 0;
            for (int r = 1; r <= rounds; r++) {
                double a = measure(client, page, threads, seconds, true);
                double b = measure(client, page, threads, seconds, false);
                System.out.printf(Locale.ROOT, "round %d: with policy and audit %.0f req/s, without %.0f req/s%n", r, a, b);
                with += a;
                without += b;
            }
            System.out.printf(Locale.ROOT, "mean: with policy and audit %.0f req/s, without %.0f req/s, ratio with/without %.3f%n",
                    with / rounds, without / rounds, with / without);
            AuditVerification verified = trail.verify();
            System.out.println(verified);
        }
    }

    private static double measure(HttpClient client, URI page, int threads, int seconds, boolean audit) throws Exception {
        auditOn = audit;
        SwitchableCaseAccess.policyOn = audit;
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> workers = new ArrayList<>();
        HttpRequest get = HttpRequest.newBuilder(page).GET().build();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        HttpResponse<Void> res = client.send(get, HttpResponse.BodyHandlers.discarding());
                        if (res.statusCode() != 200) {
                            throw new IllegalStateException("GET " + page + " answered " + res.statusCode());
                        }
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            w.start();
            workers.add(w);
        }
        long started = System.nanoTime();
        for (Thread w : workers) {
            w.join();
        }
        return done.get() / ((System.nanoTime() - started) / 1e9);
    }

    /** Signs in with the password and then the TOTP code, as a person would. */
    private static HttpClient signIn(String base, String user, String password, String secret) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(token(csrf));
        HttpResponse<String> res = post(client, base + "/login", body);
        String location = res.headers().firstValue("Location").orElse("");
        if (res.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in failed: " + res.statusCode() + " " + location);
        }
        String verify = client.send(HttpRequest.newBuilder(URI.create(base + "/mfa/verify")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher second = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(verify);
        if (!second.find()) {
            throw new IllegalStateException("No CSRF token on the security code page");
        }
        String code = org.mappahub.access.Totp.code(org.mappahub.access.Base32.decode(secret),
                org.mappahub.access.Totp.timeStep(java.time.Instant.now()));
        res = post(client, base + "/mfa/verify", "code=" + code + "&_csrf=" + enc(token(second)));
        if (res.statusCode() != 302 || res.headers().firstValue("Location").orElse("").contains("mfa")) {
            throw new IllegalStateException("Security code refused: " + res.statusCode());
        }
        return client;
    }

    private static String token(Matcher csrf) {
        return csrf.group(1) != null ? csrf.group(1) : csrf.group(2);
    }

    private static HttpResponse<String> post(HttpClient client, String url, String body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
