package org.mappahub.access;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a system administrator changes: agencies and accounts. Each change is checked whole before anything is
 * written ({@link Refused} names every problem, field by field, and changes nothing), and is audited in its own
 * transaction through an {@link AccessEvent} with what it was before and after — never a password or its hash.
 * An account edit names the version it was made from; a stale one is refused, never silently lost.
 */
@Service
public class Administration {

    /** The app_user check constraint, checked here first so that the form can say so. */
    public static final Pattern USERNAME = Pattern.compile("^[a-z0-9._-]{2,64}$");
    public static final int SHORTEST_PASSWORD = 12;
    static final int LONGEST_PASSWORD = 256;
    static final int LONGEST_NAME = 200;

    private final Users users;
    private final Agencies agencies;
    private final ApplicationEventPublisher events;

    Administration(Users users, Agencies agencies, ApplicationEventPublisher events) {
        this.users = users;
        this.agencies = agencies;
        this.events = events;
    }

    /** A change refused: one message per form field, in the order checked. */
    public static class Refused extends RuntimeException {
        private final Map<String, String> problems;

        Refused(Map<String, String> problems) {
            super(String.join("; ", problems.values()));
            this.problems = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(problems));
        }

        public Map<String, String> problems() {
            return problems;
        }
    }

    /** Someone changed the account since the administrator loaded it: nothing was written. */
    public static class StaleAccount extends Refused {
        StaleAccount(String message) {
            super(Map.of("version", message));
        }
    }

    /** Adds an agency to an area; returns its id. A second agency of the same name in the area is refused. */
    @Transactional
    public long addAgency(String area, String name, AgencyType type) {
        Map<String, String> problems = new LinkedHashMap<>();
        String cleanName = name == null ? "" : name.strip();
        boolean knownArea = area != null && agencies.areas().stream().anyMatch(a -> a.code().equals(area));
        if (!knownArea) {
            problems.put("area", "Select the area the agency works in");
        }
        if (cleanName.isEmpty()) {
            problems.put("name", "Enter the agency's name");
        } else if (cleanName.length() > LONGEST_NAME) {
            problems.put("name", "The agency's name must be " + LONGEST_NAME + " characters or fewer");
        }
        if (type == null) {
            problems.put("type", "Select the type of agency");
        }
        refuseIfAny(problems);
        long id = agencies.add(area, cleanName, type).orElseThrow(() -> new Refused(Map.of("name",
                "There is already an agency called " + cleanName + " in this area")));
        events.publishEvent(new AccessEvent(AccessEvent.Kind.AGENCY_CREATED, String.valueOf(id),
                Map.of("after", Map.of("area", area, "name", cleanName, "type", type.name(), "kind", type.kind().name())),
                null, null));
        return id;
    }

    /** Creates an account in an agency, with an initial password (hashed by {@link Users}, never audited). */
    @Transactional
    public void addAccount(String username, String displayName, Role role, Long agencyId, String password) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            problems.put("username", "Enter a username");
        } else if (!USERNAME.matcher(name).matches()) {
            problems.put("username", "The username must be 2 to 64 characters: lower-case letters, digits, full stops, "
                    + "hyphens and underscores only");
        } else if (users.find(name).isPresent()) {
            problems.put("username", "There is already an account called " + name);
        }
        String display = checkDisplayName(displayName, problems);
        Agencies.Agency agency = checkRoleAndAgency(role, agencyId, problems);
        if (password == null || password.length() < SHORTEST_PASSWORD) {
            problems.put("password", "The initial password must be at least " + SHORTEST_PASSWORD + " characters");
        } else if (password.length() > LONGEST_PASSWORD) {
            problems.put("password", "The initial password must be " + LONGEST_PASSWORD + " characters or fewer");
        }
        refuseIfAny(problems);
        users.create(name, display, role, agency.id(), password);
        events.publishEvent(new AccessEvent(AccessEvent.Kind.ACCOUNT_CREATED, name,
                Map.of("after", state(display, role, agency, true)), null, null));
    }

    /**
     * Changes an account's display name, role, agency and whether it may sign in, as loaded at
     * {@code version}. An administrator cannot disable their own account or give up their own role.
     */
    @Transactional
    public void changeAccount(String username, int version, String displayName, Role role, Long agencyId,
                              boolean enabled, String actor) {
        Users.AccountDetails before = users.details(username)
                .orElseThrow(() -> new Refused(Map.of("username", "There is no account " + username)));
        if (before.version() != version) {
            throw new StaleAccount(stale());
        }
        Map<String, String> problems = new LinkedHashMap<>();
        String display = checkDisplayName(displayName, problems);
        Agencies.Agency agency = checkRoleAndAgency(role, agencyId, problems);
        if (username.equals(actor) && role != null && role != before.role()) {
            problems.put("role", "You cannot change your own role: ask another administrator");
        }
        if (username.equals(actor) && !enabled) {
            problems.put("enabled", "You cannot disable your own account: ask another administrator");
        }
        refuseIfAny(problems);
        if (!users.update(username, version, display, role, agency.id(), enabled)) {
            throw new StaleAccount(stale());
        }
        Map<String, Object> was = new LinkedHashMap<>();
        was.put("displayName", before.displayName());
        was.put("role", before.role().name());
        was.put("agencyId", before.agencyId());
        was.put("agency", before.agencyName());
        was.put("area", before.area());
        was.put("enabled", before.enabled());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", was);
        details.put("after", state(display, role, agency, enabled));
        events.publishEvent(new AccessEvent(AccessEvent.Kind.ACCOUNT_CHANGED, username, details, null, null));
    }

    /** Ends a lockout after failed sign-ins. */
    @Transactional
    public void unlock(String username) {
        Users.AccountDetails before = exists(username);
        users.unlock(username);
        events.publishEvent(new AccessEvent(AccessEvent.Kind.ACCOUNT_CHANGED, username,
                Map.of("change", "unlocked", "before", Map.of("locked", before.locked()), "after", Map.of("locked", false)),
                null, null));
    }

    /** Forgets the account's second factor: the user enrols again at their next sign-in. */
    @Transactional
    public void resetSecondFactor(String username) {
        Users.AccountDetails before = exists(username);
        users.resetSecondFactor(username);
        events.publishEvent(new AccessEvent(AccessEvent.Kind.ACCOUNT_CHANGED, username,
                Map.of("change", "second factor reset", "before", Map.of("enrolled", before.secondFactorEnrolled()),
                        "after", Map.of("enrolled", false)),
                null, null));
    }

    private Users.AccountDetails exists(String username) {
        return users.details(username).orElseThrow(() -> new Refused(Map.of("username", "There is no account " + username)));
    }

    private static String stale() {
        return "Someone else changed this account while you were editing it. Your changes have not been saved: "
                + "check the account as it is now and make them again.";
    }

    private static String checkDisplayName(String displayName, Map<String, String> problems) {
        String display = displayName == null ? "" : displayName.strip();
        if (display.isEmpty()) {
            problems.put("displayName", "Enter the user's name");
        } else if (display.length() > LONGEST_NAME) {
            problems.put("displayName", "The name must be " + LONGEST_NAME + " characters or fewer");
        }
        return display;
    }

    private Agencies.Agency checkRoleAndAgency(Role role, Long agencyId, Map<String, String> problems) {
        if (role == null) {
            problems.put("role", "Select the user's role");
        }
        Agencies.Agency agency = agencyId == null ? null : agencies.find(agencyId).orElse(null);
        if (agency == null) {
            problems.put("agency", "Select the user's agency");
        } else if (role != null && !role.allowedIn(agency.kind())) {
            problems.put("role", refusal(role, agency));
        }
        return agency;
    }

    /** Why an agency of this kind may not employ someone in this role. */
    static String refusal(Role role, Agencies.Agency agency) {
        if (role == Role.DTC_REPRESENTATIVE) {
            return "A " + role.title() + " belongs to a duty-to-co-operate or voluntary agency: " + agency.name()
                    + " is a " + agency.kind().title() + " agency";
        }
        return "A " + role.title().toLowerCase() + " reads cases, so belongs to a Responsible Authority agency "
                + "(police, probation or prison): " + agency.name() + " is " + agency.kind().title().toLowerCase()
                + " (" + agency.type().title().toLowerCase() + ")";
    }

    private static Map<String, Object> state(String displayName, Role role, Agencies.Agency agency, boolean enabled) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("displayName", displayName);
        state.put("role", role.name());
        state.put("agencyId", agency.id());
        state.put("agency", agency.name());
        state.put("area", agency.area());
        state.put("enabled", enabled);
        return state;
    }

    private static void refuseIfAny(Map<String, String> problems) {
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }
}
