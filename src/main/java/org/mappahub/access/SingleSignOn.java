package org.mappahub.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.SupplierClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Optional single sign-on through an agency's OpenID Connect provider (docs/OPERATIONS.md). Exists only when
 * {@code mappa.sso.issuer-uri} is set; without it the application signs in with passwords alone, as before.
 *
 * <p>The provider vouches for who the user is; MAPPA Hub decides what they may do. The user name claim
 * ({@code mappa.sso.username-claim}, default {@code preferred_username}) must name an existing, enabled,
 * unlocked MAPPA Hub account — no account is ever created from a sign-in — and the authorities are that
 * account's role, never the provider's groups. Anyone else is refused with the sign-in page's generic message,
 * and the refusal is audited as a failed sign-in.
 *
 * <p>Second factor: if the ID token's {@code amr} claim (RFC 8176) says the provider itself used more than a
 * password ({@code mfa}, {@code otp} or {@code hwk}), that counts as the second step; otherwise the session
 * waits for a MAPPA Hub TOTP code ({@link SecondFactor}), exactly as after a password.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "mappa.sso", name = "issuer-uri")
public class SingleSignOn {

    /** The registration id: also the last segment of the redirect URI the provider must allow. */
    static final String REGISTRATION = "agency";
    /** Where the sign-in page's link starts the sign-in. */
    public static final String START = "/oauth2/authorization/" + REGISTRATION;
    /** The provider's redirect back to MAPPA Hub (relative to the context path). */
    static final String CALLBACK = "/login/oauth2/code/" + REGISTRATION;
    /** RFC 8176 authentication method references that mean more than a password was used. */
    static final Set<String> MULTI_FACTOR_METHODS = Set.of("mfa", "otp", "hwk");

    private final String issuerUri;
    private final String clientId;
    private final String clientSecret;
    private final String usernameClaim;
    private final List<String> scopes;
    private final Users users;
    private final SignInLockout lockout;
    private final ApplicationEventPublisher events;

    SingleSignOn(@Value("${mappa.sso.issuer-uri}") String issuerUri,
                 @Value("${mappa.sso.client-id:}") String clientId,
                 @Value("${mappa.sso.client-secret:}") String clientSecret,
                 @Value("${mappa.sso.username-claim:preferred_username}") String usernameClaim,
                 @Value("${mappa.sso.scopes:openid,profile}") String scopes,
                 Users users, SignInLockout lockout, ApplicationEventPublisher events) {
        if (clientId.isBlank() || clientSecret.isBlank()) {
            throw new IllegalStateException("mappa.sso.issuer-uri is set, so single sign-on is on: set "
                    + "mappa.sso.client-id and mappa.sso.client-secret too (or remove mappa.sso.issuer-uri)");
        }
        this.issuerUri = issuerUri;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.usernameClaim = usernameClaim;
        this.scopes = Arrays.stream(scopes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.users = users;
        this.lockout = lockout;
        this.events = events;
    }

    /**
     * The provider's registration, read from its discovery document on first use rather than at start, so
     * MAPPA Hub starts (and password sign-in works) while the provider is unreachable.
     */
    @Bean
    ClientRegistrationRepository clientRegistrationRepository() {
        return new SupplierClientRegistrationRepository(() -> new InMemoryClientRegistrationRepository(
                ClientRegistrations.fromIssuerLocation(issuerUri)
                        .registrationId(REGISTRATION)
                        .clientName("your agency account")
                        .clientId(clientId)
                        .clientSecret(clientSecret)
                        .scope(scopes)
                        .redirectUri("{baseUrl}" + CALLBACK)
                        .build()));
    }

    /** Adds OpenID Connect sign-in to the pages' chain. */
    void configure(HttpSecurity http) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler toPageAsked = new SavedRequestAwareAuthenticationSuccessHandler();
        http.oauth2Login(o -> o
                .loginPage("/login")
                .userInfoEndpoint(u -> u.oidcUserService(accountUserService()))
                .successHandler((req, res, auth) -> {
                    OidcUser user = (OidcUser) auth.getPrincipal();
                    if (providerUsedSecondFactor(user.getIdToken())) {
                        lockout.reset(auth.getName());
                        toPageAsked.onAuthenticationSuccess(req, res, auth);
                    } else {
                        SecondFactor.pending(req.getSession());
                        res.sendRedirect(req.getContextPath() + SecondFactor.VERIFY);
                    }
                })
                // The same generic message as a wrong password: nothing tells an outsider which accounts exist.
                .failureHandler((req, res, e) -> res.sendRedirect(req.getContextPath() + "/login?error")));
    }

    static boolean providerUsedSecondFactor(OidcIdToken idToken) {
        List<String> methods = idToken.getAuthenticationMethods();
        return methods != null && methods.stream().anyMatch(MULTI_FACTOR_METHODS::contains);
    }

    /** The provider's user, mapped to the MAPPA Hub account of the same user name, with that account's role. */
    private OAuth2UserService<OidcUserRequest, OidcUser> accountUserService() {
        OidcUserService provider = new OidcUserService();
        return request -> {
            OidcUser idpUser = provider.loadUser(request);
            Object claim = idpUser.getClaims().get(usernameClaim);
            String username = claim instanceof String s && !s.isBlank() ? s : null;
            UserDetails account;
            try {
                if (username == null) {
                    throw new UsernameNotFoundException("No " + usernameClaim + " claim");
                }
                account = users.loadUserByUsername(username);
            } catch (UsernameNotFoundException unknown) {
                throw refused(username, new BadCredentialsException("No MAPPA Hub account for this user"),
                        AuthenticationFailureBadCredentialsEvent::new);
            }
            if (!account.isEnabled()) {
                throw refused(username, new DisabledException("Account disabled"), AuthenticationFailureDisabledEvent::new);
            }
            if (!account.isAccountNonLocked()) {
                throw refused(username, new LockedException("Account locked"), AuthenticationFailureLockedEvent::new);
            }
            return new AccountUser(account.getAuthorities(), idpUser, account.getUsername());
        };
    }

    /** Publishes the failure (the audit trail records it as a failed sign-in) and the exception to throw. */
    private OAuth2AuthenticationException refused(String username, AuthenticationException cause,
            BiFunction<Authentication, AuthenticationException, AbstractAuthenticationFailureEvent> event) {
        events.publishEvent(event.apply(UsernamePasswordAuthenticationToken.unauthenticated(
                username == null ? "" : username, null), cause));
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED), cause.getMessage(), cause);
    }

    /** The provider's OpenID user, named by and holding the authorities of the MAPPA Hub account. */
    static final class AccountUser extends DefaultOidcUser {

        private final String username;

        AccountUser(Collection<? extends GrantedAuthority> authorities, OidcUser idpUser, String username) {
            super(authorities, idpUser.getIdToken(), idpUser.getUserInfo());
            this.username = username;
        }

        @Override
        public String getName() {
            return username;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AccountUser that && super.equals(that) && username.equals(that.username);
        }

        @Override
        public int hashCode() {
            return super.hashCode() * 31 + username.hashCode();
        }
    }
}
