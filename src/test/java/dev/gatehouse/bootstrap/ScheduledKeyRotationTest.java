package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.keys.KeyInfo;
import dev.gatehouse.store.Housekeeping;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code keys.rotation.interval} on both databases with a clock the test moves: a key is replaced once it has
 * the age, whatever a restart did meanwhile; the old public key stays in the JWKS until the last token it signed
 * expired (access token TTL + skew + a cache refresh), then housekeeping deletes it.
 */
class ScheduledKeyRotationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery staple";

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aKeyIsReplacedWhenItHasTheAgeOnceAcrossRestartsAndRetiredAfterItsLastToken(TestDatabases.Kind kind) {
        MutableClock clock = MutableClock.startingNow();
        String url = TestDatabases.fresh(kind);
        String oldKid;
        String newKid;
        try (TestServer server = node(url, clock)) {
            oldKid = onlyKid(server);
            server.http().signupAndLogin("rotated", PASSWORD);
            assertThat(server.gatehouse().keyRotation().runOnce()).as("a new key is young").isEmpty();

            clock.advance(Duration.ofHours(2).minusSeconds(1));
            assertThat(server.gatehouse().keyRotation().runOnce()).as("a second short of the interval").isEmpty();
            String oldToken = server.http().login("rotated", PASSWORD).path("access_token").asText();
            assertThat(kidOf(oldToken)).isEqualTo(oldKid);
            clock.advance(Duration.ofSeconds(1));
            List<KeyInfo> created = server.gatehouse().keyRotation().runOnce();

            assertThat(created).hasSize(1);
            newKid = created.get(0).kid();
            assertThat(kidOf(server.http().login("rotated", PASSWORD).path("access_token").asText())).isEqualTo(newKid);
            assertThat(jwksKids(server)).containsExactlyInAnyOrder(newKid, oldKid);
            // A token the old key signed a moment before the rotation still works until it expires.
            clock.advance(Duration.ofMinutes(10));
            assertThat(server.http().get("/api/v1/me", oldToken).status()).isEqualTo(200);
            assertThat(server.gatehouse().keyRotation().runOnce()).as("rotated once").isEmpty();
        }
        try (TestServer restarted = node(url, clock)) {
            assertThat(restarted.gatehouse().keyRotation().runOnce()).as("a restart does not rotate again").isEmpty();
            assertThat(jwksKids(restarted)).containsExactlyInAnyOrder(newKid, oldKid);

            // 15m access token TTL + 60 s skew + 30 s refresh after the rotation, the old key is unpublished and deleted.
            clock.advance(Duration.ofMinutes(5).plusSeconds(91));
            assertThat(jwksKids(restarted)).containsExactly(newKid);
            new Housekeeping(restarted.gatehouse().stores().jdbi(), clock, Duration.ofDays(14)).run();
            int rows = restarted.gatehouse().stores().jdbi().withHandle(h ->
                    h.createQuery("SELECT COUNT(*) FROM signing_keys").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(1);
        }
    }

    static TestServer node(String url, MutableClock clock) {
        return TestServer.builder().databaseUrl(url).clock(clock).set("keys.rotation.interval", "2h").start();
    }

    static String onlyKid(TestServer server) {
        List<String> kids = jwksKids(server);
        assertThat(kids).hasSize(1);
        return kids.get(0);
    }

    static List<String> jwksKids(TestServer server) {
        JsonNode keys = server.http().get("/oauth2/jwks").json().path("keys");
        return StreamSupport.stream(keys.spliterator(), false).map(k -> k.path("kid").asText()).toList();
    }

    static String kidOf(String jwt) {
        try {
            byte[] header = Base64.getUrlDecoder().decode(jwt.substring(0, jwt.indexOf('.')));
            return JSON.readTree(new String(header, StandardCharsets.UTF_8)).path("kid").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
