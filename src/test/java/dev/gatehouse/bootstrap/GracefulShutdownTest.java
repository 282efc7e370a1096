package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Stopping the server lets requests already being handled finish with their real answer. */
class GracefulShutdownTest {
    @Test
    void closeWhenManagementPortServesThenStopsItWithThePublicPort() {
        TestServer server = TestServer.start();
        int management = server.gatehouse().managementPort();
        int main = server.gatehouse().port();
        assertThat(server.management().get("/health/live").status()).isEqualTo(200);
        server.close();
        for (int port : List.of(management, main)) {
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> new java.net.Socket("127.0.0.1", port).close()))
                    .as("port %s closed", port).isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    void closeWhileLoginsAreInFlightAnswersEveryOneOfThem() throws Exception {
        // The default Argon2 cost on one hashing thread makes each login take tens of milliseconds.
        TestServer server = TestServer.builder()
                .set("argon2.memory.kib", "19456").set("argon2.iterations", "2")
                .set("hash.pool.threads", "1").set("hash.pool.queue", "16").start();
        TestHttp http = server.http();
        String password = "correct horse battery staple";
        for (int i = 0; i < 6; i++) http.post("/api/v1/signup", Map.of("username", "graceful" + i, "password", password));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> inFlight = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String username = "graceful" + i; // one account each: parallel attempts on one account count against its throttle
                inFlight.add(pool.submit(() -> http.post("/api/v1/login", Map.of("username", username, "password", password)).status()));
            }
            Thread.sleep(60); // the logins are now queued on the hashing thread
            long start = System.nanoTime();
            server.close();
            long closeMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(closeMillis).as("stop waits for the requests, not for the 10 s stop timeout").isLessThan(9_000);
            for (Future<Integer> f : inFlight) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
