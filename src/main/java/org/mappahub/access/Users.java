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
