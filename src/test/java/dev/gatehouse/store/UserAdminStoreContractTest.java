package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.Identifiers;
import dev.gatehouse.account.User;
import dev.gatehouse.admin.UserAdminStore.Change;
import dev.gatehouse.admin.UserAdminStore.Inserted;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.rbac.Role;
import dev.gatehouse.store.jdbi.JdbiRoleStore;
import dev.gatehouse.store.jdbi.JdbiUserAdminStore;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Role assignment by the admin store, on both databases. */
class UserAdminStoreContractTest {
    private static final StoreFixture.PerKind FIXTURES = new StoreFixture.PerKind();

    @AfterAll
    static void close() {
        FIXTURES.close();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void setRolesWhenARoleVanishedMeanwhileThenUnknownRoleAndNothingChanged(Kind kind) {
        StoreFixture f = FIXTURES.get(kind);
        User user = f.user("vanish" + kind.name().toLowerCase(), List.of("user"));
        JdbiUserAdminStore store = new JdbiUserAdminStore(f.jdbi);
        // The service checked that the role existed; it was deleted before the insert.
        assertThatThrownBy(() -> store.setRoles(user.id(), List.of("user", "deleted-meanwhile")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.UNKNOWN_ROLE));
        assertThat(f.count("SELECT COUNT(*) FROM user_roles WHERE user_id = '" + user.id() + "' AND role_name = 'user'")).isEqualTo(1);
    }

    /** One batch, one transaction; a duplicate (in the database or in the batch) leaves out only itself. */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertAllWhenSomeCollideThenTheOthersAreStoredAndEachCollisionReported(Kind kind) {
        StoreFixture f = FIXTURES.get(kind);
        String k = kind.name().toLowerCase();
        f.user("taken" + k, List.of("user"));
        JdbiUserAdminStore store = new JdbiUserAdminStore(f.jdbi);
        List<AccountService.NewAccount> batch = List.of(
                account("fresh1" + k, null, List.of("user")),
                account("taken" + k, null, List.of("user")),
                account("fresh2" + k, "same" + k + "@example.com", List.of("user", "admin")),
                account("fresh2" + k, null, List.of("user")),
                account("fresh3" + k, "same" + k + "@example.com", List.of("user")),
                account("tak\u0435n" + k, null, List.of("user"))); // Cyrillic e: a look-alike of a taken name

        assertThat(store.insertAll(batch)).containsExactly(Inserted.DONE, Inserted.USERNAME_TAKEN, Inserted.DONE,
                Inserted.USERNAME_TAKEN, Inserted.EMAIL_TAKEN, Inserted.USERNAME_TAKEN);
        assertThat(f.count("SELECT COUNT(*) FROM users WHERE username IN ('fresh1" + k + "', 'fresh2" + k + "')")).isEqualTo(2);
        assertThat(f.count("SELECT COUNT(*) FROM users WHERE username = 'fresh3" + k + "'")).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM user_roles WHERE user_id = '" + batch.get(2).user().id() + "'")).isEqualTo(2);
        assertThat(f.count("SELECT COUNT(*) FROM user_roles WHERE user_id = '" + batch.get(1).user().id() + "'")).isZero();

        List<AccountService.NewAccount> clean = List.of(account("clean1" + k, null, List.of("user")), account("clean2" + k, null, List.of()));
        assertThat(store.insertAll(clean)).containsExactly(Inserted.DONE, Inserted.DONE);
        assertThat(f.users.findByLogin("clean1" + k).orElseThrow().user().passwordHash()).isEqualTo(clean.get(0).user().passwordHash());
        assertThat(store.insertAll(List.of())).isEmpty();
    }

    /** One role added or taken at a time: concurrent grants of different roles all land (no read-modify-write loss). */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void addRoleAndRemoveRoleOneAtATimeAndConcurrentAddsAllLand(Kind kind) throws Exception {
        StoreFixture f = FIXTURES.get(kind);
        String k = kind.name().toLowerCase();
        User user = f.user("oneatatime" + k, List.of("user"));
        JdbiRoleStore roles = new JdbiRoleStore(f.jdbi);
        List<String> four = List.of("r1" + k, "r2" + k, "r3" + k, "r4" + k);
        for (String r : four) roles.insert(new Role(r, null, false, List.of("notes:read"), Instant.ofEpochMilli(1_700_000_000_000L)));
        JdbiUserAdminStore store = new JdbiUserAdminStore(f.jdbi);

        AtomicInteger next = new AtomicInteger();
        List<Change> results = Concurrently.run(4, () -> store.addRole(user.id(), four.get(next.getAndIncrement())));
        assertThat(results).containsOnly(Change.DONE);
        assertThat(store.addRole(user.id(), four.get(0))).as("held already: fine, once").isEqualTo(Change.DONE);
        assertThat(f.count("SELECT COUNT(*) FROM user_roles WHERE user_id = '" + user.id() + "'")).isEqualTo(5);

        assertThat(store.removeRole(user.id(), four.get(0))).isEqualTo(Change.DONE);
        assertThat(store.removeRole(user.id(), four.get(0))).as("not held: fine").isEqualTo(Change.DONE);
        assertThat(f.count("SELECT COUNT(*) FROM user_roles WHERE user_id = '" + user.id() + "'")).isEqualTo(4);
        assertThat(store.addRole("no-such-user", four.get(1))).isEqualTo(Change.NOT_FOUND);
        assertThat(store.removeRole("no-such-user", four.get(1))).isEqualTo(Change.NOT_FOUND);
        assertThatThrownBy(() -> store.addRole(user.id(), "deleted-meanwhile"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.error()).isEqualTo(ErrorCode.UNKNOWN_ROLE));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void removeRoleRefusesToTakeTheLastEnabledAdminsRole(Kind kind) {
        StoreFixture f = FIXTURES.get(kind);
        String k = kind.name().toLowerCase();
        JdbiUserAdminStore store = new JdbiUserAdminStore(f.jdbi);
        User admin = f.user("lastadmin" + k, List.of("user", "admin"));
        f.jdbi.useHandle(h -> h.createUpdate("UPDATE users SET disabled = TRUE WHERE id <> :id").bind("id", admin.id()).execute());
        try {
            assertThat(store.removeRole(admin.id(), "admin")).isEqualTo(Change.LAST_ADMIN);
            assertThat(f.count("SELECT COUNT(*) FROM user_roles WHERE user_id = '" + admin.id() + "' AND role_name = 'admin'")).isEqualTo(1);
        } finally {
            f.jdbi.useHandle(h -> h.createUpdate("UPDATE users SET disabled = FALSE").execute());
        }
    }

    private static AccountService.NewAccount account(String username, String email, List<String> roles) {
        User u = new User(UUID.randomUUID().toString(), username, email, false, null, "$2b$10$" + "a".repeat(53), false,
                Instant.ofEpochMilli(1_700_000_000_000L));
        return new AccountService.NewAccount(u, Identifiers.normalizeUsername(username),
                email == null ? null : Identifiers.normalizeEmail(email), roles);
    }
}
