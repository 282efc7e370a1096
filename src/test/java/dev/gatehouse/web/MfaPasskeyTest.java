package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestAuthenticator;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A passkey as the second factor after a password (API.md §7, method {@code webauthn}): it shows in
 * {@code GET /api/v1/me/mfa} and in the login's {@code methods}, its options come from the mfa_token,
 * and its assertion completes the login with {@code amr} {@code ["pwd","hwk","mfa"]}.
 */
class MfaPasskeyTest {
    private static final String ORIGIN = "http://localhost:8080";
    private static final String PASSWORD = "correct horse battery staple";

    private static TestHttp.Response second(TestHttp http, String token, Object credential) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mfa_token", token);
        body.put("method", "webauthn");
        body.put("credential", credential);
        return http.post("/api/v1/login/mfa", body);
    }

    @Test
    void aPasskeyCompletesThePasswordLoginAsTheSecondFactor() throws Exception {
        try (TestServer server = TestServer.builder().clock(MutableClock.startingNow()).start()) {
            TestHttp http = server.http();
            String access = http.signupAndLogin("pia", PASSWORD).path("access_token").asText();
            TestAuthenticator key = new TestAuthenticator(1);
            JsonNode creation = http.post("/api/v1/me/passkeys/options", Map.of(), access).json();
            TestHttp.Response added = http.post("/api/v1/me/passkeys", Map.of("name", "Laptop", "credential", key.register(creation, ORIGIN)),
                    access);
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            // The first factor of any kind brings the recovery codes, shown this once (API.md §7).
            assertThat(added.json().path("recovery_codes")).hasSize(10);
            assertThat(added.header("Cache-Control")).isEqualTo("no-store");
            JsonNode status = http.get("/api/v1/me/mfa", access).json();
            assertThat(status.path("recovery_codes_left").asInt()).isEqualTo(10);
            assertThat(status.path("passkeys")).hasSize(1);
            assertThat(status.path("passkeys").get(0).path("name").asText()).isEqualTo("Laptop");

            TestHttp.Response required = http.post("/api/v1/login", Map.of("username", "pia", "password", PASSWORD));
            assertThat(required.code()).as(required.body()).isEqualTo("mfa_required");
            assertThat(required.json().path("methods").toString()).contains("\"webauthn\"");
            String token = required.json().path("mfa_token").asText();

            assertThat(http.post("/api/v1/login/mfa/webauthn/options", Map.of("mfa_token", "A".repeat(43))).code())
                    .isEqualTo("invalid_mfa_token");
            TestHttp.Response options = http.post("/api/v1/login/mfa/webauthn/options", Map.of("mfa_token", token));
            assertThat(options.status()).as(options.body()).isEqualTo(200);
            assertThat(options.json().path("allowCredentials").findValuesAsText("id")).containsExactly(key.credentialId());

            assertThat(second(http, token, Map.of("id", "forged")).code()).isEqualTo("invalid_mfa_code");
            JsonNode fresh = http.post("/api/v1/login/mfa/webauthn/options", Map.of("mfa_token", token)).json();
            TestHttp.Response done = second(http, token, key.assertion(fresh, ORIGIN));
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(SignedJWT.parse(done.json().path("access_token").asText()).getJWTClaimsSet().getStringListClaim("amr"))
                    .containsExactly("pwd", "hwk", "mfa");

            // Removing the last factor takes the recovery codes with it, and the password is enough again.
            String fresh2 = done.json().path("access_token").asText();
            String id = status.path("passkeys").get(0).path("id").asText();
            assertThat(http.send("DELETE", "/api/v1/me/passkeys/" + id, (String) null, null, fresh2).status()).isEqualTo(204);
            assertThat(http.get("/api/v1/me/mfa", fresh2).json().toString())
                    .isEqualTo("{\"totp\":false,\"passkeys\":[],\"recovery_codes_left\":0}");
            assertThat(http.post("/api/v1/login", Map.of("username", "pia", "password", PASSWORD)).status()).isEqualTo(200);
        }
    }

    /**
     * Recovery codes come with the first factor of any kind (API.md §7): TOTP set up after a passkey
     * keeps the codes the passkey brought (a user who stored them is not left holding dead codes), and
     * its confirmation answers no {@code recovery_codes}.
     */
    @Test
    void totpAfterAPasskeyKeepsTheRecoveryCodesThePasskeyBrought() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().clock(clock).start()) {
            TestHttp http = server.http();
            String access = http.signupAndLogin("quinn", PASSWORD).path("access_token").asText();
            TestAuthenticator key = new TestAuthenticator(1);
            JsonNode creation = http.post("/api/v1/me/passkeys/options", Map.of(), access).json();
            TestHttp.Response added = http.post("/api/v1/me/passkeys", Map.of("credential", key.register(creation, ORIGIN)), access);
            assertThat(added.status()).as(added.body()).isEqualTo(201);
            JsonNode codes = added.json().path("recovery_codes");
            assertThat(codes).hasSize(10);

            TestHttp.Response started = http.post("/api/v1/me/mfa/totp", Map.of(), access);
            Authenticator app = new Authenticator(started.json().path("secret").asText(), clock);
            TestHttp.Response confirmed = http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), access);
            assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
            assertThat(confirmed.json().has("recovery_codes")).as(confirmed.body()).isFalse();
            assertThat(confirmed.header("Cache-Control")).isEqualTo("no-store");
            assertThat(http.get("/api/v1/me/mfa", access).json().path("recovery_codes_left").asInt()).isEqualTo(10);

            String token = http.post("/api/v1/login", Map.of("username", "quinn", "password", PASSWORD)).json().path("mfa_token").asText();
            TestHttp.Response withCode = http.post("/api/v1/login/mfa",
                    Map.of("mfa_token", token, "method", "recovery_code", "code", codes.get(3).asText()));
            assertThat(withCode.status()).as(withCode.body()).isEqualTo(200);
            assertThat(http.get("/api/v1/me/mfa", access).json().path("recovery_codes_left").asInt()).isEqualTo(9);
        }
    }
}
