package org.mappahub.database;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Whose rows a database transaction may see. PostgreSQL's row-level security (V5) reads it from two
 * transaction-local settings that {@link ScopedTransactionManager} sets at the start of every transaction:
 * {@code mappa.user}, the signed-in user of the current request, or {@code mappa.operator}, for the
 * installation's operator running a command. A transaction with neither sees no case.
 */
public final class RowScope {

    private static final ThreadLocal<String> OPERATOR = new ThreadLocal<>();

    private RowScope() {
    }

    /**
     * Runs the rest of this thread's work, until the returned scope is closed, as the installation's
     * operator (commands, the demo installation at start-up). A signed-in user on the same thread wins.
     */
    public static Operator asOperator(String actor) {
        String previous = OPERATOR.get();
        OPERATOR.set(actor);
        return () -> {
            if (previous == null) {
                OPERATOR.remove();
            } else {
                OPERATOR.set(previous);
            }
        };
    }

    private static final ThreadLocal<Boolean> AGGREGATE = new ThreadLocal<>();

    /**
     * Runs the rest of this thread's work, until the returned scope is closed, as the operator <em>even for a signed-in
     * user</em>: only for computing aggregate figures (the annual statistics), which count every record of an area
     * whoever asks — a board member may see the figures but no record, and row-level security would otherwise leave
     * the figures short. The caller has already decided that the user may see those figures, audits it, and lets
     * no row out, only counts.
     */
    public static Operator forAggregateFigures() {
        Boolean previous = AGGREGATE.get();
        AGGREGATE.set(Boolean.TRUE);
        return () -> {
            if (previous == null) {
                AGGREGATE.remove();
            } else {
                AGGREGATE.set(previous);
            }
        };
    }

    static boolean aggregate() {
        return AGGREGATE.get() != null;
    }

    /** The signed-in user whose rows this thread's transactions see, if any. */
    static String user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getName()) ? auth.getName() : null;
    }

    static boolean operator() {
        return OPERATOR.get() != null;
    }

    /** The operator this thread works as ({@code operator:<os user> (<command>)}), if any: who an audit entry names. */
    public static java.util.Optional<String> operatorActor() {
        return java.util.Optional.ofNullable(OPERATOR.get());
    }

    /** An operator scope: closing it restores the thread's previous scope. */
    @FunctionalInterface
    public interface Operator extends AutoCloseable {
        @Override
        void close();
    }
}
