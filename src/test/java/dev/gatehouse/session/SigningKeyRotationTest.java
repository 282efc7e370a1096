package dev.gatehouse.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.keys.StoredKey;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases.Kind;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SECURITY.md "JWT issuing and validation": after a rotation old tokens verify until they expire,
 * new tokens carry the new kid, and the old public key leaves the JWKS once no token it signed can
 * still be valid (API.md §2).
 */
class SigningKeyRotationTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(Kind.class)
    void rotationKeepsOldTokensValidSignsWithTheNewKidAndDropsTheOldKeyAfterItsWindow(Kind kind) throws Exception {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().database(kind).clock(clock).start()) {
            TestHttp http = server.http();
            JsonNode before = http.signupAndLogin("rotor", PASSWORD);
            String oldToken = before.path("access_token").asText();
            String oldKid = kid(oldToken);
            assertThat(jwksKids(http)).containsExactly(oldKid);

            StoredKey fresh = server.gatehouse().services().keys().rotate();
            String newKid = fresh.kid();
            assertThat(newKid).isNotEqualTo(oldKid);

            assertThat(http.get("/api/v1/me", oldToken).status()).as("a token signed before the rotation").isEqualTo(200);
            JsonNode after = http.login("rotor", PASSWORD);
            assertThat(kid(after.path("access_token").asText())).isEqualTo(newKid);
            TestHttp.Response refreshed = http.post("/api/v1/refresh", Map.of("refresh_token", before.path("refresh_token").asText()));
            assertThat(refreshed.status()).isEqualTo(200);
            assertThat(kid(refreshed.json().path("access_token").asText())).isEqualTo(newKid);
            assertThat(jwksKids(http)).containsExactlyInAnyOrder(newKid, oldKid);

            // Until the old token's last valid moment (15 min lifetime), the old key still verifies it.
            clock.advance(Duration.ofMinutes(14));
            assertThat(http.get("/api/v1/me", oldToken).status()).isEqualTo(200);
            assertThat(jwksKids(http)).containsExactlyInAnyOrder(newKid, oldKid);

            // The publish window is the token lifetime plus skew plus the key cache interval: gone after it.
            clock.advance(Duration.ofMinutes(3));
            assertThat(jwksKids(http)).containsExactly(newKid);
            assertThat(http.get("/api/v1/me", oldToken).status()).isEqualTo(401);
            JsonNode later = http.login("rotor", PASSWORD);
            assertThat(kid(later.path("access_token").asText())).isEqualTo(newKid);
            assertThat(http.get("/api/v1/me", later.path("access_token").asText()).status()).isEqualTo(200);
        }
    }

    private static String kid(String jwt) throws Exception {
        String header = new String(Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.'))), StandardCharsets.UTF_8);
        return MAPPER.readTree(header).path("kid").asText();
    }

    private static List<String> jwksKids(TestHttp http) {
        TestHttp.Response jwks = http.get("/oauth2/jwks");
        assertThat(jwks.status()).isEqualTo(200);
        List<String> kids = new ArrayList<>();
        jwks.json().path("keys").forEach(k -> kids.add(k.path("kid").asText()));
        return kids;
    }
}
