package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.FakeSmtp;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md "Robustness": a mail server that is down, silent or refusing never slows a request or
 * loses a message; the outbox retries, survives a restart and sends each message once.
 */
class MailOutageTest {
    private static final String PASSWORD = "correct horse battery staple";

    /** A first signup with an email loads the signup, template and mail classes; later ones show the steady cost. */
    private static long warmSignupMillis(TestHttp http, String username, String email) {
        signupMillis(http, "warm-" + username, "warm-" + email);
        return signupMillis(http, username, email);
    }

    private static long signupMillis(TestHttp http, String username, String email) {
        long start = System.nanoTime();
        TestHttp.Response r = http.post("/api/v1/signup", Map.of("username", username, "password", PASSWORD, "email", email));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return ms;
    }

    private static int outbox(TestServer server, String status) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM mail_outbox WHERE status = :s")
                .bind("s", status).mapTo(Integer.class).one());
    }

    @Test
    void mailServerDownThenRequestAnswersFastAndMailIsSentOnceWhenItComesBack() {
        try (Mailbox mailbox = Mailbox.closedOnFreePort();
             TestServer server = mailbox.configure(TestServer.builder()).start()) {
            assertThat(warmSignupMillis(server.http(), "down1", "down1@example.com")).isLessThan(1_000);
            Mailbox.sleep(700); // a few failed attempts
            assertThat(outbox(server, "pending")).isEqualTo(2);

            mailbox.open();
            Mailbox.Mail mail = mailbox.await("down1@example.com", 1);
            assertThat(mail.subject()).isEqualTo("Gatehouse: Verify your email address");
            Mailbox.sleep(1_500); // any duplicate would arrive by now
            assertThat(mailbox.to("down1@example.com")).hasSize(1);
            mailbox.await("warm-down1@example.com", 1);
            assertThat(outbox(server, "sent")).isEqualTo(2);
        }
    }

    @Test
    void restartWithQueuedMailThenSentAfterTheRestart() {
        String url = TestDatabases.sqlite();
        try (Mailbox mailbox = Mailbox.closedOnFreePort()) {
            try (TestServer first = mailbox.configure(TestServer.builder()).databaseUrl(url).start()) {
                signupMillis(first.http(), "queued1", "queued1@example.com");
                assertThat(outbox(first, "pending")).isEqualTo(1);
            }
            mailbox.open();
            try (TestServer second = mailbox.configure(TestServer.builder()).databaseUrl(url).start()) {
                assertThat(mailbox.await("queued1@example.com", 1).subject()).isEqualTo("Gatehouse: Verify your email address");
                Mailbox.sleep(1_000);
                assertThat(mailbox.to("queued1@example.com")).hasSize(1);
            }
        }
    }

    @Test
    void mailServerSilentThenRequestStillFastAndAttemptTimesOut() {
        try (FakeSmtp silent = new FakeSmtp(FakeSmtp.Mode.SILENT);
             TestServer server = TestServer.builder().set("mail.transport", "smtp").set("smtp.host", "127.0.0.1")
                     .set("smtp.port", String.valueOf(silent.port())).set("smtp.starttls", "false").set("smtp.timeout", "500ms")
                     .set("mail.outbox.poll.interval", "100ms").set("mail.retry.base.delay", "100ms").start()) {
            assertThat(warmSignupMillis(server.http(), "silent1", "silent1@example.com")).isLessThan(1_000);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (silent.connections() < 2 && System.nanoTime() < deadline) Mailbox.sleep(50);
            assertThat(silent.connections()).as("timed out and tried again").isGreaterThanOrEqualTo(2);
            assertThat(outbox(server, "pending")).isEqualTo(2);
            assertThat(server.http().get("/health/ready").status()).isEqualTo(200);
        }
    }

    @Test
    void recipientRefusedThenMarkedFailedWithoutEndlessRetries() {
        try (FakeSmtp refusing = new FakeSmtp(FakeSmtp.Mode.REFUSE_RECIPIENT);
             TestServer server = TestServer.builder().set("mail.transport", "smtp").set("smtp.host", "127.0.0.1")
                     .set("smtp.port", String.valueOf(refusing.port())).set("smtp.starttls", "false").set("smtp.timeout", "2s")
                     .set("mail.outbox.poll.interval", "100ms").set("mail.retry.base.delay", "100ms").start()) {
            assertThat(warmSignupMillis(server.http(), "refused1", "refused1@example.com")).isLessThan(1_000);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (outbox(server, "failed") < 2 && System.nanoTime() < deadline) Mailbox.sleep(50);
            assertThat(outbox(server, "failed")).isEqualTo(2);
            int connections = refusing.connections();
            Mailbox.sleep(500);
            assertThat(refusing.connections()).as("a permanent refusal is not retried").isEqualTo(connections);
        }
    }
}
