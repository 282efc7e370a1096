package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jwt.SignedJWT;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code mfa.required.roles} (API.md §7): a user holding such a role and no factor gets no tokens
 * from the password but 403 {@code mfa_enrollment_required} with an mfa_token, sets up TOTP with it
 * ({@code POST /api/v1/login/mfa/totp}) and finishes the login with the first code, receiving the
 * recovery codes beside the tokens (Keycloak's "Configure OTP" required action, in the JSON API).
 */
class MfaRequiredRolesTest {
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void aUserWithARequiredRoleSetsUpTotpDuringTheLoginBeforeAnyToken() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().clock(clock).set("mfa.required.roles", "admin, auditor")
                .set("login.throttle.free.attempts", "50").start()) {
            TestHttp http = server.http();
            server.gatehouse().services().accounts().create("chief", PASSWORD, null, null, List.of("user", "admin"), null);
            server.gatehouse().services().accounts().create("staff", PASSWORD, null, null, List.of("user"), null);
            assertThat(http.post("/api/v1/login", Map.of("username", "staff", "password", PASSWORD)).status()).isEqualTo(200);

            TestHttp.Response refused = http.post("/api/v1/login", Map.of("username", "chief", "password", PASSWORD));
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.code()).isEqualTo("mfa_enrollment_required");
            assertThat(refused.json().has("access_token")).isFalse();
            assertThat(refused.json().path("methods").toString()).isEqualTo("[\"totp\"]");
            String token = refused.json().path("mfa_token").asText();
            assertThat(token).hasSize(43);

            // The token opens only the set-up: no recovery code, no other route.
            assertThat(http.post("/api/v1/login/mfa", Map.of("mfa_token", token, "method", "recovery_code", "code", "abcde-12345")).code())
                    .isEqualTo("invalid_mfa_code");
            assertThat(http.post("/api/v1/login/mfa/totp", Map.of("mfa_token", "A".repeat(43))).code()).isEqualTo("invalid_mfa_token");
            assertThat(http.send("POST", "/api/v1/login/mfa/totp", "{\"mfa_token\":[1]}", "application/json", null).status()).isEqualTo(400);
            assertThat(http.send("POST", "/api/v1/login/mfa/totp", "{}", "application/json", null).status()).isEqualTo(400);

            TestHttp.Response enrol = http.post("/api/v1/login/mfa/totp", Map.of("mfa_token", token));
            assertThat(enrol.status()).as(enrol.body()).isEqualTo(200);
            Authenticator app = new Authenticator(enrol.json().path("secret").asText(), clock);
            assertThat(http.post("/api/v1/login/mfa", Map.of("mfa_token", token, "method", "totp", "code", app.code(3))).code())
                    .isEqualTo("invalid_mfa_code");
            TestHttp.Response done = http.post("/api/v1/login/mfa", Map.of("mfa_token", token, "method", "totp", "code", app.code()));
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            JsonNode body = done.json();
            assertThat(body.path("recovery_codes")).hasSize(10);
            assertThat(SignedJWT.parse(body.path("access_token").asText()).getJWTClaimsSet().getStringListClaim("amr"))
                    .containsExactly("pwd", "otp", "mfa");
            assertThat(body.path("refresh_token").asText()).isNotEmpty();

            // From now on, the ordinary second step; the spent token sets nothing up again.
            assertThat(http.post("/api/v1/login/mfa/totp", Map.of("mfa_token", token)).code()).isEqualTo("invalid_mfa_token");
            TestHttp.Response again = http.post("/api/v1/login", Map.of("username", "chief", "password", PASSWORD));
            assertThat(again.code()).isEqualTo("mfa_required");
            // A verify token cannot start a new enrolment.
            assertThat(http.post("/api/v1/login/mfa/totp", Map.of("mfa_token", again.json().path("mfa_token").asText())).code())
                    .isEqualTo("invalid_mfa_token");
        }
    }
}
