package org.mappahub.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** The people who sign in: their accounts, roles and password hashes. */
@Service
public class Users implements UserDetailsService, UserDetailsPasswordService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Users(JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    public record Account(String username, String displayName, Role role, boolean enabled) {
    }

    /**
     * Creates an account outside any agency (the password is hashed here, never stored as given). It sees no
     * case until it is placed in an agency.
     */
    public void create(String username, String displayName, Role role, String rawPassword) {
        create(username, displayName, role, null, rawPassword);
    }

    /** Creates an account in an agency; the role must be one the agency's kind may hold. */
    public void create(String username, String displayName, Role role, Long agencyId, String rawPassword) {
        jdbc.sql("insert into app_user (username, display_name, password_hash, role, agency_id) values (?, ?, ?, ?, ?)")
                .params(username, displayName, passwords.encode(rawPassword), role.name(), agencyId).update();
    }

    /** The user as the access policy sees them; empty for an unknown or disabled account. */
    public Optional<Viewer> viewer(String username) {
        return jdbc.sql("""
                        select u.username, u.display_name, u.role, a.id, a.name, a.type, a.area_code
                          from app_user u left join agency a on a.id = u.agency_id
                         where u.username = ? and u.enabled""")
                .param(username)
                .query((rs, n) -> new Viewer(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4), rs.getString(5),
                        rs.getString(6) == null ? null : AgencyType.valueOf(rs.getString(6)), rs.getString(7)))
                .optional();
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("select username, display_name, role, enabled from app_user where username = ?")
                .param(username)
                .query((rs, n) -> new Account(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getBoolean(4)))
                .optional();
    }

    /**
     * An account as the administration pages show it: its role, its agency and area (null until placed),
     * whether it may sign in, whether it is locked out now, and the version an edit must name.
     */
    public record AccountDetails(String username, String displayName, Role role, Long agencyId, String agencyName,
                                 AgencyType agencyType, String area, boolean enabled, boolean locked,
                                 boolean secondFactorEnrolled, int version) {
    }

    private static final String DETAILS = """
            select u.username, u.display_name, u.role, a.id, a.name, a.type, a.area_code, u.enabled,
                   coalesce(u.locked_until > :now, false), u.totp_secret is not null, u.version
              from app_user u left join agency a on a.id = u.agency_id""";

    /** Every account, by username. */
    public List<AccountDetails> list() {
        return jdbc.sql(DETAILS + " order by u.username")
                .param("now", Timestamp.from(clock.instant()))
                .query(Users::details).list();
    }

    public Optional<AccountDetails> details(String username) {
        return jdbc.sql(DETAILS + " where u.username = :username")
                .param("now", Timestamp.from(clock.instant())).param("username", username)
                .query(Users::details).optional();
    }

    private static AccountDetails details(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AccountDetails(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)),
                (Long) rs.getObject(4), rs.getString(5), rs.getString(6) == null ? null : AgencyType.valueOf(rs.getString(6)),
                rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), rs.getBoolean(10), rs.getInt(11));
    }

    /**
     * Changes an account's name, role, agency and whether it may sign in, if it is still at
     * {@code expectedVersion}; returns false, changing nothing, when someone changed it since (or it is gone).
     */
    public boolean update(String username, int expectedVersion, String displayName, Role role, Long agencyId,
                          boolean enabled) {
        return jdbc.sql("""
                        update app_user set display_name = ?, role = ?, agency_id = ?, enabled = ?, version = version + 1
                         where username = ? and version = ?""")
                .params(displayName, role.name(), agencyId, enabled, username, expectedVersion).update() == 1;
    }

    /** Ends a lockout after failed sign-ins: the count starts again from nothing. */
    public boolean unlock(String username) {
        return jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ?")
                .param(username).update() == 1;
    }

    /** Forgets the user's TOTP secret: they enrol a new authenticator at their next sign-in. */
    public boolean resetSecondFactor(String username) {
        return jdbc.sql("update app_user set totp_secret = null, totp_last_step = null where username = ?")
                .param(username).update() == 1;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        select username, password_hash, role, enabled,
                               coalesce(locked_until > ?, false) as locked
                          from app_user where username = ?""")
                .params(now, username)
                .query((rs, n) -> User.withUsername(rs.getString(1))
                        .password(rs.getString(2))
                        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + rs.getString(3))))
                        .disabled(!rs.getBoolean(4))
                        // Locked after repeated failures (SignInLockout): refused before the password is checked.
                        .accountLocked(rs.getBoolean(5))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** Re-hashes a password stored with an older scheme (e.g. bcrypt) as Argon2 at the next sign-in. */
    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(newPassword, user.getUsername()).update();
        return User.withUserDetails(user).password(newPassword).build();
    }
}
