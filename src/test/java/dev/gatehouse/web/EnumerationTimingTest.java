package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * SECURITY.md "Login, enumeration and brute force": an unknown user and an existing user with a
 * wrong password cost the same (one Argon2 verification at the configured cost), so response time
 * does not reveal whether an account exists. Uses the shipped Argon2 parameters on purpose.
 */
class EnumerationTimingTest {
    private static final int USERS = 40;
    private static final int WARM_UP_PAIRS = 20;
    private static final int PAIRS = 160;
    private static final double MAX_MEDIAN_GAP_MS = 5.0;

    @Test
    void unknownUserAndWrongPasswordTakeTheSameTime() {
        try (TestServer server = TestServer.builder()
                .set("argon2.memory.kib", "19456").set("argon2.iterations", "2") // the defaults, not TestServer's cheap ones
                .set("login.throttle.free.attempts", "1000") // every sample must reach the hash, none may be throttled
                .start()) {
            assertThat(server.config().passwords().argon2MemoryKib()).isEqualTo(19_456);
            assertThat(server.config().passwords().argon2Iterations()).isEqualTo(2);
            TestHttp http = server.http();
            for (int u = 0; u < USERS; u++) {
                assertThat(http.post("/api/v1/signup", Map.of("username", "member-" + u, "password", "correct horse battery " + u))
                        .status()).isEqualTo(201);
            }

            for (int i = 0; i < WARM_UP_PAIRS; i++) {
                timeLogin(http, "warm-nobody-" + i);
                timeLogin(http, "member-" + (i % USERS));
            }

            List<Double> unknown = new ArrayList<>();
            List<Double> wrong = new ArrayList<>();
            for (int i = 0; i < PAIRS; i++) {
                // Alternate which kind goes first so drift in machine load hits both alike.
                if (i % 2 == 0) {
                    unknown.add(timeLogin(http, "nobody-" + i));
                    wrong.add(timeLogin(http, "member-" + (i % USERS)));
                } else {
                    wrong.add(timeLogin(http, "member-" + (i % USERS)));
                    unknown.add(timeLogin(http, "nobody-" + i));
                }
            }

            double medianUnknown = median(unknown);
            double medianWrong = median(wrong);
            System.out.printf("EnumerationTimingTest: %d+%d samples, median unknown user %.2f ms, median wrong password %.2f ms,"
                    + " gap %.2f ms%n", unknown.size(), wrong.size(), medianUnknown, medianWrong, Math.abs(medianUnknown - medianWrong));
            // A missing dummy hash would make the unknown-user path tens of milliseconds faster.
            assertThat(medianWrong).as("the hash dominates the login").isGreaterThan(2 * MAX_MEDIAN_GAP_MS);
            assertThat(Math.abs(medianUnknown - medianWrong))
                    .as("median unknown %.2f ms vs wrong password %.2f ms", medianUnknown, medianWrong)
                    .isLessThan(MAX_MEDIAN_GAP_MS);
        }
    }

    /** One failed login; the answer must be the same 401 for both kinds. */
    private static double timeLogin(TestHttp http, String username) {
        long start = System.nanoTime();
        TestHttp.Response r = http.post("/api/v1/login", Map.of("username", username, "password", "not the right password"));
        double ms = (System.nanoTime() - start) / 1e6;
        assertThat(r.status()).as(r.body()).isEqualTo(401);
        assertThat(r.code()).isEqualTo("invalid_credentials");
        return ms;
    }

    private static double median(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
