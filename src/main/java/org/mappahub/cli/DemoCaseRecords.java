package org.mappahub.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import org.mappahub.access.Role;
import org.mappahub.nominal.NominalRecord;
import org.mappahub.nominal.Nominals;
import org.mappahub.notification.NotificationKind;
import org.mappahub.notification.NotificationRequirements;
import org.mappahub.rules.Disposal;

/**
 * The records the MCIF/1 format has no place for, added to the demo area the way a practitioner would add them:
 * through the services, signed in as the demo practitioner, so that every one is checked by the rules and audited.
 * The choices are deterministic (from the ref), so every demo installation looks the same; and spread so that the
 * record pages show something coming up, something overdue and something settled.
 */
class DemoCaseRecords {

    /** Enough people to make the pages worth looking at, few enough to keep the first start quick. */
    static final int PEOPLE = 250;

    private final ApplicationContext context;
    private final LocalDate today;

    DemoCaseRecords(ApplicationContext context) {
        this.context = context;
        this.today = LocalDate.now(context.getBean(Clock.class));
    }

    /** Adds them; returns how many people got records. Call as the operator: the writing is done as the practitioner. */
    int add(List<String> refs) {
        List<NominalRecord> people = new ArrayList<>();
        Nominals nominals = context.getBean(Nominals.class);
        for (int i = 0; i < refs.size() && people.size() < PEOPLE; i += 500) {
            nominals.findAllByRef(refs.subList(i, Math.min(refs.size(), i + 500))).values().stream()
                    .map(s -> s.record())
                    .filter(this::registered)
                    .sorted(Comparator.comparing(NominalRecord::ref))
                    .limit(PEOPLE - people.size())
                    .forEach(people::add);
        }
        ProgressLine progress = new ProgressLine(System.err, "people");
        int done = 0;
        for (NominalRecord person : people) {
            as("practitioner", Role.PRACTITIONER, () -> notification(person));
            progress.update(++done, (double) done / people.size());
        }
        progress.finish(done);
        return done;
    }

    /** In category 1 today, with the sexual conviction that put them there. */
    private boolean registered(NominalRecord r) {
        return r.categories().stream().anyMatch(c -> c.category() == 1 && c.covers(today)) && conviction(r).isPresent();
    }

    private static Optional<NominalRecord.Conviction> conviction(NominalRecord r) {
        return r.convictions().stream().filter(c -> c.offenceKind() == NominalRecord.OffenceKind.SEXUAL)
                .max(Comparator.comparing(NominalRecord.Conviction::date));
    }

    /**
     * The requirement from the conviction, the initial notification and the latest yearly one: a person's latest
     * notification falls between 14 months and a week ago, so that about one in seven is overdue and others due soon.
     */
    private Void notification(NominalRecord person) {
        NotificationRequirements requirements = context.getBean(NotificationRequirements.class);
        NominalRecord.Conviction c = conviction(person).orElseThrow();
        try {
            requirements.recordRequirement(person.ref(), Disposal.valueOf(c.disposal().name()), c.lengthMonths(),
                    c.date(), null);
        } catch (RuntimeException refused) {
            return null; // a conviction the rules give no period for (the generator is not the law): no requirement
        }
        requirements.recordNotification(person.ref(), NotificationKind.INITIAL, c.date().plusDays(2), null);
        int spread = Math.floorMod(person.ref().hashCode() * 0x9E3779B1, 420) + 7; // refs are sequential: scatter them
        LocalDate latest = today.minusDays(spread);
        if (latest.isAfter(c.date().plusDays(2))) {
            requirements.recordNotification(person.ref(), NotificationKind.PERIODIC, latest, null);
        }
        return null;
    }

    private static <T> T as(String user, Role role, Supplier<T> work) {
        var signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
