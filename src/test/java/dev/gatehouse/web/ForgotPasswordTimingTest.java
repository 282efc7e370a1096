package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * API.md §3 / SECURITY.md "Login, enumeration": {@code POST /api/v1/password/forgot} answers an
 * address with an account and one without in the same time and with the same bytes; the lookup,
 * the token and the mail run off the request thread. Same pattern as EnumerationTimingTest.
 */
class ForgotPasswordTimingTest {
    private static final int USERS = 200;
    private static final int WARM_UP_PAIRS = 20;
    private static final int PAIRS = 160;
    private static final double MAX_MEDIAN_GAP_MS = 3.0;

    @Test
    void existingAndUnknownAddressTakeTheSameTimeAndGetTheSameAnswer() {
        try (Mailbox mailbox = Mailbox.start();
             TestServer server = mailbox.configure(TestServer.builder()).start()) {
            TestHttp http = server.http();
            for (int u = 0; u < USERS; u++) {
                assertThat(http.post("/api/v1/password/forgot", Map.of()).status()).isEqualTo(400);
                TestHttp.Response r = http.post("/api/v1/signup", Map.of("username", "member-" + u,
                        "password", "correct horse battery " + u));
                assertThat(r.status()).isEqualTo(201);
            }
            // Addresses are attached without sending verification mail, so only reset mail is in flight.
            server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate(
                    "UPDATE users SET email = 'member-' || SUBSTR(username, 8) || '@example.com', email_norm = 'member-' || SUBSTR(username, 8) || '@example.com'")
                    .execute());

            int existing = 0;
            for (int i = 0; i < WARM_UP_PAIRS; i++) {
                time(http, "warm-nobody-" + i + "@example.com");
                time(http, "member-" + existing++ + "@example.com");
            }
            List<Double> unknown = new ArrayList<>();
            List<Double> known = new ArrayList<>();
            for (int i = 0; i < PAIRS; i++) {
                String member = "member-" + (existing++ % USERS) + "@example.com";
                if (i % 2 == 0) {
                    unknown.add(time(http, "nobody-" + i + "@example.com"));
                    known.add(time(http, member));
                } else {
                    known.add(time(http, member));
                    unknown.add(time(http, "nobody-" + i + "@example.com"));
                }
            }
            double medianUnknown = median(unknown);
            double medianKnown = median(known);
            System.out.printf("ForgotPasswordTimingTest: median unknown %.2f ms, existing %.2f ms, gap %.2f ms%n",
                    medianUnknown, medianKnown, Math.abs(medianUnknown - medianKnown));
            assertThat(Math.abs(medianUnknown - medianKnown))
                    .as("median unknown %.2f ms vs existing %.2f ms", medianUnknown, medianKnown)
                    .isLessThan(MAX_MEDIAN_GAP_MS);
            // The mail was really sent for the existing addresses (so the fast answer did not skip the work).
            assertThat(mailbox.await("member-0@example.com", 1).subject()).isEqualTo("Gatehouse: Reset your password");
        }
    }

    private static double time(TestHttp http, String email) {
        long start = System.nanoTime();
        TestHttp.Response r = http.post("/api/v1/password/forgot", Map.of("email", email));
        double ms = (System.nanoTime() - start) / 1e6;
        assertThat(r.status()).as(r.body()).isEqualTo(202);
        assertThat(r.body()).isEqualTo("{\"status\":\"accepted\"}");
        return ms;
    }

    private static double median(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
