package org.mappahub.access;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;

/**
 * A request to the API authenticated by a personal API token ({@link ApiTokens}) sent as
 * {@code Authorization: Bearer <token>}. Before authentication it holds the token; after, the account's user
 * name and its role's authority (from MAPPA Hub, as for a password sign-in), and no credentials.
 *
 * <p>No authentication events are published for tokens: a token is checked on every request, so a success is
 * not a sign-in worth a line in the audit trail (the request itself is audited by its handler), and a failure
 * must not count towards the account's password lockout (a partner system still sending a revoked token would
 * otherwise lock its owner out of the pages).
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    static final String BEARER = "Bearer ";

    private final String username;
    private final transient String token;

    private ApiTokenAuthentication(String token) {
        super(List.of());
        this.username = null;
        this.token = token;
        setAuthenticated(false);
    }

    private ApiTokenAuthentication(ApiTokens.Bearer bearer) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + bearer.role().name())));
        this.username = bearer.username();
        this.token = null;
        super.setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return username;
    }

    @Override
    public String getName() {
        return username == null ? "(API token)" : username;
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Only an API token the database accepts is authenticated");
        }
        super.setAuthenticated(false);
    }

    @Override
    public void eraseCredentials() {
        // The unauthenticated request's token is dropped with the request; the authenticated one holds none.
    }

    /** The filter for the API chain: reads a bearer token, authenticates it, or answers with {@code entryPoint}. */
    static AuthenticationFilter filter(ApiTokens tokens, AuthenticationEntryPoint entryPoint) {
        AuthenticationProvider provider = new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String token = (String) authentication.getCredentials();
                return tokens.authenticate(token).map(ApiTokenAuthentication::new)
                        .orElseThrow(() -> new BadCredentialsException("Unknown, expired or revoked API token"));
            }

            @Override
            public boolean supports(Class<?> authentication) {
                return ApiTokenAuthentication.class.isAssignableFrom(authentication);
            }
        };
        AuthenticationFilter filter = new AuthenticationFilter(new ProviderManager(provider),
                ApiTokenAuthentication::fromHeader);
        filter.setSuccessHandler((request, response, authentication) -> { }); // carry on to the handler
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(entryPoint));
        return filter;
    }

    /** The bearer token of the request, or null when it sends none (then the request is anonymous). */
    private static Authentication fromHeader(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return new ApiTokenAuthentication(header.substring(BEARER.length()).strip());
    }
}
