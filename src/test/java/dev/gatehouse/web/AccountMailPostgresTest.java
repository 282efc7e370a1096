package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.store.Housekeeping;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Verification, email change and reset end to end on PostgreSQL (the SQLite run is AccountMailFlowTest). */
class AccountMailPostgresTest {
    private static final String ISSUER = "http://localhost:8080";
    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void verifyChangeAndResetWorkOnPostgresql() {
        try (Mailbox mailbox = Mailbox.start();
             TestServer server = mailbox.configure(TestServer.builder()).database(TestDatabases.Kind.POSTGRESQL).start()) {
            TestHttp http = server.http();
            assertThat(http.post("/api/v1/signup", Map.of("username", "pguser", "password", PASSWORD, "email", "pguser@example.com"))
                    .status()).isEqualTo(201);
            String verify = mailbox.await("pguser@example.com", 1).token(ISSUER, "/email/verify");
            assertThat(http.post("/api/v1/email/verify", Map.of("token", verify)).status()).isEqualTo(204);
            assertThat(http.post("/api/v1/email/verify", Map.of("token", verify)).status()).isEqualTo(400);

            String access = http.login("pguser", PASSWORD).path("access_token").asText();
            TestHttp.Response patched = http.send("PATCH", "/api/v1/me", TestHttp.json(Map.of("email", "pg-new@example.com")),
                    "application/json", access);
            assertThat(patched.json().path("pending_email").asText()).isEqualTo("pg-new@example.com");
            String change = mailbox.await("pg-new@example.com", 1).token(ISSUER, "/email/verify");
            assertThat(http.post("/api/v1/email/verify", Map.of("token", change)).status()).isEqualTo(204);
            assertThat(mailbox.await("pguser@example.com", 2).subject()).isEqualTo("Gatehouse: Your email address is about to change");
            assertThat(mailbox.await("pguser@example.com", 3).subject()).isEqualTo("Gatehouse: Your email address was changed");

            assertThat(http.post("/api/v1/password/forgot", Map.of("email", "PG-NEW@example.com")).status()).isEqualTo(202);
            String reset = mailbox.await("pg-new@example.com", 2).token(ISSUER, "/password/reset");
            assertThat(http.post("/api/v1/password/reset", Map.of("token", reset, "new_password", "a brand new passphrase here"))
                    .status()).isEqualTo(204);
            assertThat(http.get("/api/v1/me", access).status()).isEqualTo(401);
            assertThat(http.login("pg-new@example.com", "a brand new passphrase here").path("access_token").asText()).isNotEmpty();

            // Housekeeping's new deletes are valid SQL on PostgreSQL too.
            Housekeeping housekeeping = new Housekeeping(server.gatehouse().stores().jdbi(), Clock.offset(Clock.systemUTC(), Duration.ofDays(60)),
                    Duration.ofDays(14));
            assertThat(housekeeping.run()).isPositive();
        }
    }
}
