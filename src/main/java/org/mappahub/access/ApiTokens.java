package org.mappahub.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: how a partner system calls the REST API on a user's behalf. A token is created on a
 * page, so only by a user who has passed both sign-in steps; it therefore carries that second factor to the
 * API, and the API needs no password (nor a slow password hash) on each request.
 *
 * <p>A token is {@value #PREFIX} followed by 256 random bits (base64url), so it is recognisable in logs and
 * by secret scanners. Only its SHA-256 is stored: the value is shown once, when created. A token works until
 * it expires (at most {@value #MAX_DAYS} days) or is revoked, and only while its account is enabled and not
 * locked. Creating and revoking a token publish {@link Created} and {@link Revoked}, which the audit trail
 * records in the same transaction.
 */
@Service
public class ApiTokens {

    public static final String PREFIX = "mappa_";
    /** The page where a signed-in user creates and revokes their tokens (access.web.ApiTokenPages). */
    public static final String PAGE = "/account/api-tokens";
    /** The longest a token may live: a leaked token must not work for ever (NCSC API security guidance). */
    public static final int MAX_DAYS = 90;
    public static final int DEFAULT_DAYS = 30;
    public static final int NAME_MAX = 100;
    private static final int RANDOM_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ApiTokens(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** A token as its owner sees it in the list: never its value. */
    public record ApiToken(long id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {
        public boolean expiredAt(Instant now) {
            return !expiresAt.isAfter(now);
        }
    }

    /** A token just created, with its value: the only time the value exists outside the caller's hands. */
    public record Issued(ApiToken token, String value) {
        @Override
        public String toString() {
            return "Issued[" + token + "]"; // never the value
        }
    }

    /** The account a valid token acts for. */
    public record Bearer(String username, Role role) {
    }

    /** Published when a user creates a token (for the audit trail). */
    public record Created(String username, long tokenId, String name, Instant expiresAt) {
    }

    /** Published when a user revokes a token (for the audit trail). */
    public record Revoked(String username, long tokenId, String name) {
    }

    /** What is wrong with a token name, or null if it will do. */
    public static String nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return "Enter a name for the token";
        }
        if (name.strip().length() > NAME_MAX) {
            return "Token name must be " + NAME_MAX + " characters or fewer";
        }
        return null;
    }

    /** What is wrong with a lifetime in days, or null if it will do. */
    public static String daysProblem(Integer days) {
        if (days == null) {
            return "Enter the number of days the token should work for, from 1 to " + MAX_DAYS;
        }
        if (days < 1 || days > MAX_DAYS) {
            return "The token must expire after between 1 and " + MAX_DAYS + " days";
        }
        return null;
    }

    /** Creates a token for {@code username} that expires after {@code days}; returns it with its value. */
    @Transactional
    public Issued issue(String username, String name, int days) {
        String problem = nameProblem(name) != null ? nameProblem(name) : daysProblem(days);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(Duration.ofDays(days));
        String cleanName = name.strip();
        long id = jdbc.sql("""
                        insert into api_token (username, name, token_hash, created_at, expires_at)
                        values (?, ?, ?, ?, ?) returning id""")
                .params(username, cleanName, hash(value), utc(now), utc(expires))
                .query(Long.class).single();
        events.publishEvent(new Created(username, id, cleanName, expires));
        return new Issued(new ApiToken(id, cleanName, now, expires, null), value);
    }

    /** The user's tokens that have not been revoked (expired ones included), newest first. */
    public List<ApiToken> of(String username) {
        return jdbc.sql("""
                        select id, name, created_at, expires_at, last_used_at from api_token
                         where username = ? and revoked_at is null order by created_at desc, id desc""")
                .param(username)
                .query((rs, n) -> new ApiToken(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))))
                .list();
    }

    /** Revokes one of the user's own tokens; false if they have no such (unrevoked) token. */
    @Transactional
    public boolean revoke(String username, long id) {
        Optional<String> name = jdbc.sql("""
                        update api_token set revoked_at = ?
                         where id = ? and username = ? and revoked_at is null returning name""")
                .params(utc(clock.instant()), id, username).query(String.class).optional();
        name.ifPresent(n -> events.publishEvent(new Revoked(username, id, n)));
        return name.isPresent();
    }

    /**
     * The account {@code value} acts for, if it is a token that exists, has not expired or been revoked, and
     * whose account is enabled and not locked now; records the use. One statement, looked up by hash.
     */
    public Optional<Bearer> authenticate(String value) {
        if (value == null || !value.startsWith(PREFIX) || value.length() > 200) {
            return Optional.empty();
        }
        OffsetDateTime now = utc(clock.instant());
        return jdbc.sql("""
                        update api_token t set last_used_at = ?
                          from app_user u
                         where t.token_hash = ? and u.username = t.username
                           and t.revoked_at is null and t.expires_at > ?
                           and u.enabled and (u.locked_until is null or u.locked_until <= ?)
                        returning u.username, u.role""")
                .params(now, hash(value), now, now)
                .query((rs, n) -> new Bearer(rs.getString(1), Role.valueOf(rs.getString(2))))
                .optional();
    }

    /** Lower-case hex SHA-256 of the token string: what the database holds. */
    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC); // what timestamptz keeps
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
