package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NIST SP 800-63B-4 section 3.1.1.2 over HTTP: 15 characters and more, yet repetitive, sequential or
 * breached, is refused with 400 {@code weak_password} and a reason per {@code errors[].code}; a few
 * unrelated words pass. Signup and change here; reset in {@link AccountMailFlowTest}.
 */
class GuessablePasswordTest {

    private static final AtomicInteger SEQ = new AtomicInteger();
    private static TestServer server;
    private static TestHttp http;

    @BeforeAll
    static void start() {
        server = TestServer.builder().start();
        http = server.http();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    @ParameterizedTest
    @CsvSource({
            "aaaaaaaaaaaaaaa, repetitive",
            "123456789012345, sequential",
            "qwertyuiopasdfgh, common",
            "passwordpassword1, repetitive",
            "iloveyouiloveyou, repetitive",
    })
    void signupWhenPasswordIsLongButGuessableThenWeakPasswordWithTheReason(String password, String code) {
        int n = SEQ.incrementAndGet();
        TestHttp.Response r = http.post("/api/v1/signup",
                Map.of("username", "guess" + n, "password", password, "email", "guess" + n + "@example.com"));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("weak_password");
        assertThat(r.json().path("errors")).hasSize(1);
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("password");
        assertThat(r.json().path("errors").get(0).path("code").asText()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "a brand new passphrase for this account", "violet-anchor-tundra-97"})
    void signupWhenPasswordIsAPassphraseThenCreated(String password) {
        int n = SEQ.incrementAndGet();
        TestHttp.Response r = http.post("/api/v1/signup", Map.of("username", "phrase" + n, "password", password));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    @Test
    void signupWhenPasswordIsMadeOfTheNameThenContainsUserInfo() {
        TestHttp.Response r = http.post("/api/v1/signup",
                Map.of("username", "bjones", "password", "JonesBartholomew", "name", "Bartholomew Jones"));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.json().path("errors").get(0).path("code").asText()).isEqualTo("contains_user_info");
    }

    @Test
    void changeWhenNewPasswordIsSequentialThenWeakPasswordAndTheOldOneStillWorks() {
        String username = "changer" + SEQ.incrementAndGet();
        JsonNode tokens = http.signupAndLogin(username, "correct horse battery staple");
        String bearer = tokens.path("access_token").asText();
        TestHttp.Response r = http.post("/api/v1/me/password",
                Map.of("current_password", "correct horse battery staple", "new_password", "abcdefghijklmnopq"), bearer);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("weak_password");
        assertThat(r.json().path("errors").get(0).path("field").asText()).isEqualTo("new_password");
        assertThat(r.json().path("errors").get(0).path("code").asText()).isEqualTo("sequential");
        assertThat(http.login(username, "correct horse battery staple").path("access_token").asText()).isNotEmpty();
    }
}
