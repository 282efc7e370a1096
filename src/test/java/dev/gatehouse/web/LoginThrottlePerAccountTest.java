package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SECURITY.md "Who may act on whom": failures count per account, whatever name the attempt used
 * (issue 12 item 5). Every way of naming an account (username, email, their letter case and
 * Unicode variants, and the current password of a password change) draws on one budget; a name no
 * account has is throttled on the same schedule, so the 429 tells nothing about existence.
 */
class LoginThrottlePerAccountTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String WRONG = "wrong password, long enough";
    private static final int FREE = 5;

    private static TestServer start(TestDatabases.Kind kind) {
        // A still clock: every Retry-After of one lock is the same number of seconds.
        return TestServer.builder().database(kind).clock(MutableClock.startingNow())
                .set("login.throttle.free.attempts", String.valueOf(FREE))
                .set("login.throttle.base.delay", "60s")
                .start();
    }

    private static void signup(TestHttp http, String username, String email) {
        TestHttp.Response r = http.post("/api/v1/signup", Map.of("username", username, "password", PASSWORD, "email", email));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    private static TestHttp.Response login(TestHttp http, String identifier, String password) {
        return http.post("/api/v1/login", Map.of("username", identifier, "password", password));
    }

    private static void assertLocked(TestHttp.Response r) {
        assertThat(r.status()).as(r.body()).isEqualTo(429);
        assertThat(r.code()).isEqualTo("too_many_attempts");
        assertThat(r.header("Retry-After")).matches("[1-9][0-9]*");
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void wrongPasswordsSplitBetweenUsernameAndEmailThenRightPasswordIs429(TestDatabases.Kind kind) {
        try (TestServer server = start(kind)) {
            TestHttp http = server.http();
            signup(http, "carol", "carol@example.com");
            for (String name : List.of("carol", "carol@example.com", "carol", "carol@example.com", "carol")) {
                TestHttp.Response r = login(http, name, WRONG);
                assertThat(r.status()).as(name + " " + r.body()).isEqualTo(401);
            }
            assertLocked(login(http, "carol", PASSWORD));
            assertLocked(login(http, "carol@example.com", PASSWORD));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void emailCaseAndUnicodeVariantsCountAgainstTheSameAccount(TestDatabases.Kind kind) {
        try (TestServer server = start(kind)) {
            TestHttp http = server.http();
            signup(http, "dave", "Dave@Example.com");
            // Fullwidth letters fold to "dave" (NFKC), upper case to lower case.
            for (String name : List.of("DAVE@EXAMPLE.COM", "dave@example.COM", "\uFF24\uFF41\uFF56\uFF45", "Dave", "dave")) {
                TestHttp.Response r = login(http, name, WRONG);
                assertThat(r.status()).as(name + " " + r.body()).isEqualTo(401);
            }
            assertLocked(login(http, "dave", PASSWORD));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void unknownIdentifiersAre429AfterTheSameCountAsAnAccount(TestDatabases.Kind kind) {
        try (TestServer server = start(kind)) {
            TestHttp http = server.http();
            signup(http, "erin", "erin@example.com");
            List<String> known = answers(http, "erin");
            assertThat(known).as("an account").containsExactly("401 invalid_credentials", "401 invalid_credentials",
                    "401 invalid_credentials", "401 invalid_credentials", "401 invalid_credentials", "429 too_many_attempts 60",
                    "429 too_many_attempts 60");
            assertThat(answers(http, "nobody")).as("an unknown username").isEqualTo(known);
            assertThat(answers(http, "Nobody@Example.com")).as("an unknown email").isEqualTo(known);
            // An unknown name's own variants share its budget as well.
            for (int i = 0; i < FREE; i++) assertThat(login(http, i % 2 == 0 ? "ghost" : "GHOST", WRONG).status()).isEqualTo(401);
            assertLocked(login(http, "Ghost", WRONG));
        }
    }

    /** Status, code and Retry-After of FREE + 2 wrong passwords for one name. */
    private static List<String> answers(TestHttp http, String name) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < FREE + 2; i++) {
            TestHttp.Response r = login(http, name, WRONG);
            out.add(r.status() + " " + r.code() + (r.header("Retry-After") == null ? "" : " " + r.header("Retry-After")));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void wrongCurrentPasswordsAndHostedFormFailuresShareTheLoginBudget(TestDatabases.Kind kind) {
        try (TestServer server = start(kind)) {
            TestHttp http = server.http();
            signup(http, "frank", "frank@example.com");
            String token = login(http, "frank", PASSWORD).json().path("access_token").asText();
            for (int i = 0; i < 2; i++) {
                TestHttp.Response r = http.post("/api/v1/me/password",
                        Map.of("current_password", WRONG, "new_password", "another passphrase entirely"), token);
                assertThat(r.status()).as(r.body()).isEqualTo(401);
            }
            Browser browser = new Browser(server.baseUrl());
            for (int i = 0; i < 2; i++) {
                TestHttp.Response r = browser.submit("/login", "/login", Map.of("username", "FRANK@example.com", "password", WRONG));
                assertThat(r.status()).as(r.body()).isEqualTo(401);
            }
            assertThat(login(http, "frank@example.com", WRONG).status()).isEqualTo(401);
            assertLocked(login(http, "frank", PASSWORD));
            TestHttp.Response form = browser.submit("/login", "/login", Map.of("username", "frank", "password", PASSWORD));
            assertThat(form.status()).isEqualTo(429);
            assertThat(form.header("Retry-After")).matches("[1-9][0-9]*");
            TestHttp.Response change = http.post("/api/v1/me/password",
                    Map.of("current_password", PASSWORD, "new_password", "another passphrase entirely"), token);
            assertLocked(change);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void unknownNameThatNormalisesBeyondTheKeyColumnThen401Not500(TestDatabases.Kind kind) {
        try (TestServer server = start(kind)) {
            // U+FDFA is one character that NFKC turns into eighteen: 300 of them fold to 5,400.
            String name = "\uFDFA".repeat(300);
            TestHttp.Response r = login(server.http(), name, WRONG);
            assertThat(r.status()).as(r.body()).isEqualTo(401);
            assertThat(r.code()).isEqualTo("invalid_credentials");
            // flush() writes what is queued; a batch the background writer already took may still be on its way.
            int failures = 0;
            for (int i = 0; i < 50 && failures == 0; i++) {
                server.gatehouse().services().audit().flush();
                failures = server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM audit_events WHERE type = 'login' AND outcome = 'failure'").mapTo(Integer.class).one());
                if (failures == 0) sleep(100);
            }
            assertThat(failures).as("the failure is audited, its name cut to fit").isEqualTo(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
