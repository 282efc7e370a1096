package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A password reset never removes or skips a second factor (API.md §7): whoever holds the mailbox
 * still needs the code. And factor use shows in {@code gatehouse_mfa_total{method,outcome}}.
 */
class MfaPasswordResetTest {
    private static final String ISSUER = "http://localhost:8080";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String NEW_PASSWORD = "another horse, another battery";

    @Test
    void afterAPasswordResetTheSecondFactorIsStillAskedForAndItsUseIsCounted() {
        MutableClock clock = MutableClock.startingNow();
        try (Mailbox mailbox = Mailbox.start();
             TestServer server = mailbox.configure(TestServer.builder()).clock(clock).start()) {
            TestHttp http = server.http();
            assertThat(http.post("/api/v1/signup", Map.of("username", "erin", "password", PASSWORD, "email", "erin@example.com")).status())
                    .isEqualTo(201);
            String access = http.login("erin", PASSWORD).path("access_token").asText();
            Authenticator app = new Authenticator(http.post("/api/v1/me/mfa/totp", Map.of(), access).json().path("secret").asText(), clock);
            assertThat(http.post("/api/v1/me/mfa/totp/confirm", Map.of("code", app.code()), access).status()).isEqualTo(200);

            assertThat(http.post("/api/v1/password/forgot", Map.of("email", "erin@example.com")).status()).isEqualTo(202);
            Mailbox.Mail mail = mailbox.await("erin@example.com", 2); // #1 is the verification link
            assertThat(mail.subject()).isEqualTo("Gatehouse: Reset your password");
            String token = mail.token(ISSUER, "/password/reset");
            assertThat(http.post("/api/v1/password/reset", Map.of("token", token, "new_password", NEW_PASSWORD)).status()).isEqualTo(204);

            TestHttp.Response r = http.post("/api/v1/login", Map.of("username", "erin", "password", NEW_PASSWORD));
            assertThat(r.code()).as(r.body()).isEqualTo("mfa_required");
            String mfaToken = r.json().path("mfa_token").asText();
            assertThat(http.post("/api/v1/login/mfa", Map.of("mfa_token", mfaToken, "method", "totp", "code", app.code(5))).status())
                    .isEqualTo(401);
            clock.advance(Duration.ofSeconds(30));
            assertThat(http.post("/api/v1/login/mfa", Map.of("mfa_token", mfaToken, "method", "totp", "code", app.code())).status())
                    .isEqualTo(200);

            String metrics = server.management().get("/metrics").body();
            assertThat(metrics).containsPattern("gatehouse_mfa_total\\{method=\"totp\",outcome=\"success\"\\} 1\\.0")
                    .containsPattern("gatehouse_mfa_total\\{method=\"totp\",outcome=\"failure\"\\} 1\\.0")
                    .containsPattern("gatehouse_mfa_total\\{method=\"totp\",outcome=\"enrolled\"\\} 1\\.0");
        }
    }
}
