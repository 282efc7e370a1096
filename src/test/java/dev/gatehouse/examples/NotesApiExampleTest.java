package dev.gatehouse.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import example.notes.NotesApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example in examples/notes-api, run against a real Gatehouse: tokens are validated through the
 * JWKS, issuer and audience are checked, and each route enforces its permission (RFC 6750 §3).
 */
class NotesApiExampleTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static TestServer gatehouse;
    private static NotesApi notes;
    private static String readerToken;
    private static String writerToken;

    @BeforeAll
    static void start() throws IOException {
        gatehouse = TestServer.start();
        TestHttp http = gatehouse.http();
        http.post("/api/v1/signup", Map.of("username", "reader", "password", PASSWORD));
        http.post("/api/v1/signup", Map.of("username", "writer", "password", PASSWORD));
        grant("notes-reader", "reader", "notes:read");
        grant("notes-writer", "writer", "notes:read", "notes:write");
        readerToken = http.login("reader", PASSWORD).path("access_token").asText();
        writerToken = http.login("writer", PASSWORD).path("access_token").asText();
        notes = notesApi(gatehouse, gatehouse.config().issuer());
        notes.start();
    }

    @AfterAll
    static void stop() {
        notes.close();
        gatehouse.close();
    }

    @Test
    void writerCanAddAndReadNotes() throws Exception {
        HttpResponse<String> created = call(notes, "POST", "/notes", writerToken, "{\"text\":\"buy milk\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> list = call(notes, "GET", "/notes", writerToken, null);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("buy milk");
    }

    @Test
    void readerCanReadButNotWrite() throws Exception {
        assertThat(call(notes, "GET", "/notes", readerToken, null).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = call(notes, "POST", "/notes", readerToken, "{\"text\":\"x\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElseThrow())
                .contains("error=\"insufficient_scope\"").contains("scope=\"notes:write\"");
    }

    @Test
    void requestedScopeNarrowsWhatTheTokenAllows() throws Exception {
        JsonNode narrowed = gatehouse.http().post("/api/v1/login",
                Map.of("username", "writer", "password", PASSWORD, "scope", "notes:read")).json();
        assertThat(narrowed.path("scope").asText()).isEqualTo("notes:read");
        String token = narrowed.path("access_token").asText();
        assertThat(call(notes, "GET", "/notes", token, null).statusCode()).isEqualTo(200);
        assertThat(call(notes, "POST", "/notes", token, "{\"text\":\"x\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void noTokenGetsBareChallenge() throws Exception {
        HttpResponse<String> response = call(notes, "GET", "/notes", null, null);
        assertThat(response.statusCode()).isEqualTo(401);
        // RFC 6750 §3.1: no error code when the request carried no credentials.
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).isEqualTo("Bearer realm=\"notes\"");
    }

    @Test
    void tamperedTokenIsInvalid() throws Exception {
        String[] parts = writerToken.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        HttpResponse<String> response = call(notes, "GET", "/notes", forged, null);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow()).contains("error=\"invalid_token\"");
        assertThat(call(notes, "GET", "/notes", "not-a-jwt", null).statusCode()).isEqualTo(401);
    }

    @Test
    void tokenForAnotherAudienceIsInvalid() throws Exception {
        try (NotesApi other = notesApi(gatehouse, "https://other-api.example")) {
            other.start();
            assertThat(call(other, "GET", "/notes", writerToken, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void tokenFromAnotherIssuerIsInvalid() throws Exception {
        try (TestServer stranger = TestServer.start()) {
            stranger.http().post("/api/v1/signup", Map.of("username", "writer", "password", PASSWORD));
            String foreign = stranger.http().login("writer", PASSWORD).path("access_token").asText();
            // Same issuer URL shape, different keys: the signature cannot be verified with our JWKS.
            assertThat(call(notes, "GET", "/notes", foreign, null).statusCode()).isEqualTo(401);
        }
    }

    @Test
    void expiredTokenIsInvalid() throws Exception {
        MutableClock past = MutableClock.startingNow();
        past.advance(Duration.ofHours(-1)); // tokens minted an hour ago, with a 15-minute lifetime
        try (TestServer old = TestServer.builder().clock(past).start()) {
            old.http().post("/api/v1/signup", Map.of("username", "writer", "password", PASSWORD));
            String expired = old.http().login("writer", PASSWORD).path("access_token").asText();
            try (NotesApi api = notesApi(old, old.config().issuer())) {
                api.start();
                assertThat(call(api, "GET", "/notes", expired, null).statusCode()).isEqualTo(401);
            }
        }
    }

    @Test
    void tokensSignedAfterKeyRotationAreAccepted() throws Exception {
        assertThat(call(notes, "GET", "/notes", readerToken, null).statusCode()).isEqualTo(200); // JWKS now cached
        gatehouse.gatehouse().services().keys().rotate();
        String fresh = gatehouse.http().login("reader", PASSWORD).path("access_token").asText();
        // An unknown kid makes the example refetch the JWKS once.
        assertThat(call(notes, "GET", "/notes", fresh, null).statusCode()).isEqualTo(200);
        assertThat(call(notes, "GET", "/notes", readerToken, null).statusCode()).isEqualTo(200);
    }

    /** The issuer is the public URL; the JWKS is fetched from where the test server really listens. */
    private static NotesApi notesApi(TestServer server, String audience) throws IOException {
        return new NotesApi(server.config().issuer(), server.baseUrl() + "/oauth2/jwks", audience, 0);
    }

    private static void grant(String role, String username, String... permissions) {
        gatehouse.gatehouse().stores().jdbi().useTransaction(h -> {
            h.execute("INSERT INTO roles (name, description, built_in, created_at) VALUES (?, ?, 0, 0)", role, role);
            for (String p : permissions) h.execute("INSERT INTO role_permissions (role_name, permission) VALUES (?, ?)", role, p);
            h.execute("INSERT INTO user_roles (user_id, role_name) SELECT id, ? FROM users WHERE username = ?", role, username);
        });
    }

    private static HttpResponse<String> call(NotesApi api, String method, String path, String bearer, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (bearer != null) b.header("Authorization", "Bearer " + bearer);
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
