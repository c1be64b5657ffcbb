package org.mappahub.audit;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes a signed-in user's refused requests (403) to the audit trail: Spring Security publishes its
 * authorisation denials as events once an {@link AuthorizationEventPublisher} bean exists. A request from
 * someone not signed in is not recorded (it is sent to sign in; the sign-in itself is audited).
 */
@Configuration
class AccessRefusalAudit {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final AuditTrail trail;

    AccessRefusalAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Bean
    static AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication auth = event.getAuthentication().get();
        if (auth == null || !auth.isAuthenticated() || TRUST.isAnonymous(auth)) {
            return;
        }
        HttpServletRequest request = event.getObject() instanceof HttpServletRequest r ? r
                : RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest()
                : null;
        String subject = request == null ? String.valueOf(event.getObject())
                : request.getMethod() + " " + request.getRequestURI();
        trail.record(new AuditEvent(AuditAction.ACCESS_REFUSED, subject, null, null, auth.getName()));
    }
}
