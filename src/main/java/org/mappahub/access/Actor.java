package org.mappahub.access;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who did something, as recorded against changes (and, with the access issue, the audit trail):
 * a signed-in user by user name, or the installation's operator running a command.
 */
public final class Actor {

    private Actor() {
    }

    /** The installation's operator: the operating-system user and the command they ran. */
    public static String operator(String command) {
        return "operator:" + System.getProperty("user.name", "unknown") + " (" + command + ")";
    }

    /** The signed-in user of the current request. */
    public static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new IllegalStateException("No signed-in user");
        }
        return auth.getName();
    }
}
