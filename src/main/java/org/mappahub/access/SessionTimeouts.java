package org.mappahub.access;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long a signed-in page session lasts: it ends after {@code mappa.session.idle-timeout} without a request
 * (default 30 minutes) and, however busy, {@code mappa.session.absolute-timeout} after sign-in (default 10
 * hours). The next request after either is signed out and sent to {@code /login?timedOut}, which says why.
 * Times come from the application's {@link Clock}.
 *
 * <p>The sign-in time is taken when a request first leaves the session authenticated (the password step);
 * the container's own session time-out is set a little beyond the idle time-out, so that it is this class
 * that ends an idle session and the user is told why, and the container only cleans up after it.
 */
@Component
public class SessionTimeouts {

    static final String SIGNED_IN_AT = SessionTimeouts.class.getName() + ".SIGNED_IN_AT";
    static final String LAST_SEEN_AT = SessionTimeouts.class.getName() + ".LAST_SEEN_AT";
    /** Where a timed-out request is sent. */
    public static final String TIMED_OUT = "/login?timedOut";
    /** How long the container keeps an idle session beyond the idle time-out, so that this class ends it first. */
    static final Duration CONTAINER_GRACE = Duration.ofMinutes(5);

    private final Duration idle;
    private final Duration absolute;
    private final Clock clock;

    SessionTimeouts(@Value("${mappa.session.idle-timeout:30m}") Duration idle,
                    @Value("${mappa.session.absolute-timeout:10h}") Duration absolute, Clock clock) {
        if (idle.isNegative() || idle.isZero() || absolute.isNegative() || absolute.isZero()) {
            throw new IllegalArgumentException("mappa.session.idle-timeout and mappa.session.absolute-timeout must be "
                    + "positive durations, such as 30m and 10h; they are " + idle + " and " + absolute);
        }
        this.idle = idle;
        this.absolute = absolute;
        this.clock = clock;
    }

    public Duration idle() {
        return idle;
    }

    public Duration absolute() {
        return absolute;
    }

    /** What the sign-in page tells someone whose session timed out. */
    public String message() {
        return "You were signed out because you had not used MAPPA Hub for " + words(idle)
                + ", or had been signed in for " + words(absolute) + ". Sign in again to continue.";
    }

    /** A duration in words: "30 minutes", "10 hours", "1 hour 30 minutes". */
    static String words(Duration duration) {
        long hours = duration.toHours();
        long minutes = duration.toMinutesPart();
        String h = hours == 0 ? "" : hours + (hours == 1 ? " hour" : " hours");
        String m = minutes == 0 && hours > 0 ? "" : minutes + (minutes == 1 ? " minute" : " minutes");
        return (h + " " + m).trim();
    }

    /** The filter for the pages' chain; place it after the security context is loaded, before authorisation. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                // The stylesheets and scripts a page loads neither keep a session alive nor end it.
                return request.getRequestURI().startsWith(request.getContextPath() + "/assets/");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (expired(request)) {
                    new SecurityContextLogoutHandler().logout(request, response, null);
                    response.sendRedirect(request.getContextPath() + TIMED_OUT);
                    return;
                }
                try {
                    chain.doFilter(request, response);
                } finally {
                    stamp(request);
                }
            }
        };
    }

    /** True if the session is signed in and has been idle, or signed in, too long; otherwise notes this request. */
    boolean expired(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
            return false;
        }
        Instant now = clock.instant();
        Instant lastSeen = session.getAttribute(LAST_SEEN_AT) instanceof Instant seen ? seen : signedInAt;
        if (!now.isBefore(signedInAt.plus(absolute)) || !now.isBefore(lastSeen.plus(idle))) {
            return true;
        }
        session.setAttribute(LAST_SEEN_AT, now);
        return false;
    }

    /** After a request that left the session signed in: the first time, record the sign-in time. */
    private void stamp(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(SIGNED_IN_AT) != null || !signedIn()) {
            return;
        }
        Instant now = clock.instant();
        try {
            session.setAttribute(SIGNED_IN_AT, now);
            session.setAttribute(LAST_SEEN_AT, now);
            session.setMaxInactiveInterval(Math.toIntExact(idle.plus(CONTAINER_GRACE).toSeconds()));
        } catch (IllegalStateException invalidated) {
            // Signed out during this request: nothing to time.
        }
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }
}
