package dev.gatehouse.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.password.Argon2Params;
import dev.gatehouse.password.HashPool;
import dev.gatehouse.password.PasswordHasher;
import dev.gatehouse.password.PasswordHashers;
import dev.gatehouse.store.StoreFixture;
import dev.gatehouse.testing.ForeignHashes;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The upgrade of an imported hash after a login (OWASP Password Storage Cheat Sheet, "Upgrading
 * legacy hashes") writes only over the hash it checked: a login with the old password racing a
 * reset must not bring the old password back.
 */
class CredentialsRehashTest {
    private static final PasswordHasher HASHER = PasswordHashers.create(new Argon2Params(1024, 1, 1), "java");
    private static final String OLD = "the password from the old system";

    @ParameterizedTest
    @EnumSource(Kind.class)
    void checkWhenStoredHashChangedAfterTheUserWasReadThenTheUpgradeDoesNotOverwriteIt(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            Credentials credentials = new Credentials(HASHER, new HashPool(1, 4), f.users);
            User imported = new User(UUID.randomUUID().toString(), "migrant", null, false, null, ForeignHashes.hash("bcrypt-2b", OLD), false,
                    Instant.ofEpochMilli(1_700_000_000_000L));
            f.users.insert(imported, "migrant", null, List.of("user"));

            // The login read the user (with the imported hash); a reset lands before its upgrade.
            String reset = HASHER.hash("a brand new password after the reset");
            f.users.updatePasswordHash(imported.id(), reset, Instant.now());
            assertThat(credentials.check(Optional.of(imported), OLD, Instant.now())).isTrue();
            assertThat(f.users.findById(imported.id()).orElseThrow().user().passwordHash()).isEqualTo(reset);

            // Without a race the upgrade happens.
            f.users.updatePasswordHash(imported.id(), ForeignHashes.hash("scrypt", OLD), Instant.now());
            User fresh = f.users.findById(imported.id()).orElseThrow().user();
            assertThat(credentials.check(Optional.of(fresh), OLD, Instant.now())).isTrue();
            assertThat(f.users.findById(imported.id()).orElseThrow().user().passwordHash()).startsWith("$argon2id$");
        }
    }
}
