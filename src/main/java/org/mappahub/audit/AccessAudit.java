package org.mappahub.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import org.mappahub.access.AccessEvent;

/**
 * Writes what the access model does to the audit trail: grants and sharings in the transaction that makes
 * them (no grant without its entry), refusals in a transaction of their own (the refused work rolls back; the
 * record that it was tried must not).
 */
@Component
class AccessAudit {

    private final AuditTrail trail;

    AccessAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener(condition = "#event.kind().name() != 'ACCESS_REFUSED'")
    void changed(AccessEvent event) {
        trail.record(entry(event));
    }

    @EventListener(condition = "#event.kind().name() == 'ACCESS_REFUSED'")
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(AccessEvent event) {
        trail.record(entry(event));
    }

    private static AuditEvent entry(AccessEvent event) {
        return new AuditEvent(AuditAction.valueOf(event.kind().name()), event.subject(), event.details(),
                event.reason(), event.actor());
    }
}
