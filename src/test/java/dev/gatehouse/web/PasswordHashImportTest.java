package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.ForeignHashes;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code POST /admin/v1/users} with {@code password_hash} (API.md §8): a user from another system
 * signs in with the password they had there, and that login replaces the hash by Argon2id
 * (SECURITY.md "Passwords"); hashes that cannot be parsed, or would make each login expensive, are
 * refused with 400 naming the field.
 */
class PasswordHashImportTest {
    private static final String PASSWORD = "the passphrase they chose years ago";
    private static final AtomicInteger SEQ = new AtomicInteger();
    static final List<String> KINDS = ForeignHashes.KINDS;
    private static TestServer server;
    private static TestHttp http;
    private static AdminFixture fx;
    private static String admin;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        fx = new AdminFixture(server);
        fx.admin("root");
        admin = fx.token("root");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static TestHttp.Response create(Map<String, Object> body, String token) {
        return http.send("POST", "/admin/v1/users", TestHttp.json(body), "application/json", token);
    }

    private static Map<String, Object> user(String username, String hash) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("email", username + "@example.com");
        body.put("email_verified", true);
        body.put("password_hash", hash);
        return body;
    }

    private static String storedHash(String userId) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM users WHERE id = :id")
                .bind("id", userId).mapTo(String.class).one());
    }

    @ParameterizedTest
    @FieldSource("KINDS")
    void createWhenPasswordHashOfAnotherSystemThenOriginalPasswordSignsInAndHashBecomesArgon2id(String kind) {
        String username = "imported" + SEQ.incrementAndGet();
        String hash = ForeignHashes.hash(kind, PASSWORD);
        TestHttp.Response created = create(user(username, hash), admin);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("password");
        String id = created.json().path("id").asText();
        assertThat(storedHash(id)).as("stored as it came").isEqualTo(hash);

        TestHttp.Response wrong = http.post("/api/v1/login", Map.of("username", username, "password", PASSWORD + "!"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(storedHash(id)).as("a failed login changes nothing").isEqualTo(hash);

        assertThat(http.login(username, PASSWORD).path("access_token").asText()).isNotEmpty();
        String upgraded = storedHash(id);
        assertThat(upgraded).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").isNotEqualTo(hash);
        assertThat(http.login(username + "@example.com", PASSWORD).path("access_token").asText()).isNotEmpty();
        assertThat(storedHash(id)).as("the upgraded hash stays").isEqualTo(upgraded);
    }

    @Test
    void createWhenBothPasswordAndHashThenBadRequestNamingBoth() {
        Map<String, Object> body = user("both" + SEQ.incrementAndGet(), ForeignHashes.hash("bcrypt-2b", PASSWORD));
        body.put("password", "correct horse battery staple");
        TestHttp.Response r = create(body, admin);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_request");
        assertThat(fieldErrors(r)).contains("password:exclusive", "password_hash:exclusive");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "x", "$2b$10$short", "$2b$16$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123",
            "$scrypt$ln=20,r=8,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "$pbkdf2-sha256$i=100000000$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "$argon2id$v=19$m=1048576,t=10,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "$argon2id$v=19$m=4294967296,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "$1$saltsalt$qwertyuiopasdfghjklzxc", "{SSHA}c2FsdGVkaGFzaA==", "correct horse battery staple",
            "$argon2id$v=19$m=65536,t=1,p=1$c2FsdHNhbHQ$\u0000\u0000", "$argon2id$v=19$m=65536,t=1,p=1$c2FsdHNhbHQ$\u202e",
            "$pbkdf2-sha256$i=1000$$$$$$$$$$$$$$$", "$2b$10$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123\n"})
    void createWhenHashMalformedCostlyOrForeignThenBadRequestNamingPasswordHash(String hash) {
        TestHttp.Response r = create(user("hostile" + SEQ.incrementAndGet(), hash), admin);
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_request");
        assertThat(fieldErrors(r)).singleElement().asString().startsWith("password_hash:");
        if (hash.length() > 16) assertThat(r.body()).as("the hash is not echoed").doesNotContain(hash.substring(8));
    }

    @Test
    void createWhenHashHugeOrNotTextThenBadRequestNeverServerError() {
        TestHttp.Response huge = create(user("huge" + SEQ.incrementAndGet(), "$2b$10$" + "a".repeat(60_000)), admin);
        assertThat(huge.status()).isEqualTo(400);
        assertThat(fieldErrors(huge)).containsExactly("password_hash:too_long");
        TestHttp.Response tooBig = create(user("huger" + SEQ.incrementAndGet(), "$" + "a".repeat(2_000_000)), admin);
        assertThat(tooBig.status()).isIn(400, 413);
        Map<String, Object> number = user("num" + SEQ.incrementAndGet(), null);
        number.put("password_hash", 12);
        assertThat(create(number, admin).status()).isEqualTo(400);
        Map<String, Object> list = user("list" + SEQ.incrementAndGet(), null);
        list.put("password_hash", List.of("$2b$10$x"));
        assertThat(create(list, admin).status()).isEqualTo(400);
        Map<String, Object> nul = user("null" + SEQ.incrementAndGet(), null);
        TestHttp.Response withNull = create(nul, admin);
        assertThat(withNull.status()).as("null is absent: a user without a password, as before").isEqualTo(201);
    }

    /** Importing is creating: the same permission, and the same rule on the roles given (PrivilegeGuard). */
    @Test
    void createWhenCallerLacksPermissionsOfTheRolesThenForbiddenWhateverTheCredential() {
        assertThat(create(Map.of("name", "importer", "permissions", List.of("admin:users:write", "admin:roles:write")), admin, "/admin/v1/roles")
                .status()).isEqualTo(201);
        server.gatehouse().services().accounts().create("importer1", AdminFixture.PASSWORD, null, null, List.of("user", "importer"), null);
        fx.user("plainuser");
        String importer = fx.token("importer1");
        String plain = fx.token("plainuser");
        String hash = ForeignHashes.hash("bcrypt-2b", PASSWORD);

        Map<String, Object> asAdmin = user("wannabe" + SEQ.incrementAndGet(), hash);
        asAdmin.put("roles", List.of("user", "admin"));
        TestHttp.Response r = create(asAdmin, importer);
        assertThat(r.status()).as(r.body()).isEqualTo(403);
        assertThat(r.code()).isEqualTo("forbidden");
        assertThat(http.post("/api/v1/login", Map.of("username", asAdmin.get("username"), "password", PASSWORD)).status()).isEqualTo(401);

        assertThat(create(user("byplain" + SEQ.incrementAndGet(), hash), plain).status()).isEqualTo(403);
        assertThat(create(user("anon" + SEQ.incrementAndGet(), hash), null).status()).isEqualTo(401);

        TestHttp.Response ok = create(user("delegated" + SEQ.incrementAndGet(), hash), importer);
        assertThat(ok.status()).as("a plain user, within the importer's permissions").isEqualTo(201);
    }

    private static TestHttp.Response create(Map<String, Object> body, String token, String path) {
        return http.send("POST", path, TestHttp.json(body), "application/json", token);
    }

    /** Two administrators (or two retries) importing one username at once: one user, the rest 409. */
    @Test
    void createWhenSameUsernameImportedConcurrentlyThenOneWins() throws Exception {
        String username = "race" + SEQ.incrementAndGet();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < 8; i++) hashes.add(ForeignHashes.hash("pbkdf2-sha256", PASSWORD + i));
        AtomicInteger next = new AtomicInteger();
        List<TestHttp.Response> answers = Concurrently.run(8, () -> {
            Map<String, Object> body = user(username, hashes.get(next.getAndIncrement()));
            body.remove("email");
            return create(body, admin);
        });
        assertThat(answers).filteredOn(a -> a.status() == 201).hasSize(1);
        assertThat(answers).filteredOn(a -> a.status() == 409).hasSize(7).allSatisfy(a -> assertThat(a.code()).isEqualTo("username_taken"));
        String id = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow().json().path("id").asText();
        int winner = hashes.indexOf(storedHash(id));
        assertThat(winner).as("the stored hash is one of those sent, whole").isNotNegative();
        assertThat(http.login(username, PASSWORD + winner).path("access_token").asText()).isNotEmpty();
        assertThat(http.post("/api/v1/login", Map.of("username", username, "password", PASSWORD + ((winner + 1) % 8))).status())
                .isEqualTo(401);
    }

    private static List<String> fieldErrors(TestHttp.Response r) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : r.json().path("errors")) out.add(e.path("field").asText() + ":" + e.path("code").asText());
        return out;
    }
}
