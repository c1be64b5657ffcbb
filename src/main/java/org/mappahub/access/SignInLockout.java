package org.mappahub.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Lockout with back-off after repeated failed sign-ins, on every path that checks a password or a security
 * code (the sign-in page and the second step; the API takes API tokens, not passwords). Counts Spring
 * Security's bad-credentials events per account; a locked
 * account is reported to Spring Security as not "non-locked" by {@link Users}, so even the right password is
 * refused until the lock ends. A completed sign-in clears the count (on the pages: after the second
 * factor, whose wrong codes count as failures too). Attempts while locked are refused before the password
 * is checked and do not count.
 */
@Component
public class SignInLockout {

    // Sign-in lockout policy (OWASP ASVS 5.0 V6.3.1 / NCSC password guidance: throttle guessing without
    // letting an attacker lock a user out for long). One place for the numbers:
    /** Consecutive failures allowed before the account is locked. */
    static final int FAILURES_BEFORE_LOCK = 5;
    /** The lock after the FAILURES_BEFORE_LOCK-th failure; each further failure doubles it... */
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    /** ...up to this. */
    static final Duration LONGEST_LOCK = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInLockout(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** How long a lock lasts after {@code failures} consecutive failures (zero below the threshold). */
    static Duration lockAfter(int failures) {
        if (failures < FAILURES_BEFORE_LOCK) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FAILURES_BEFORE_LOCK, 30);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent event) {
        recordFailure(event.getAuthentication().getName());
    }

    /** Counts a failed sign-in step (a wrong password, or a wrong second-factor code) against the account. */
    public void recordFailure(String username) {
        // Unknown user names match no row: nothing is stored about them, and they get the same message.
        Optional<Integer> failures = jdbc.sql("""
                        update app_user set failed_attempts = failed_attempts + 1
                         where username = ? returning failed_attempts""")
                .param(username).query(Integer.class).optional();
        failures.map(SignInLockout::lockAfter).filter(lock -> !lock.isZero()).ifPresent(lock ->
                jdbc.sql("update app_user set locked_until = ? where username = ?")
                        .params(java.sql.Timestamp.from(clock.instant().plus(lock)), username).update());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        // A password accepted on the sign-in page is only the first of two steps: the count is cleared when
        // the second factor is accepted too (reset), or a thief with the password could guess codes for
        // ever, clearing the count with the password between guesses.
        if (!isPageSignIn()) {
            reset(event.getAuthentication().getName());
        }
    }

    /** The user completed a sign-in: clears the count of failures and any lock. */
    public void reset(String username) {
        jdbc.sql("""
                        update app_user set failed_attempts = 0, locked_until = null
                         where username = ? and (failed_attempts <> 0 or locked_until is not null)""")
                .param(username).update();
    }

    private static boolean isPageSignIn() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return false;
        }
        String path = attributes.getRequest().getRequestURI().substring(attributes.getRequest().getContextPath().length());
        // The password form, and the OpenID provider's redirect back (SingleSignOn resets the count itself when
        // the provider vouches for a second factor; otherwise the TOTP step still follows).
        return "/login".equals(path) || path.startsWith("/login/oauth2/code/");
    }

    /** The time left on the account's lock, if it is locked now. */
    public Optional<Duration> remaining(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return jdbc.sql("select locked_until from app_user where username = ? and locked_until is not null")
                .param(username).query(java.sql.Timestamp.class).optional()
                .map(java.sql.Timestamp::toInstant)
                .filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until));
    }

    /** Whole minutes to tell the user, rounded up: "Try again in N minutes". */
    public static long minutesToWait(Duration remaining) {
        return Math.max(1, (remaining.toSeconds() + 59) / 60);
    }

    /** The GOV.UK-style message for a locked account. */
    public static String message(Duration remaining) {
        long minutes = minutesToWait(remaining);
        return "Your account is locked. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
    }
}
