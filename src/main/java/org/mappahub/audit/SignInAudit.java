package org.mappahub.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Writes every sign-in attempt to the audit trail, from Spring Security's authentication events: the user name
 * tried and, for a failure, the kind of failure — never the password or any other credential.
 */
@Component
class SignInAudit {

    private final AuditTrail trail;

    SignInAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication auth = event.getAuthentication();
        trail.record(new AuditEvent(AuditAction.SIGN_IN, null,
                AuditEvent.details("method", auth.getClass().getSimpleName()), null, userName(auth)));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        trail.record(new AuditEvent(AuditAction.SIGN_IN_FAILED, null,
                AuditEvent.details("failure", event.getException().getClass().getSimpleName()), null,
                userName(event.getAuthentication())));
    }

    private static String userName(Authentication auth) {
        String name = auth == null ? null : auth.getName();
        return name == null || name.isBlank() ? "(no user name)" : name.length() > 200 ? name.substring(0, 200) : name;
    }
}
