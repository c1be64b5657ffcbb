package org.mappahub.access;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in and the rules every request passes. Two chains: the REST API (personal API tokens as bearer tokens,
 * stateless, problem details on 401/403) and the pages (form sign-in, CSRF, session fixation protection, idle and
 * absolute session time-outs ({@link SessionTimeouts}), strict headers with a per-response script nonce
 * ({@link ContentSecurityPolicyNonce}); headers common to both chains are in {@link SecurityHeaders}).
 * Who may call each handler is declared on the handler itself ({@link CaseReader}, {@link CaseEditor},
 * {@link PublicPage}); a test walks every handler to prove none is left undeclared.
 */
@Configuration
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id for new hashes; older schemes still verify and are upgraded at the next sign-in.
        return new DelegatingPasswordEncoder("argon2", Map.of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder()));
    }

    /** The filter chains exist only when serving HTTP; the operator's commands run without them. */
    @Configuration
    @ConditionalOnWebApplication
    static class FilterChains {

    private final SignInLockout lockout;
    private final ApiTokens apiTokens;
    private final ObjectProvider<SingleSignOn> singleSignOn;

    FilterChains(SignInLockout lockout, ApiTokens apiTokens, ObjectProvider<SingleSignOn> singleSignOn) {
        this.lockout = lockout;
        this.apiTokens = apiTokens;
        this.singleSignOn = singleSignOn;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint signInRequired = FilterChains::apiSignInRequired;
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/openapi", "/api/v1/openapi/**").permitAll()
                        .anyRequest().authenticated())
                // A personal API token (Authorization: Bearer), created on a page after both sign-in steps, so it
                // carries the second factor; HTTP Basic (a password alone) is no longer accepted.
                .addFilterBefore(ApiTokenAuthentication.filter(apiTokens, signInRequired), AnonymousAuthenticationFilter.class)
                .exceptionHandling(x -> x
                        .authenticationEntryPoint(signInRequired)
                        .accessDeniedHandler((req, res, e) ->
                                problem(res, HttpStatus.FORBIDDEN, "Forbidden", "Your role may not do this.")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless API with credentials on every request: no session cookie for CSRF to abuse.
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    /** 401 as a problem (RFC 9457) with an RFC 6750 challenge, telling the caller how to get a token. */
    private static void apiSignInRequired(HttpServletRequest req, HttpServletResponse res, AuthenticationException e)
            throws java.io.IOException {
        String authorization = req.getHeader("Authorization");
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        res.setHeader("WWW-Authenticate", bearer ? "Bearer realm=\"MAPPA Hub\", error=\"invalid_token\""
                : "Bearer realm=\"MAPPA Hub\"");
        if (bearer) {
            problem(res, HttpStatus.UNAUTHORIZED, "Invalid API token", "The API token is unknown, expired or revoked, "
                    + "or its account is disabled or locked. Create a new token at " + ApiTokens.PAGE + ".");
        } else if (basic) {
            problem(res, HttpStatus.UNAUTHORIZED, "API token required", "HTTP Basic is no longer accepted. Create an "
                    + "API token at " + ApiTokens.PAGE + " and send it as Authorization: Bearer <token>.");
        } else {
            problem(res, HttpStatus.UNAUTHORIZED, "API token required", "Create an API token at " + ApiTokens.PAGE
                    + " and send it as Authorization: Bearer <token>.");
        }
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, SessionTimeouts timeouts) throws Exception {
        var contentSecurityPolicy = new ContentSecurityPolicyNonce();
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/assets/**", "/login", "/error", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").permitAll()
                        // The password is the first factor: the second step (SecondFactor) comes next.
                        .successHandler((req, res, auth) -> {
                            SecondFactor.pending(req.getSession());
                            res.sendRedirect(req.getContextPath() + SecondFactor.VERIFY);
                        })
                        // A locked account (even one just locked by this failure) is told how long to wait;
                        // an unknown user and a wrong password get the same generic message.
                        .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath()
                                + lockout.remaining(req.getParameter("username"))
                                        .map(left -> "/login?locked=" + SignInLockout.minutesToWait(left))
                                        .orElse("/login?error"))))
                .addFilterAfter(new SecondFactor(), AuthorizationFilter.class)
                .addFilterBefore(contentSecurityPolicy, HeaderWriterFilter.class)
                .addFilterBefore(timeouts.filter(), CsrfFilter.class)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        // A fresh script nonce per response (GOV.UK Frontend's inline script); HSTS and
                        // Cache-Control for every chain are in SecurityHeaders.
                        .addHeaderWriter(contentSecurityPolicy)
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")));
        // Optional sign-in through an agency's OpenID provider: only when mappa.sso.* is configured.
        SingleSignOn sso = singleSignOn.getIfAvailable();
        if (sso != null) {
            sso.configure(http);
        }
        return http.build();
    }

    }

    private static void problem(jakarta.servlet.http.HttpServletResponse res, HttpStatus status, String title,
                                String detail) throws java.io.IOException {
        res.setStatus(status.value());
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
