package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md "Login, enumeration": after {@code POST /api/v1/password/forgot} nothing the public
 * port answers differs between an address with an account and one without. The mail counter that
 * moves only for a known address lives on the management port, never on the public one.
 */
class ForgotPasswordEnumerationTest {

    @Test
    void forgotPasswordWhenAddressKnownOrUnknownThenPublicPortAnswersAlike() {
        try (Mailbox mailbox = Mailbox.start();
             TestServer server = mailbox.configure(TestServer.builder()).start()) {
            TestHttp http = server.http();
            assertThat(http.post("/api/v1/signup", Map.of("username", "known", "password", "correct horse battery staple",
                    "email", "known@example.com")).status()).isEqualTo(201);
            mailbox.await("known@example.com", 1); // the verification mail is out of the way

            String before = publicAnswers(http);
            TestHttp.Response known = http.post("/api/v1/password/forgot", Map.of("email", "known@example.com"));
            mailbox.await("known@example.com", 2);
            String afterKnown = publicAnswers(http);
            TestHttp.Response unknown = http.post("/api/v1/password/forgot", Map.of("email", "nobody@example.com"));
            Mailbox.sleep(500);
            String afterUnknown = publicAnswers(http);

            assertThat(known.status()).isEqualTo(202);
            assertThat(unknown.status()).isEqualTo(known.status());
            assertThat(unknown.body()).isEqualTo(known.body());
            assertThat(headerNames(unknown)).isEqualTo(headerNames(known));
            assertThat(afterKnown).isEqualTo(before);
            assertThat(afterUnknown).isEqualTo(before);
            // The operator still sees the mail on the management port.
            assertThat(server.management().get("/metrics").body()).contains("gatehouse_mail_enqueued_total{kind=\"password_reset\"}");
        }
    }

    /** What an outsider can read about the server: status and body of the operations endpoints. */
    private static String publicAnswers(TestHttp http) {
        StringBuilder out = new StringBuilder();
        for (String path : List.of("/metrics", "/health/ready", "/health/live")) {
            TestHttp.Response r = http.get(path);
            out.append(path).append(' ').append(r.status()).append(' ')
                    .append(r.body().replaceAll("\"request_id\":\"[^\"]*\"", "")).append('\n');
        }
        return out.toString();
    }

    private static List<String> headerNames(TestHttp.Response r) {
        return r.headers().keySet().stream().map(String::toLowerCase).filter(h -> !h.equals("date")).sorted().toList();
    }
}
