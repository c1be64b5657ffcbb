package org.mappahub.audit;

import java.time.Instant;

/** The end of the chain: the last entry's id and hash (id 0 and the genesis hash when the trail is empty). */
public record AuditHead(long id, String hash, Instant at) {

    /** As {@code ./mappa audit head} prints it. */
    public String toJson() {
        return "{\"id\":" + id + ",\"hash\":\"" + hash + "\",\"at\":" + (at == null ? "null" : "\"" + at + "\"") + "}";
    }
}
