package org.mappahub.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import org.mappahub.access.ApiTokens;

/**
 * Writes the creation and revocation of personal API tokens to the audit trail: who, which token (its id and
 * name) and, for a new token, when it expires — never the token or its hash. Synchronous, so the entry is
 * written in the token's own transaction: no token exists without its entry.
 */
@Component
class ApiTokenAudit {

    private final AuditTrail trail;

    ApiTokenAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void created(ApiTokens.Created event) {
        trail.record(new AuditEvent(AuditAction.API_TOKEN_CREATED, "api-token:" + event.tokenId(),
                AuditEvent.details("name", event.name(), "expiresAt", event.expiresAt().toString()), null,
                event.username()));
    }

    @EventListener
    void revoked(ApiTokens.Revoked event) {
        trail.record(new AuditEvent(AuditAction.API_TOKEN_REVOKED, "api-token:" + event.tokenId(),
                AuditEvent.details("name", event.name()), null, event.username()));
    }
}
