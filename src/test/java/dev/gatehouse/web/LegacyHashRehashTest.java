package dev.gatehouse.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.testing.TestServer;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.generators.SCrypt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SECURITY.md 1.6: users imported with a bcrypt, scrypt or PBKDF2 hash sign in with their password,
 * and that successful login replaces the stored hash by Argon2id (OWASP Password Storage Cheat
 * Sheet, "Upgrading legacy hashes"); a failed login leaves it alone. Here the hash is written into
 * the users table, as a migration script would; PasswordHashImportTest imports through the API.
 */
class LegacyHashRehashTest {
    private static final String PASSWORD = "imported passphrase from the old system";
    private static final SecureRandom RANDOM = new SecureRandom();

    @ParameterizedTest
    @ValueSource(strings = {"bcrypt", "scrypt", "pbkdf2-sha256", "pbkdf2-sha512"})
    void loginWhenStoredHashIsLegacyThenSignsInAndStoredHashBecomesArgon2id(String format) throws Exception {
        try (TestServer server = TestServer.start()) {
            User user = server.gatehouse().services().accounts().create("imported", "placeholder passphrase to be replaced", null, null,
                    java.util.List.of("user"), null);
            String legacy = legacyHash(format, PASSWORD);
            setHash(server, user.id(), legacy);

            assertThat(server.http().post("/api/v1/login", Map.of("username", "imported", "password", PASSWORD + "x")).status())
                    .isEqualTo(401);
            assertThat(storedHash(server, user.id())).as("a failed login does not rehash").isEqualTo(legacy);

            assertThat(server.http().login("imported", PASSWORD).path("access_token").asText()).isNotEmpty();
            String upgraded = storedHash(server, user.id());
            assertThat(upgraded).startsWith("$argon2id$").isNotEqualTo(legacy);

            assertThat(server.http().login("imported", PASSWORD).path("access_token").asText()).isNotEmpty();
            assertThat(storedHash(server, user.id())).as("an up-to-date hash is kept").isEqualTo(upgraded);
        }
    }

    private static String legacyHash(String format, String password) throws Exception {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return switch (format) {
            case "bcrypt" -> OpenBSDBCrypt.generate("2b", password.getBytes(UTF_8), salt, 4);
            // passlib's scrypt format, ln lowered for speed.
            case "scrypt" -> "$scrypt$ln=10,r=8,p=1$" + b64.encodeToString(salt) + "$"
                    + b64.encodeToString(SCrypt.generate(password.getBytes(UTF_8), salt, 1 << 10, 8, 1, 32));
            // PHC-style PBKDF2 (i=iterations), as PasswordHasherTest reads it.
            case "pbkdf2-sha256" -> "$pbkdf2-sha256$i=1000$" + b64.encodeToString(salt) + "$"
                    + b64.encodeToString(pbkdf2("PBKDF2WithHmacSHA256", password, salt, 32));
            case "pbkdf2-sha512" -> "$pbkdf2-sha512$i=1000$" + b64.encodeToString(salt) + "$"
                    + b64.encodeToString(pbkdf2("PBKDF2WithHmacSHA512", password, salt, 64));
            default -> throw new IllegalArgumentException(format);
        };
    }

    private static byte[] pbkdf2(String algorithm, String password, byte[] salt, int bytes) throws Exception {
        return SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(password.toCharArray(), salt, 1000, bytes * 8))
                .getEncoded();
    }

    private static void setHash(TestServer server, String userId, String hash) {
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET password_hash = :h WHERE id = :id")
                .bind("h", hash).bind("id", userId).execute());
    }

    private static String storedHash(TestServer server, String userId) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId).mapTo(String.class).one());
    }
}
