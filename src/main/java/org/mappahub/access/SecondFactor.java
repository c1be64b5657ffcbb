package org.mappahub.access;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second sign-in step on the pages. A password sign-in marks the new session as waiting for its second
 * factor; until a TOTP code is accepted ({@code /mfa/verify}, or {@code /mfa/enrol} for a user without a
 * secret) this filter lets the session reach nothing but those pages, the assets and sign-out. Form sign-in
 * is the only way a page session becomes authenticated, so every signed-in session passes this step.
 */
public final class SecondFactor extends OncePerRequestFilter {

    static final String PENDING = SecondFactor.class.getName() + ".PENDING";
    public static final String VERIFY = "/mfa/verify";
    public static final String ENROL = "/mfa/enrol";
    /** The QR code of the secret being enrolled, shown on the enrolment page. */
    public static final String ENROL_QR_CODE = ENROL + "/qr-code.png";
    private static final Set<String> OPEN = Set.of(VERIFY, ENROL, ENROL_QR_CODE, "/logout", "/login", "/error",
            "/favicon.ico");

    /** Marks a session as signed in with a password only. */
    static void pending(HttpSession session) {
        session.setAttribute(PENDING, Boolean.TRUE);
    }

    public static boolean isPending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(PENDING) != null;
    }

    /** The second factor was accepted: returns where to go next (the page first asked for, or the start page). */
    public static String complete(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
            // A new session id once the sign-in is complete, as after the password.
            request.changeSessionId();
        }
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        SavedRequest saved = cache.getRequest(request, response);
        cache.removeRequest(request, response);
        return saved == null ? "/" : saved.getRedirectUrl();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (isPending(request) && !OPEN.contains(path) && !path.startsWith("/assets/")) {
            response.sendRedirect(request.getContextPath() + VERIFY);
            return;
        }
        chain.doFilter(request, response);
    }
}
