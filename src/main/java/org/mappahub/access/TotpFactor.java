package org.mappahub.access;

import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each user's TOTP second factor: the enrolled secret, and verification that refuses a replayed code. The
 * last accepted time step is kept per user and only a later step is accepted, so a code (or any code from
 * an earlier step in the window) works once, even when two requests race: the update is conditional.
 */
@Service
public class TotpFactor {

    private final JdbcClient jdbc;
    private final Clock clock;

    TotpFactor(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user's base32 secret, if they have enrolled. */
    public Optional<String> secret(String username) {
        return jdbc.sql("select totp_secret from app_user where username = ? and totp_secret is not null")
                .param(username).query(String.class).optional();
    }

    public boolean enrolled(String username) {
        return secret(username).isPresent();
    }

    /**
     * Enrols a user who has no secret yet with {@code base32Secret}, if {@code code} is a current code for it
     * (so the user has shown their authenticator holds it). The confirming code's step counts as used. An
     * enrolled user's secret is never replaced here.
     */
    public boolean enrol(String username, String base32Secret, String code) {
        OptionalLong step = Totp.matchingStep(Base32.decode(base32Secret), code, clock.instant());
        if (step.isEmpty()) {
            return false;
        }
        return jdbc.sql("update app_user set totp_secret = ?, totp_last_step = ? where username = ? and totp_secret is null")
                .params(base32Secret, step.getAsLong(), username).update() == 1;
    }

    /** Sets a secret without a confirming code: for fixed demo secrets only. */
    public void assign(String username, String base32Secret) {
        jdbc.sql("update app_user set totp_secret = ?, totp_last_step = null where username = ?")
                .params(base32Secret, username).update();
    }

    /** True if {@code code} is current for the user's secret and its time step is later than any accepted. */
    public boolean verify(String username, String code) {
        Optional<String> secret = secret(username);
        if (secret.isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(Base32.decode(secret.get()), code, clock.instant());
        if (step.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                        update app_user set totp_last_step = ?
                         where username = ? and (totp_last_step is null or totp_last_step < ?)""")
                .params(step.getAsLong(), username, step.getAsLong()).update() == 1;
    }
}
