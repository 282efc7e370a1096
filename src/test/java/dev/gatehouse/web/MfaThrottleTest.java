package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Wrong second-factor codes draw on the account's login throttle together with wrong passwords
 * (API.md §7), and a right password does not clear the failures while the second step is pending:
 * otherwise a password thief could guess codes forever by signing in again between guesses.
 */
class MfaThrottleTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String WRONG = "wrong password, long enough";

    private static TestHttp.Response login(TestHttp http, String username, String password) {
        return http.post("/api/v1/login", Map.of("username", username, "password", password));
    }

    private static TestHttp.Response code(TestHttp http, String token, String code) {
        return http.post("/api/v1/login/mfa", Map.of("mfa_token", token, "method", "totp", "code", code));
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void wrongPasswordsAndWrongCodesShareOneBudgetAndARightPasswordDoesNotResetIt(TestDatabases.Kind kind) {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.builder().database(kind).clock(clock)
                .set("login.throttle.free.attempts", "5").set("login.throttle.base.delay", "60s").start()) {
            TestHttp http = server.http();
            String access = http.signupAndLogin("dora", PASSWORD).path("access_token").asText();
            Authenticator app = new Authenticator(http.post("/api/v1/me/mfa/totp", Map.of(), access).json().path("secret").asText(), clock);
            assertThat(http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), access).status()).isEqualTo(200);
            clock.advance(Duration.ofSeconds(30));

            for (int i = 0; i < 3; i++) assertThat(login(http, "dora", WRONG).status()).isEqualTo(401);
            TestHttp.Response pending = login(http, "dora", PASSWORD); // the 4th attempt, right, but not cleared
            assertThat(pending.code()).as(pending.body()).isEqualTo("mfa_required");
            String token = pending.json().path("mfa_token").asText();
            TestHttp.Response wrong = code(http, token, app.code(5)); // the 5th, the last free one
            assertThat(wrong.code()).as(wrong.body()).isEqualTo("invalid_mfa_code");

            TestHttp.Response locked = code(http, token, app.code());
            assertThat(locked.status()).as(locked.body()).isEqualTo(429);
            assertThat(locked.code()).isEqualTo("too_many_attempts");
            assertThat(locked.header("Retry-After")).matches("[1-9][0-9]*");
            assertThat(login(http, "dora", PASSWORD).status()).as("the password is locked out too").isEqualTo(429);

            // Once the lock is over the right code signs in, and clears the failures.
            clock.advance(Duration.ofSeconds(61));
            TestHttp.Response done = code(http, token, app.code());
            assertThat(done.status()).as(done.body()).isEqualTo(200);
            assertThat(login(http, "dora", WRONG).status()).isEqualTo(401);
            assertThat(login(http, "dora", PASSWORD).code()).isEqualTo("mfa_required");
        }
    }
}
