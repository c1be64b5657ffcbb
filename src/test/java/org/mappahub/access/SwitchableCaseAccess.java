package org.mappahub.access;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * For benchmarks only: the access policy with a switch. Off, every record is allowed whole without asking the
 * database (row-level security still applies underneath). The application has no such switch.
 */
public class SwitchableCaseAccess extends CaseAccess {

    public static volatile boolean policyOn = true;

    public SwitchableCaseAccess(JdbcClient jdbc, Users users, Clock clock, ApplicationEventPublisher events,
                                PlatformTransactionManager transactions) {
        super(jdbc, users, clock, events, transactions);
    }

    @Override
    public Map<String, Access> decideAll(java.util.Collection<String> refs) {
        if (policyOn) {
            return super.decideAll(refs);
        }
        Map<String, Access> all = new LinkedHashMap<>();
        refs.forEach(ref -> all.put(ref, new Access(Access.Outcome.ALLOWED, EnumSet.allOf(RecordPart.class), true, true,
                false, null, null, null)));
        return all;
    }
}
