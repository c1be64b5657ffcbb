package org.mappahub.access;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The pages' Content-Security-Policy with a fresh nonce for every response. GOV.UK Frontend's page template
 * needs one inline script straight after {@code <body>} (it marks the body {@code js-enabled} and
 * {@code govuk-frontend-supported} before the page is painted); the policy allows scripts from this origin
 * and that one script only, which carries the nonce ({@code <script th:attr="nonce=${cspNonce}">} in
 * {@code layout.html}). Any other inline script, injected or not, is refused by the browser.
 *
 * <p>As a filter it gives the request its nonce (request attribute {@value #ATTRIBUTE}, read by the
 * templates); as a {@link HeaderWriter} it writes the policy with that same nonce into the response.
 */
final class ContentSecurityPolicyNonce extends OncePerRequestFilter implements HeaderWriter {

    /** The request attribute, and so the template variable, holding the nonce. */
    static final String ATTRIBUTE = "cspNonce";
    static final String HEADER = "Content-Security-Policy";
    private static final int NONCE_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The policy; {@code %s} is the nonce. */
    static final String POLICY = "default-src 'self'; script-src 'self' 'nonce-%s'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /** The request's nonce, made on first use: 128 random bits, Base64. */
    static String of(HttpServletRequest request) {
        Object nonce = request.getAttribute(ATTRIBUTE);
        if (nonce instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[NONCE_BYTES];
        RANDOM.nextBytes(bytes);
        String made = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, made);
        return made;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        of(request);
        chain.doFilter(request, response);
    }

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (!response.containsHeader(HEADER)) {
            response.setHeader(HEADER, POLICY.formatted(of(request)));
        }
    }
}
