package org.mappahub.access;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** For tests of the API: a personal API token for a test user, created directly through {@link ApiTokens}. */
public final class TestApiTokens {

    private TestApiTokens() {
    }

    /** A new 30-day token for {@code username} (who must exist). */
    public static String tokenFor(ApiTokens tokens, String username) {
        return tokens.issue(username, "test token", ApiTokens.DEFAULT_DAYS).value();
    }

    /** Sends {@code token} as {@code Authorization: Bearer}. */
    public static RequestPostProcessor bearer(String token) {
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }
}
