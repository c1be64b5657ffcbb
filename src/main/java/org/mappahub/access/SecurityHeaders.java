package org.mappahub.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Response headers every filter chain sends (pages, API, and any chain added later: Spring Security applies a
 * {@code Customizer<HeadersConfigurer<HttpSecurity>>} bean to every {@link HttpSecurity}). Each chain adds its
 * own Content-Security-Policy.
 *
 * <ul>
 * <li><b>Strict-Transport-Security</b> {@code max-age=31536000; includeSubDomains} on <em>every</em> response,
 * not only those Spring Security sees as secure: MAPPA Hub is meant to run behind a TLS-terminating proxy,
 * where the request it sees is plain HTTP unless the proxy's {@code X-Forwarded-Proto} is trusted. Browsers
 * ignore the header on a plain-HTTP response (RFC 6797 §8.1), so sending it always costs nothing and does
 * not depend on the proxy being configured right (docs/OPERATIONS.md).</li>
 * <li><b>Cache-Control</b> {@code no-cache, no-store, max-age=0, must-revalidate} (Spring Security's default,
 * kept deliberately): written on every response that has not set its own. Nothing in MAPPA Hub sets one
 * except the static assets ({@code spring.web.resources.cache.cachecontrol}) and the QR code ({@code no-store}).
 * The API's ETags are for {@code If-Match} on changes, not for caching, and still work with it.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static final long HSTS_MAX_AGE_SECONDS = 31_536_000; // one year

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> strictHeaders() {
        return headers -> headers
                .httpStrictTransportSecurity(hsts -> hsts
                        .requestMatcher(AnyRequestMatcher.INSTANCE)
                        .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS)
                        .includeSubDomains(true))
                .cacheControl(Customizer.withDefaults());
    }
}
