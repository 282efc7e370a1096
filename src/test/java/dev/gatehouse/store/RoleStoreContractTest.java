package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.rbac.Role;
import dev.gatehouse.rbac.RoleStore;
import dev.gatehouse.store.jdbi.JdbiRoleStore;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * JdbiRoleStore on SQLite and PostgreSQL: every method of {@link RoleStore}, names matched in any
 * letter case ("Editor" and "editor" are one role), built-in roles, and concurrent writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleStoreContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);

    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();

    @AfterAll
    void close() {
        fixtures.close();
    }

    /** A role name no other test of this class uses: letters only, mixed case. */
    private static String newName() {
        return "Ro" + SecureTokens.random(9).replaceAll("[^A-Za-z]", "x");
    }

    private static Role role(String name, String description, String... permissions) {
        return new Role(name, description, false, List.of(permissions), T0);
    }

    private static RoleStore store(StoreFixture f) {
        return new JdbiRoleStore(f.jdbi);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertThenFindInAnyLetterCaseReturnsTheStoredSpellingWithItsPermissions(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        String name = newName();
        roles.insert(role(name, "Edits notes", "notes:write", "notes:read"));
        for (String asked : List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
            Role found = roles.find(asked).orElseThrow();
            assertThat(found.name()).isEqualTo(name);
            assertThat(found.description()).isEqualTo("Edits notes");
            assertThat(found.builtIn()).isFalse();
            assertThat(found.permissions()).containsExactly("notes:read", "notes:write");
            assertThat(found.createdAt()).isEqualTo(T0);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void findWhenUnknownThenEmpty(Kind kind) {
        assertThat(store(fixtures.get(kind)).find(newName())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void roleWithoutPermissionsOrDescriptionReadsBackWithEmptyListAndNull(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        String name = newName();
        roles.insert(role(name, null));
        Role found = roles.find(name).orElseThrow();
        assertThat(found.permissions()).isEmpty();
        assertThat(found.description()).isNull();
        assertThat(roles.list()).filteredOn(r -> r.name().equals(name)).singleElement()
                .satisfies(r -> assertThat(r.permissions()).isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void builtInRolesExistFromTheStartAndInsertNeverMakesAnother(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        assertThat(roles.find(Role.USER).orElseThrow().builtIn()).isTrue();
        Role admin = roles.find("ADMIN").orElseThrow();
        assertThat(admin.name()).isEqualTo(Role.ADMIN);
        assertThat(admin.builtIn()).isTrue();
        assertThat(admin.permissions()).contains("admin:roles:read", "admin:roles:write", "admin:users:write");

        String name = newName();
        roles.insert(new Role(name, null, true, List.of("notes:read"), T0));
        assertThat(roles.find(name).orElseThrow().builtIn()).as("only migrations make built-in roles").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void listHoldsEveryRoleOnceWithItsOwnPermissionsInNameOrder(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        String prefix = "l" + SecureTokens.random(6).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "x");
        roles.insert(role(prefix + "b", null, "notes:read", "notes:write", "files:read"));
        roles.insert(role(prefix + "a", null, "files:read"));
        roles.insert(role(prefix + "c", null));
        List<Role> all = roles.list();
        assertThat(all).extracting(Role::name).doesNotHaveDuplicates().contains(Role.ADMIN, Role.USER);
        assertThat(all).filteredOn(r -> r.name().startsWith(prefix))
                .extracting(Role::name, Role::permissions)
                .containsExactly(
                        Tuple.tuple(prefix + "a", List.of("files:read")),
                        Tuple.tuple(prefix + "b", List.of("files:read", "notes:read", "notes:write")),
                        Tuple.tuple(prefix + "c", List.of()));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertWhenTheNameExistsInAnyLetterCaseThenUniqueViolationAndTheFirstRoleUnchanged(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        String name = newName();
        roles.insert(role(name, "first", "notes:read"));
        for (String again : List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
            assertThatThrownBy(() -> roles.insert(role(again, "second", "notes:write", "admin:users:write")))
                    .isInstanceOfSatisfying(UniqueViolation.class, e -> assertThat(e.field()).isEqualTo("name"));
        }
        assertThatThrownBy(() -> roles.insert(role("Admin", null, "notes:read"))).isInstanceOf(UniqueViolation.class);
        Role kept = roles.find(name).orElseThrow();
        assertThat(kept.description()).isEqualTo("first");
        assertThat(kept.permissions()).containsExactly("notes:read");
        assertThat(roles.list()).filteredOn(r -> r.name().equalsIgnoreCase(name)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void insertsOfOneNameInManyLetterCasesAtOnceThenExactlyOneWins(Kind kind) throws Exception {
        RoleStore roles = store(fixtures.get(kind));
        String name = newName();
        AtomicInteger n = new AtomicInteger();
        List<Boolean> won = Concurrently.run(8, () -> {
            int i = n.getAndIncrement();
            String spelling = switch (i % 3) {
                case 0 -> name;
                case 1 -> name.toLowerCase(Locale.ROOT);
                default -> name.toUpperCase(Locale.ROOT);
            };
            try {
                roles.insert(role(spelling, "writer " + i, "notes:p" + i));
                return true;
            } catch (UniqueViolation e) {
                return false;
            }
        });
        assertThat(won).containsOnlyOnce(true);
        Role stored = roles.find(name).orElseThrow();
        assertThat(stored.permissions()).as("the winner's permissions only").hasSize(1)
                .allSatisfy(p -> assertThat(stored.description()).isEqualTo("writer " + p.substring("notes:p".length())));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void canonicalNamesGivesTheStoredSpellingInInputOrderAndLeavesOutUnknownNames(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        String first = newName();
        String second = newName();
        roles.insert(role(first, null));
        roles.insert(role(second, null));
        assertThat(roles.canonicalNames(List.of(second.toUpperCase(Locale.ROOT), "no-such-role", "ADMIN",
                first.toLowerCase(Locale.ROOT), first)))
                .containsExactly(second, Role.ADMIN, first, first);
        assertThat(roles.canonicalNames(List.of())).isEmpty();
        assertThat(roles.canonicalNames(List.of(newName(), newName()))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updateReplacesOnlyWhatItIsAskedTo(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        String name = newName();
        roles.insert(role(name, "old", "notes:read"));

        assertThat(roles.update(name, true, "new", null)).isTrue();
        assertThat(roles.find(name).orElseThrow()).satisfies(r -> {
            assertThat(r.description()).isEqualTo("new");
            assertThat(r.permissions()).as("null permissions: kept").containsExactly("notes:read");
        });

        assertThat(roles.update(name, false, "ignored", Set.of("files:read", "files:write"))).isTrue();
        assertThat(roles.find(name).orElseThrow()).satisfies(r -> {
            assertThat(r.description()).as("setDescription false: kept").isEqualTo("new");
            assertThat(r.permissions()).containsExactly("files:read", "files:write");
        });

        assertThat(roles.update(name, true, null, Set.of())).isTrue();
        assertThat(roles.find(name).orElseThrow()).satisfies(r -> {
            assertThat(r.description()).as("cleared").isNull();
            assertThat(r.permissions()).as("emptied").isEmpty();
            assertThat(r.createdAt()).isEqualTo(T0);
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updateInAnotherLetterCaseChangesTheStoredRole(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        String name = newName();
        roles.insert(role(name, "old", "notes:read"));
        assertThat(roles.update(name.toUpperCase(Locale.ROOT), true, "new", Set.of("notes:write"))).isTrue();
        Role r = roles.find(name).orElseThrow();
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.description()).isEqualTo("new");
        assertThat(r.permissions()).containsExactly("notes:write");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void updateWhenUnknownThenFalseAndNothingWritten(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        RoleStore roles = store(f);
        String name = newName();
        int before = f.count("SELECT COUNT(*) FROM role_permissions");
        assertThat(roles.update(name, true, "x", Set.of("notes:read"))).isFalse();
        assertThat(roles.find(name)).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM role_permissions")).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void concurrentUpdatesOfOneRoleLeaveExactlyOneWritersPermissions(Kind kind) throws Exception {
        RoleStore roles = store(fixtures.get(kind));
        String name = newName();
        roles.insert(role(name, null, "notes:read"));
        AtomicInteger n = new AtomicInteger();
        List<Set<String>> written = Concurrently.run(8, () -> {
            int i = n.getAndIncrement();
            Set<String> mine = Set.of("w" + i + ":a", "w" + i + ":b", "w" + i + ":c");
            assertThat(roles.update(name, true, "writer " + i, mine)).isTrue();
            return mine;
        });
        Role r = roles.find(name).orElseThrow();
        assertThat(written).as("no mixture of two writers").contains(new HashSet<>(r.permissions()));
        assertThat(r.description()).isEqualTo("writer " + r.permissions().get(0).substring(1, 2));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteRemovesTheRoleItsPermissionsAndItsGrants(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        RoleStore roles = store(f);
        String name = newName();
        roles.insert(role(name, null, "notes:read", "notes:write"));
        User holder = f.user("h" + SecureTokens.random(9).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "x"), List.of("user", name));

        assertThat(roles.delete(name)).isTrue();
        assertThat(roles.find(name)).isEmpty();
        assertThat(f.count("SELECT COUNT(*) FROM role_permissions WHERE role_name = '" + name + "'")).isZero();
        assertThat(f.count("SELECT COUNT(*) FROM user_roles WHERE user_id = '" + holder.id() + "'"))
                .as("the user keeps the other role").isEqualTo(1);
        assertThat(roles.delete(name)).as("second delete").isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteInAnotherLetterCaseRemovesTheStoredRole(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        String name = newName();
        roles.insert(role(name, null, "notes:read"));
        assertThat(roles.delete(name.toLowerCase(Locale.ROOT))).isTrue();
        assertThat(roles.find(name)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void deleteWhenUnknownOrBuiltInThenFalseAndBuiltInRolesStay(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        assertThat(roles.delete(newName())).isFalse();
        assertThat(roles.delete(Role.ADMIN)).isFalse();
        assertThat(roles.delete("User")).isFalse();
        assertThat(roles.find(Role.ADMIN).orElseThrow().permissions()).contains("admin:roles:write");
        assertThat(roles.find(Role.USER)).isPresent();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void afterDeleteTheNameIsFreeAgainInAnyLetterCase(Kind kind) {
        RoleStore roles = store(fixtures.get(kind));
        String name = newName();
        roles.insert(role(name, "first", "notes:read"));
        assertThat(roles.delete(name)).isTrue();
        roles.insert(role(name.toUpperCase(Locale.ROOT), "second"));
        Role again = roles.find(name).orElseThrow();
        assertThat(again.name()).isEqualTo(name.toUpperCase(Locale.ROOT));
        assertThat(again.permissions()).as("no permission of the deleted role").isEmpty();
    }
}
