package dev.gatehouse.web;

import static dev.gatehouse.web.ProblemAssert.assertFieldErrors;
import static dev.gatehouse.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signup over HTTP: each password rule and username rule answers its own code (API.md §3,
 * SECURITY.md "Passwords and signup"), identities are unique per normalised form, also under
 * parallel requests.
 */
class SignupRulesTest {
    private static final String PASSWORD = "correct horse battery staple";

    private static TestServer server;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        // A hash queue that never sheds load: the parallel tests are about uniqueness, not about the
        // 503 overloaded answer of a saturated pool (a separate contract).
        server = TestServer.builder().set("hash.pool.queue", "64").start();
        http = server.http();
        assertThat(signup("alice", PASSWORD, "alice@example.com").status()).isEqualTo(201);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static TestHttp.Response signup(String username, String password, String email) {
        Map<String, String> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        if (email != null) body.put("email", email);
        return http.post("/api/v1/signup", body);
    }

    // ---- password rules ----

    @Test
    void tooShortPassword() {
        assertFieldErrors(signup("dave", "kx9#Lm2!", null), ErrorCode.WEAK_PASSWORD, "password", "too_short");
        assertFieldErrors(signup("dave", "kx9#Lm2!wq7$Zp", null), ErrorCode.WEAK_PASSWORD, "password", "too_short");
        // Counted in code points: 14 emoji are 28 UTF-16 units but still too short; 15 are enough.
        assertFieldErrors(signup("dave", "\uD83D\uDE00".repeat(14), null), ErrorCode.WEAK_PASSWORD, "password", "too_short");
        // Fifteen different ones: fifteen of the same would be refused as repetitive.
        String fifteen = "\uD83D\uDE00\uD83D\uDE0E\uD83D\uDE03\uD83D\uDE31\uD83D\uDE09\uD83D\uDE1C\uD83D\uDE4F\uD83D\uDE0A"
                + "\uD83D\uDE2D\uD83D\uDE05\uD83D\uDE21\uD83D\uDE34\uD83D\uDE07\uD83D\uDE44\uD83D\uDE18";
        assertThat(signup("dave", fifteen, null).status()).isEqualTo(201);
    }

    @Test
    void commonPassword() {
        assertFieldErrors(signup("erin", "1qaz2wsx3edc4rfv", null), ErrorCode.WEAK_PASSWORD, "password", "common");
        assertFieldErrors(signup("erin", "1QAZ2WSX3EDC4RFV", null), ErrorCode.WEAK_PASSWORD, "password", "common");
        assertFieldErrors(signup("erin", "password", null), ErrorCode.WEAK_PASSWORD,
                "password", "too_short", "password", "common");
    }

    @Test
    void passwordContainingUserInfo() {
        assertFieldErrors(signup("margarethe", "margarethe likes long walks", null), ErrorCode.WEAK_PASSWORD,
                "password", "contains_user_info");
        assertFieldErrors(signup("margarethe", "MARGARETHE LIKES LONG WALKS", null), ErrorCode.WEAK_PASSWORD,
                "password", "contains_user_info");
        assertFieldErrors(signup("frank42", "my zebrafish swims at night", "zebrafish@example.com"), ErrorCode.WEAK_PASSWORD,
                "password", "contains_user_info");
        assertFieldErrors(signup("qzvbnmk", "qzvbnmk", null), ErrorCode.WEAK_PASSWORD,
                "password", "too_short", "password", "contains_user_info");
    }

    @Test
    void tooLongPassword() {
        assertFieldErrors(signup("gina", "x".repeat(1025), null), ErrorCode.WEAK_PASSWORD, "password", "too_long");
        assertFieldErrors(signup("gina", "x".repeat(50_000), null), ErrorCode.WEAK_PASSWORD, "password", "too_long");
        // 1024 code points is the default cap and still accepted.
        String longest = ("correct horse battery staple " + "Ab3-".repeat(256)).substring(0, 1024);
        assertThat(signup("gina", longest, null).status()).isEqualTo(201);
        assertThat(http.login("gina", longest).path("access_token").asText()).isNotEmpty();
    }

    // ---- usernames ----

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "p\u0430ypal|mixed_script",        // Cyrillic a among Latin letters
            "a b|invalid_characters",
            "x|too_short",
            "a@b.c|invalid",
            "' alice'|invalid",                 // surrounding space is refused, not trimmed
            "alice\u200B|invalid_characters",   // zero-width space
            "ad\u202Emin|invalid_characters",   // right-to-left override
            "bob<script>|invalid_characters",
            "''|too_short"})
    void invalidUsernames(String username, String code) {
        assertFieldErrors(signup(username, PASSWORD, null), ErrorCode.INVALID_REQUEST, "username", code);
    }

    @Test
    void overlongUsername() {
        assertFieldErrors(signup("u".repeat(65), PASSWORD, null), ErrorCode.INVALID_REQUEST, "username", "too_long");
        assertThat(signup("u".repeat(64), PASSWORD, null).status()).isEqualTo(201);
    }

    // ---- uniqueness ----

    @Test
    void takenUsernameInAnyCaseOrWidth() {
        for (String variant : List.of("alice", "Alice", "ALICE", "\uFF41\uFF4C\uFF49\uFF43\uFF45")) {
            assertProblem(signup(variant, PASSWORD, null), ErrorCode.USERNAME_TAKEN);
        }
    }

    @Test
    void takenEmailInAnyCase() {
        List<String> variants = List.of("alice@example.com", "ALICE@example.com", "Alice@Example.COM");
        for (int i = 0; i < variants.size(); i++) {
            assertProblem(signup("alicemail" + i, PASSWORD, variants.get(i)), ErrorCode.EMAIL_TAKEN);
        }
    }

    @Test
    void takenEmailThroughPatchMe() {
        String token = http.signupAndLogin("mallory", PASSWORD).path("access_token").asText();
        for (String variant : List.of("alice@example.com", "ALICE@EXAMPLE.COM")) {
            TestHttp.Response r = http.send("PATCH", "/api/v1/me", "{\"email\":\"" + variant + "\"}", "application/json", token);
            assertProblem(r, ErrorCode.EMAIL_TAKEN);
        }
        assertThat(http.get("/api/v1/me", token).json().path("email").isNull()).isTrue();
    }

    // ---- parallel signups ----

    private static List<TestHttp.Response> parallel(int n, IntFunction<TestHttp.Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<TestHttp.Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    go.await();
                    return call.apply(index);
                }));
            }
            go.countDown();
            List<TestHttp.Response> out = new ArrayList<>();
            for (Future<TestHttp.Response> f : futures) out.add(f.get(60, TimeUnit.SECONDS));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void parallelSignupsOfOneUsernameCreateExactlyOne() throws Exception {
        List<TestHttp.Response> responses = parallel(20, i -> signup("racer", PASSWORD, null));
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
        for (TestHttp.Response r : responses) {
            if (r.status() != 201) assertProblem(r, ErrorCode.USERNAME_TAKEN);
        }
        assertThat(http.login("racer", PASSWORD).path("access_token").asText()).isNotEmpty();
    }

    @Test
    void parallelSignupsOfOneEmailCreateExactlyOne() throws Exception {
        List<TestHttp.Response> responses = parallel(20, i -> signup("mailracer" + i, PASSWORD, "race@example.com"));
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
        for (TestHttp.Response r : responses) {
            if (r.status() != 201) assertProblem(r, ErrorCode.EMAIL_TAKEN);
        }
    }

    @Test
    void parallelSignupsOfDistinctUsernamesAllSucceed() throws Exception {
        List<TestHttp.Response> responses = parallel(20, i -> signup("runner" + i, PASSWORD, "runner" + i + "@example.com"));
        for (TestHttp.Response r : responses) assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(responses.stream().map(r -> r.json().path("id").asText()).distinct()).hasSize(20);
        for (int i = 0; i < 20; i++) assertThat(http.login("runner" + i, PASSWORD).has("access_token")).isTrue();
    }
}
