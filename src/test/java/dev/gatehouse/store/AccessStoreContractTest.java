package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.rbac.Access;
import dev.gatehouse.rbac.AccessStore;
import dev.gatehouse.rbac.Role;
import dev.gatehouse.session.Session;
import dev.gatehouse.store.jdbi.JdbiAccessStore;
import dev.gatehouse.store.jdbi.JdbiRoleStore;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JdbiAccessStore on SQLite and PostgreSQL: the one query behind every permission check answers from
 * the current state of the session, the user and the user's roles, never from what the token says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);
    private static final Duration LIFETIME = Duration.ofHours(1);
    private static final Instant NOW = T0.plusSeconds(1);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    private static String unique() {
        return SecureTokens.random(9).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x");
    }

    private static User newUser(StoreFixture f, String... roles) {
        return f.user("a" + unique(), List.of(roles));
    }

    /** A live session of {@code user} from T0 to T0 + 1 h. */
    private static String session(StoreFixture f, User user) {
        Session s = new Session(SecureTokens.random(16), user.id(), "gatehouse", List.of("openid"), T0, T0,
                T0.plus(LIFETIME), null, "agent/1.0", "192.0.2.7");
        f.sessions.insert(s, SecureTokens.hash(SecureTokens.random(32)));
        return s.id();
    }

    /** A new role carrying {@code permissions}. */
    private static String role(StoreFixture f, String... permissions) {
        String name = "r" + unique();
        new JdbiRoleStore(f.jdbi).insert(new Role(name, null, false, List.of(permissions), T0));
        return name;
    }

    private static AccessStore store(StoreFixture f) {
        return new JdbiAccessStore(f.jdbi);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void permissionOfAnyCurrentRoleThenGrantedAndOtherwiseDenied(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String reader = role(f, "notes:read");
        String writer = role(f, "notes:write", "files:write");
        User u = newUser(f, Role.USER, reader, writer);
        String sid = session(f, u);
        AccessStore access = store(f);
        assertThat(access.check(u.id(), sid, "notes:read", NOW)).isEqualTo(Access.GRANTED);
        assertThat(access.check(u.id(), sid, "files:write", NOW)).as("from the second role").isEqualTo(Access.GRANTED);
        assertThat(access.check(u.id(), sid, "files:read", NOW)).isEqualTo(Access.DENIED);
        assertThat(access.check(u.id(), sid, "notes", NOW)).as("no prefix match").isEqualTo(Access.DENIED);
        assertThat(access.check(u.id(), sid, "notes:read:all", NOW)).isEqualTo(Access.DENIED);
        assertThat(access.check(u.id(), sid, "NOTES:READ", NOW)).as("permissions are exact strings").isEqualTo(Access.DENIED);
        assertThat(access.check(u.id(), sid, "admin:roles:read", NOW)).isEqualTo(Access.DENIED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void adminRoleGrantsItsPermissionsAndUserRoleNone(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User admin = newUser(f, Role.USER, Role.ADMIN);
        User plain = newUser(f, Role.USER);
        String adminSession = session(f, admin);
        String plainSession = session(f, plain);
        AccessStore access = store(f);
        assertThat(access.check(admin.id(), adminSession, "admin:users:write", NOW)).isEqualTo(Access.GRANTED);
        assertThat(access.check(plain.id(), plainSession, "admin:users:write", NOW)).isEqualTo(Access.DENIED);
        User noRoles = newUser(f);
        assertThat(access.check(noRoles.id(), session(f, noRoles), "admin:users:read", NOW)).isEqualTo(Access.DENIED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void unknownSessionOrAnotherUsersSessionThenNoSession(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User a = newUser(f, Role.ADMIN);
        User b = newUser(f, Role.ADMIN);
        String bSession = session(f, b);
        AccessStore access = store(f);
        assertThat(access.check(a.id(), "no-such-session", "admin:users:read", NOW)).isEqualTo(Access.NO_SESSION);
        assertThat(access.check(a.id(), bSession, "admin:users:read", NOW)).as("b's session, a's id").isEqualTo(Access.NO_SESSION);
        assertThat(access.check("no-such-user", bSession, "admin:users:read", NOW)).isEqualTo(Access.NO_SESSION);
        assertThat(access.check(b.id(), bSession, "admin:users:read", NOW)).isEqualTo(Access.GRANTED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sessionExpiredThenNoSessionFromItsLastMillisecond(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = newUser(f, Role.ADMIN);
        String sid = session(f, u);
        AccessStore access = store(f);
        Instant expiry = T0.plus(LIFETIME);
        assertThat(access.check(u.id(), sid, "admin:users:read", expiry.minusMillis(1))).isEqualTo(Access.GRANTED);
        assertThat(access.check(u.id(), sid, "admin:users:read", expiry)).isEqualTo(Access.NO_SESSION);
        assertThat(access.check(u.id(), sid, "notes:none", expiry)).as("not DENIED: the session is the problem")
                .isEqualTo(Access.NO_SESSION);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sessionRevokedThenNoSessionWhileTheUsersOtherSessionStillWorks(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = newUser(f, Role.ADMIN);
        String revoked = session(f, u);
        String other = session(f, u);
        assertThat(f.sessions.revoke(revoked, NOW)).isTrue();
        AccessStore access = store(f);
        assertThat(access.check(u.id(), revoked, "admin:users:read", NOW.plusMillis(1))).isEqualTo(Access.NO_SESSION);
        assertThat(access.check(u.id(), other, "admin:users:read", NOW.plusMillis(1))).isEqualTo(Access.GRANTED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void userDisabledThenNoSessionAndEnabledAgainThenGranted(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = newUser(f, Role.ADMIN);
        String sid = session(f, u);
        AccessStore access = store(f);
        setDisabled(f, u, true);
        assertThat(access.check(u.id(), sid, "admin:users:read", NOW)).isEqualTo(Access.NO_SESSION);
        setDisabled(f, u, false);
        assertThat(access.check(u.id(), sid, "admin:users:read", NOW)).isEqualTo(Access.GRANTED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void userDeletedThenNoSession(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        User u = newUser(f, Role.ADMIN);
        String sid = session(f, u);
        f.jdbi.useHandle(h -> h.createUpdate("DELETE FROM users WHERE id = :id").bind("id", u.id()).execute());
        assertThat(store(f).check(u.id(), sid, "admin:users:read", NOW)).isEqualTo(Access.NO_SESSION);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void roleChangesShowAtTheNextCheckWithinTheSameSession(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        JdbiRoleStore roles = new JdbiRoleStore(f.jdbi);
        String editor = role(f, "notes:write");
        User u = newUser(f, Role.USER, editor);
        String sid = session(f, u);
        AccessStore access = store(f);
        assertThat(access.check(u.id(), sid, "notes:write", NOW)).isEqualTo(Access.GRANTED);

        assertThat(roles.update(editor, false, null, Set.of("notes:read"))).isTrue();
        assertThat(access.check(u.id(), sid, "notes:write", NOW)).as("permission taken from the role").isEqualTo(Access.DENIED);
        assertThat(access.check(u.id(), sid, "notes:read", NOW)).as("permission added to the role").isEqualTo(Access.GRANTED);

        f.jdbi.useHandle(h -> h.createUpdate("DELETE FROM user_roles WHERE user_id = :u AND role_name = :r")
                .bind("u", u.id()).bind("r", editor).execute());
        assertThat(access.check(u.id(), sid, "notes:read", NOW)).as("role taken from the user").isEqualTo(Access.DENIED);

        f.jdbi.useHandle(h -> h.createUpdate("INSERT INTO user_roles (user_id, role_name) VALUES (:u, :r)")
                .bind("u", u.id()).bind("r", editor).execute());
        assertThat(access.check(u.id(), sid, "notes:read", NOW)).as("role given back").isEqualTo(Access.GRANTED);

        assertThat(roles.delete(editor)).isTrue();
        assertThat(access.check(u.id(), sid, "notes:read", NOW)).as("role deleted").isEqualTo(Access.DENIED);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void anotherUsersRoleNeverCounts(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        String secret = role(f, "vault:open");
        User holder = newUser(f, secret);
        User other = newUser(f, Role.USER);
        String otherSession = session(f, other);
        session(f, holder);
        assertThat(store(f).check(other.id(), otherSession, "vault:open", NOW)).isEqualTo(Access.DENIED);
    }

    private static void setDisabled(StoreFixture f, User u, boolean disabled) {
        f.jdbi.useHandle(h -> h.createUpdate("UPDATE users SET disabled = :d WHERE id = :id")
                .bind("d", disabled).bind("id", u.id()).execute());
    }
}
