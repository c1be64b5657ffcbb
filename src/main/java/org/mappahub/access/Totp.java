package org.mappahub.access;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 (HOTP, RFC 4226, over 30-second time steps). Pure computation:
 * remembering the last accepted step, so that a code cannot be replayed, is {@link TotpFactor}'s job.
 */
public final class Totp {

    /** RFC 6238 §4.1: X, the time step. 30 s is the RFC's and every authenticator app's default. */
    public static final int STEP_SECONDS = 30;
    /** Digits in a code; authenticator apps show 6. */
    public static final int DIGITS = 6;
    /** Steps either side of now that are accepted, for clock drift and typing time (RFC 6238 §5.2: one step). */
    public static final int WINDOW = 1;
    /** Secret length: 160 bits, the HMAC-SHA1 output length RFC 4226 §4 recommends. */
    public static final int SECRET_BYTES = 20;
    public static final String ISSUER = "MAPPA Hub";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    public enum Algorithm {
        SHA1("HmacSHA1"), SHA256("HmacSHA256"), SHA512("HmacSHA512");

        final String mac;

        Algorithm(String mac) {
            this.mac = mac;
        }
    }

    private Totp() {
    }

    /** The RFC 6238 time step that contains an instant (T0 = the Unix epoch). */
    public static long timeStep(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for one time step, with the default algorithm (HMAC-SHA1) and 6 digits. */
    public static String code(byte[] secret, long timeStep) {
        return code(secret, timeStep, Algorithm.SHA1, DIGITS);
    }

    /** RFC 4226 §5.3 HOTP over the time step: dynamic truncation, then the low {@code digits} decimal digits. */
    public static String code(byte[] secret, long timeStep, Algorithm algorithm, int digits) {
        if (digits < 1 || digits > 8) {
            throw new IllegalArgumentException("digits must be 1 to 8");
        }
        byte[] hash;
        try {
            Mac mac = Mac.getInstance(algorithm.mac);
            mac.init(new SecretKeySpec(secret, "RAW"));
            byte[] counter = new byte[8];
            for (int i = 7; i >= 0; i--) {
                counter[i] = (byte) (timeStep & 0xff);
                timeStep >>>= 8;
            }
            hash = mac.doFinal(counter);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        String code = Integer.toString(binary % POWERS[digits]);
        return "0".repeat(digits - code.length()) + code;
    }

    /**
     * The time step, within {@link #WINDOW} steps of {@code now}, whose code is {@code code}; empty if none.
     * Every candidate is computed and compared in constant time, so timing reveals nothing about the code.
     * Prefers the latest matching step.
     */
    public static OptionalLong matchingStep(byte[] secret, String code, Instant now) {
        if (code == null) {
            return OptionalLong.empty();
        }
        byte[] given = code.strip().replace(" ", "").getBytes(StandardCharsets.US_ASCII);
        long current = timeStep(now);
        long found = Long.MIN_VALUE;
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            byte[] expected = code(secret, step).getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(expected, given)) {
                found = step;
            }
        }
        return found == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** A new random secret, base32-encoded as authenticator apps expect. */
    public static String newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return Base32.encode(secret);
    }

    /** The Key URI an authenticator app reads (usually from a QR code): {@code otpauth://totp/ISSUER:USER?...}. */
    public static String uri(String username, String base32Secret) {
        String issuer = encode(ISSUER);
        return "otpauth://totp/" + issuer + ":" + encode(username) + "?secret=" + base32Secret + "&issuer=" + issuer;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
