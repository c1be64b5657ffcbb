package org.mappahub.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over the entry's fields in a fixed order, each written as its length in UTF-8 bytes,
 * a colon and the bytes (a null field as {@code -}), so no two different entries share a serialisation.
 */
final class ChainHash {

    static final String GENESIS = "0".repeat(64);

    private ChainHash() {
    }

    static String of(long id, Instant at, String actor, String action, String subject, String details,
                     String reason, String prevHash) {
        StringBuilder canonical = new StringBuilder("mappa-audit/1|");
        for (String field : new String[]{Long.toString(id), at.toString(), actor, action, subject, details, reason,
                prevHash}) {
            if (field == null) {
                canonical.append("-|");
            } else {
                canonical.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field).append('|');
            }
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
