package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.account.User;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.store.jdbi.JdbiUserAdminStore;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.util.List;
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
}
