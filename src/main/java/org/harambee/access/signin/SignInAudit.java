package org.harambee.access.signin;

import org.harambee.access.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-ins on the page and failed sign-ins anywhere go to the audit trail. A successful HTTP Basic or token request is
 * not a sign-in and is not recorded line by line (tokens keep their last use).
 */
@Component
class SignInAudit {

    private final AuditTrail audit;

    SignInAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        audit.recordAs(event.getAuthentication().getName(), "LOGIN", "account", null, null, null, null);
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        audit.recordAs(
                String.valueOf(event.getAuthentication().getName()), "LOGIN_FAILED", "account", null, null, null, null);
    }
}
