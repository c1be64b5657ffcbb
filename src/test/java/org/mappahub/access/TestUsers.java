package org.mappahub.access;

import java.util.function.Supplier;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Test users placed in agencies, for tests that read cases as someone: a Responsible Authority role goes into
 * "<AREA> test police", a DTC representative into "<AREA> test children's services" (or the agency named),
 * anyone else into the police. Creating a user that exists already leaves it as it is.
 */
public final class TestUsers {

    public static final String PASSWORD = "test password 2026";

    private final Users users;
    private final Agencies agencies;

    public TestUsers(Users users, Agencies agencies) {
        this.users = users;
        this.agencies = agencies;
    }

    /** The user, in a fitting test agency of the area; returns the agency's id. */
    public long place(String username, Role role, String area) {
        AgencyType type = role == Role.DTC_REPRESENTATIVE ? AgencyType.CHILDRENS_SERVICES : AgencyType.POLICE;
        return place(username, role, area, type);
    }

    public long place(String username, Role role, String area, AgencyType type) {
        long agency = agency(area, type);
        if (users.find(username).isEmpty()) {
            users.create(username, "Test " + username, role, agency, PASSWORD);
        }
        return agency;
    }

    /** The test agency of this type in the area. */
    public long agency(String area, AgencyType type) {
        return agencies.create(area, area + " test " + type.title().toLowerCase(), type);
    }

    /** Runs fixture code as the installation's operator, even inside a test that has signed a user in. */
    public static <T> T asOperator(Supplier<T> work) {
        SecurityContext signedIn = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try (var operator = org.mappahub.database.RowScope.asOperator("operator:test fixture")) {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(signedIn);
        }
    }

    public static void asOperator(Runnable work) {
        asOperator(() -> {
            work.run();
            return null;
        });
    }

    /** Runs service code as a signed-in user of the role, as a page or the API would call it. */
    public static <T> T signedIn(String username, Role role, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(username, null, java.util.List.of(
                        new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
