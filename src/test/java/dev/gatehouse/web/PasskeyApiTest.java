package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestAuthenticator;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Passkeys over HTTP (API.md §7) with a software authenticator (ES256, "none" attestation): registration
 * by a recently signed-in user, passwordless sign-in, and the refusals of W3C WebAuthn §7: another
 * origin or RP ID, a replayed or foreign challenge, a counter going back, a duplicate credential.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasskeyApiTest {
    private static final String ORIGIN = "http://localhost:8080";
    private static final String PASSWORD = "correct horse battery staple";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final AtomicInteger SEQ = new AtomicInteger();

    private final MutableClock clock = MutableClock.startingNow();
    private TestServer server;
    private TestHttp http;

    @BeforeAll
    void start() {
        server = TestServer.builder().clock(clock).start();
        http = server.http();
    }

    @AfterAll
    void stop() {
        if (server != null) server.close();
    }

    private String newUser() {
        String name = "pk" + SEQ.incrementAndGet();
        return http.signupAndLogin(name, PASSWORD).path("access_token").asText();
    }

    private JsonNode creationOptions(String token) {
        TestHttp.Response r = http.post("/api/v1/me/passkeys/options", Map.of(), token);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private TestHttp.Response register(String token, TestAuthenticator a) {
        return http.post("/api/v1/me/passkeys", Map.of("name", "Laptop", "credential", a.register(creationOptions(token), ORIGIN)), token);
    }

    private JsonNode registered(String token, TestAuthenticator a) {
        TestHttp.Response r = register(token, a);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    private JsonNode requestOptions() {
        TestHttp.Response r = http.post("/api/v1/login/passkey/options", Map.of());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private TestHttp.Response signIn(TestAuthenticator a) {
        JsonNode o = requestOptions();
        return signIn(o, a.assertion(o, ORIGIN));
    }

    private TestHttp.Response signIn(JsonNode options, Object credential) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("challenge_id", options.path("challenge_id").asText());
        body.put("credential", credential);
        return http.post("/api/v1/login/passkey", body);
    }

    private static JsonNode claims(String jwt) throws Exception {
        return MAPPER.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    @Test
    void registersAndSignsInWithoutPassword() throws Exception {
        String token = newUser();
        JsonNode o = creationOptions(token);
        assertThat(o.path("rp").path("id").asText()).isEqualTo("localhost");
        assertThat(o.path("user").path("id").asText()).isNotEmpty();
        assertThat(o.path("challenge").asText()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(o.path("pubKeyCredParams").findValues("alg").stream().map(JsonNode::asInt).toList()).contains(-7, -257, -8);
        assertThat(o.path("authenticatorSelection").path("residentKey").asText()).isEqualTo("preferred");
        assertThat(o.path("authenticatorSelection").path("userVerification").asText()).isEqualTo("preferred");
        assertThat(o.path("attestation").asText()).isEqualTo("none");
        assertThat(o.path("excludeCredentials").size()).isZero();

        TestAuthenticator a = new TestAuthenticator(1);
        TestHttp.Response r = http.post("/api/v1/me/passkeys", Map.of("name", "Laptop", "credential", a.register(o, ORIGIN)), token);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().path("id").asText()).isNotEmpty();
        assertThat(r.json().path("name").asText()).isEqualTo("Laptop");
        assertThat(r.json().path("created_at").asText()).isNotEmpty();
        assertThat(r.json().has("last_used_at")).isTrue();
        assertThat(r.json().path("last_used_at").isNull()).isTrue();
        // The next options exclude it.
        assertThat(creationOptions(token).path("excludeCredentials").findValuesAsText("id")).containsExactly(a.credentialId());

        JsonNode request = requestOptions();
        assertThat(request.path("challenge_id").asText()).isNotEmpty();
        assertThat(request.path("rpId").asText()).isEqualTo("localhost");
        assertThat(request.path("allowCredentials").size()).isZero();
        assertThat(request.path("userVerification").asText()).isEqualTo("required");
        TestHttp.Response login = signIn(request, a.assertion(request, ORIGIN));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.header("Cache-Control")).contains("no-store");
        String access = login.json().path("access_token").asText();
        assertThat(login.json().path("refresh_token").asText()).isNotEmpty();
        assertThat(MAPPER.convertValue(claims(access).path("amr"), List.class)).containsExactly("hwk", "mfa");
        assertThat(http.get("/api/v1/me", access).status()).isEqualTo(200);
    }

    @Test
    void aSyncedPasskeyWithoutCounterSignsInAgainAndAgainAsSwk() throws Exception {
        String token = newUser();
        TestAuthenticator a = new TestAuthenticator(0);
        a.backupEligible = true;
        registered(token, a);
        for (int i = 0; i < 3; i++) {
            TestHttp.Response r = signIn(a);
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            assertThat(MAPPER.convertValue(claims(r.json().path("access_token").asText()).path("amr"), List.class))
                    .containsExactly("swk", "mfa");
        }
    }

    @Test
    void aCounterGoingBackIsAClone() {
        String token = newUser();
        TestAuthenticator a = new TestAuthenticator(5);
        registered(token, a);
        assertThat(signIn(a).status()).isEqualTo(200); // counter 6
        a.signCount = 4; // the clone answers with 5
        assertThat(signIn(a).code()).isEqualTo("invalid_credentials");
        a.signCount = 5; // the same value again: 6 is not greater than 6
        assertThat(signIn(a).status()).isEqualTo(401);
        assertThat(signIn(a).status()).isEqualTo(200); // 7
    }

    @Test
    void anotherOriginOrRpIdIsRefused() {
        String token = newUser();
        TestAuthenticator evil = new TestAuthenticator(1);
        evil.origin = "http://localhost:8081";
        TestHttp.Response r = register(token, evil);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo("invalid_credential");
        TestAuthenticator otherRp = new TestAuthenticator(1);
        otherRp.rpId = "evil.example";
        assertThat(register(token, otherRp).code()).isEqualTo("invalid_credential");

        TestAuthenticator a = new TestAuthenticator(1);
        registered(token, a);
        a.origin = "https://phish.example";
        assertThat(signIn(a).code()).isEqualTo("invalid_credentials");
        a.origin = null;
        a.rpId = "phish.example";
        assertThat(signIn(a).code()).isEqualTo("invalid_credentials");
        a.rpId = null;
        assertThat(signIn(a).status()).isEqualTo(200);
    }

    @Test
    void theUserHandleMustBeTheCredentialOwners() {
        String alice = newUser();
        String bob = newUser();
        TestAuthenticator a = new TestAuthenticator(1);
        registered(alice, a);
        String bobsHandle = creationOptions(bob).path("user").path("id").asText();
        a.userHandle(bobsHandle);
        assertThat(signIn(a).code()).isEqualTo("invalid_credentials");
        a.userHandle(null);
        assertThat(signIn(a).code()).isEqualTo("invalid_credentials");
        a.userHandle(creationOptions(alice).path("user").path("id").asText());
        assertThat(signIn(a).status()).isEqualTo(200);
    }

    @Test
    void withoutUserVerificationThereIsNoPasswordlessSignIn() {
        String token = newUser();
        TestAuthenticator a = new TestAuthenticator(1);
        registered(token, a);
        a.userVerification = false;
        assertThat(signIn(a).status()).isEqualTo(401);
    }

    /**
     * The login page's passkey autofill asks for options on each view and may never answer them (the user types a
     * password, or leaves the page open): such a challenge is one more single-use row that the button's own does not
     * need, and it dies after its timeout (5 minutes), answered or not.
     */
    @Test
    void anUnansweredChallengeOfAnOpenPageExpires() {
        TestAuthenticator a = new TestAuthenticator(1);
        registered(newUser(), a);
        JsonNode open = requestOptions(); // the page's conditional request, never answered
        assertThat(open.path("timeout").asLong()).isEqualTo(Duration.ofMinutes(5).toMillis());
        JsonNode pressed = requestOptions(); // the button's, beside it
        assertThat(pressed.path("challenge_id").asText()).isNotEqualTo(open.path("challenge_id").asText());
        assertThat(signIn(pressed, a.assertion(pressed, ORIGIN)).status()).isEqualTo(200);
        JsonNode late = requestOptions();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        TestHttp.Response expired = signIn(open, a.assertion(open, ORIGIN));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo("invalid_credentials");
        assertThat(signIn(late, a.assertion(late, ORIGIN)).status()).isEqualTo(401);
        assertThat(signIn(a).status()).as("a new view's options work").isEqualTo(200);
    }

    @Test
    void aChallengeIsSpentOnce() {
        String token = newUser();
        JsonNode o = creationOptions(token);
        TestAuthenticator first = new TestAuthenticator(1);
        TestAuthenticator second = new TestAuthenticator(1);
        assertThat(http.post("/api/v1/me/passkeys", Map.of("credential", first.register(o, ORIGIN)), token).status()).isEqualTo(201);
        TestHttp.Response again = http.post("/api/v1/me/passkeys", Map.of("credential", second.register(o, ORIGIN)), token);
        assertThat(again.code()).isEqualTo("invalid_credential");

        JsonNode request = requestOptions();
        assertThat(signIn(request, first.assertion(request, ORIGIN)).status()).isEqualTo(200);
        assertThat(signIn(request, first.assertion(request, ORIGIN)).status()).isEqualTo(401);
    }

    @Test
    void anotherUsersChallengeIsRefused() {
        String alice = newUser();
        String mallory = newUser();
        JsonNode aliceOptions = creationOptions(alice);
        TestAuthenticator a = new TestAuthenticator(1);
        TestHttp.Response r = http.post("/api/v1/me/passkeys", Map.of("credential", a.register(aliceOptions, ORIGIN)), mallory);
        assertThat(r.code()).isEqualTo("invalid_credential");
        // Alice's challenge is still hers.
        assertThat(http.post("/api/v1/me/passkeys", Map.of("credential", a.register(aliceOptions, ORIGIN)), alice).status()).isEqualTo(201);
    }

    @Test
    void aCredentialIsRegisteredOnce() {
        String alice = newUser();
        String bob = newUser();
        TestAuthenticator a = new TestAuthenticator(1);
        registered(alice, a);
        TestHttp.Response again = register(alice, a);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("credential_exists");
        assertThat(register(bob, a).code()).isEqualTo("credential_exists");
    }

    @Test
    void onlyTheOwnerRemovesAPasskey() {
        String alice = newUser();
        String bob = newUser();
        TestAuthenticator a = new TestAuthenticator(1);
        String id = registered(alice, a).path("id").asText();
        assertThat(http.send("DELETE", "/api/v1/me/passkeys/" + id, (String) null, null, bob).code()).isEqualTo("not_found");
        assertThat(http.send("DELETE", "/api/v1/me/passkeys/nope", (String) null, null, alice).status()).isEqualTo(404);
        assertThat(http.send("DELETE", "/api/v1/me/passkeys/" + id, (String) null, null, alice).status()).isEqualTo(204);
        assertThat(http.send("DELETE", "/api/v1/me/passkeys/" + id, (String) null, null, alice).status()).isEqualTo(404);
        assertThat(signIn(a).status()).isEqualTo(401);
    }

    @Test
    void addingOrRemovingNeedsARecentSignIn() {
        String token = newUser();
        TestAuthenticator a = new TestAuthenticator(1);
        JsonNode o = creationOptions(token);
        String id = registered(token, a).path("id").asText();
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        {
            TestAuthenticator b = new TestAuthenticator(1);
            assertThat(http.post("/api/v1/me/passkeys/options", Map.of(), token).code()).isEqualTo("reauthentication_required");
            TestHttp.Response late = http.post("/api/v1/me/passkeys", Map.of("credential", b.register(o, ORIGIN)), token);
            assertThat(late.status()).isEqualTo(403);
            assertThat(late.code()).isEqualTo("reauthentication_required");
            assertThat(http.send("DELETE", "/api/v1/me/passkeys/" + id, (String) null, null, token).code())
                    .isEqualTo("reauthentication_required");
            // A passkey sign-in is a sign-in: its token may manage passkeys again.
            String fresh = signIn(a).json().path("access_token").asText();
            assertThat(http.send("DELETE", "/api/v1/me/passkeys/" + id, (String) null, null, fresh).status()).isEqualTo(204);
        }
    }

    @Test
    void theWindowForPasskeyChangesIsTheSecondFactorsOne() {
        // Adding a passkey is adding a factor: mfa.reauth.max.age decides (API.md §7), not the email change's window.
        MutableClock own = MutableClock.startingNow();
        try (TestServer s = TestServer.builder().clock(own).set("mfa.reauth.max.age", "30m").set("account.reauth.max.age", "1m").start()) {
            String token = s.http().signupAndLogin("window", PASSWORD).path("access_token").asText();
            own.advance(Duration.ofMinutes(10));
            assertThat(s.http().post("/api/v1/me/passkeys/options", Map.of(), token).status()).isEqualTo(200);
        }
    }

    @Test
    void signInsDrawOnTheLoginsAddressBudgetAndOptionsOnTheirOwn() {
        MutableClock own = MutableClock.startingNow();
        try (TestServer limited = TestServer.builder().clock(own).set("ip.rate.per.minute", "3").start()) {
            TestHttp h = limited.http();
            String token = h.signupAndLogin("budget", PASSWORD).path("access_token").asText(); // 2 of 3
            TestAuthenticator a = new TestAuthenticator(1);
            JsonNode creation = h.post("/api/v1/me/passkeys/options", Map.of(), token).json();
            assertThat(h.post("/api/v1/me/passkeys", Map.of("credential", a.register(creation, ORIGIN)), token).status()).isEqualTo(201);
            JsonNode first = h.post("/api/v1/login/passkey/options", Map.of()).json();
            Map<String, Object> body = Map.of("challenge_id", first.path("challenge_id").asText(), "credential", a.assertion(first, ORIGIN));
            assertThat(h.post("/api/v1/login/passkey", body).status()).isEqualTo(200); // 3 of 3
            JsonNode second = h.post("/api/v1/login/passkey/options", Map.of()).json();
            TestHttp.Response refused = h.post("/api/v1/login/passkey",
                    Map.of("challenge_id", second.path("challenge_id").asText(), "credential", a.assertion(second, ORIGIN)));
            assertThat(refused.code()).isEqualTo("rate_limited");
            assertThat(refused.header("Retry-After")).isNotNull();
            assertThat(h.post("/api/v1/login/passkey/options", Map.of()).status()).isEqualTo(200); // 3 of the options' own 3
            TestHttp.Response tooMany = h.post("/api/v1/login/passkey/options", Map.of());
            assertThat(tooMany.status()).isEqualTo(429);
            assertThat(tooMany.code()).isEqualTo("rate_limited");
        }
    }

    @Test
    void registrationNeedsAFirstPartyBearer() {
        assertThat(http.post("/api/v1/me/passkeys/options", Map.of()).status()).isEqualTo(401);
        assertThat(http.post("/api/v1/me/passkeys", Map.of("credential", Map.of())).status()).isEqualTo(401);
    }

    @Test
    void oneChallengeRacedByManyHasOneWinner() throws Exception {
        String token = newUser();
        TestAuthenticator a = new TestAuthenticator(0);
        registered(token, a);
        JsonNode request = requestOptions();
        List<Object> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) answers.add(a.assertion(request, ORIGIN));
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = Concurrently.run(8, () -> signIn(request, answers.get(next.getAndIncrement())).status());
        // The losers are failures of the account: 401, or 429 once they exceed its free attempts.
        assertThat(statuses).isSubsetOf(200, 401, 429);
        assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
    }

    @Test
    void failedSignInsCountAgainstTheAccount() {
        String token = newUser();
        TestAuthenticator a = new TestAuthenticator(1);
        registered(token, a);
        a.origin = "https://phish.example";
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 12; i++) codes.add(signIn(a).code());
        assertThat(codes).contains("invalid_credentials", "too_many_attempts");
        a.origin = null;
        TestHttp.Response locked = signIn(a);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotNull();
    }

    @Test
    void hostileCredentialsAreRefusedNeverAServerError() {
        String token = newUser();
        TestAuthenticator a = new TestAuthenticator(1);
        Map<String, Object> good = a.register(creationOptions(token), ORIGIN);
        String b64 = Base64.getUrlEncoder().withoutPadding().encodeToString("x".repeat(40_000).getBytes(StandardCharsets.UTF_8));
        List<Object> hostile = new ArrayList<>(List.of("x", 1, List.of(), Map.of(), Map.of("type", "public-key"),
                Map.of("type", "public-key", "id", "!!", "response", Map.of()),
                Map.of("type", "public-key", "id", "AAAA", "response", Map.of("clientDataJSON", b64, "attestationObject", b64)),
                Map.of("type", "public-key", "id", "AAAA", "response", Map.of("clientDataJSON", "e30", "attestationObject", "oA")),
                Map.of("type", "public-key", "id", "AAAA", "response", Map.of("clientDataJSON", 7, "attestationObject", List.of())),
                Map.of("type", "password", "id", "AAAA", "response", Map.of())));
        Map<String, Object> mangled = new LinkedHashMap<>(good);
        Map<String, Object> response = new LinkedHashMap<>(castMap(good.get("response")));
        response.put("attestationObject", "v2N4eXqhYWL_");
        response.put("transports", List.of("x".repeat(5000), 1, Map.of()));
        mangled.put("response", response);
        hostile.add(mangled);
        String deep = "[".repeat(200) + "]".repeat(200);
        for (Object c : hostile) {
            TestHttp.Response r = http.post("/api/v1/me/passkeys", Map.of("credential", c), token);
            assertThat(r.status()).as(String.valueOf(c)).isBetween(400, 499);
            TestHttp.Response s = http.post("/api/v1/login/passkey", Map.of("challenge_id", "abc", "credential", c));
            assertThat(s.status()).as(String.valueOf(c)).isBetween(400, 499);
        }
        for (String raw : List.of("{\"credential\":" + deep + "}", "{\"credential\":", "[]", "{\"credential\":{},\"x\":1}",
                "{\"name\":\"" + "n".repeat(1000) + "\",\"credential\":{}}", "{\"name\":\"a\\u0000b\",\"credential\":{}}")) {
            assertThat(http.send("POST", "/api/v1/me/passkeys", raw, "application/json", token).status()).as(raw).isBetween(400, 499);
            assertThat(http.send("POST", "/api/v1/login/passkey", raw, "application/json", null).status()).as(raw).isBetween(400, 499);
        }
        assertThat(http.send("POST", "/api/v1/login/passkey/options", "{\"x\":1}", "application/json", null).status()).isEqualTo(400);
        assertThat(http.post("/api/v1/login/passkey", Map.of("challenge_id", "x".repeat(5000), "credential", good)).status()).isEqualTo(401);
        // Unknown members inside the credential are not refused (the mangled one above spent the first challenge).
        Map<String, Object> extra = new LinkedHashMap<>(a.register(creationOptions(token), ORIGIN));
        extra.put("futureMember", Map.of("a", 1));
        assertThat(http.post("/api/v1/me/passkeys", Map.of("credential", extra), token).status()).isEqualTo(201);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object o) {
        return (Map<String, Object>) o;
    }
}
