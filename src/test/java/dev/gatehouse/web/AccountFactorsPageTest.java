package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.testing.Authenticator;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestAuthenticator;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The second factors of the account page (API.md §7, §9): TOTP set-up (QR code and key, the same
 * pending secret on a reload and in a second tab), removal, recovery codes shown once and regenerated,
 * passkeys added through the page's ceremony and removed. Every change needs a recent sign-in of the
 * browser's own login session, else the hosted sign-in again and back; every form is CSRF-checked;
 * another user's passkey is 404; the registration challenge is this user's, single use and expiring.
 */
class AccountFactorsPageTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final String ORIGIN = "http://localhost:8080";
    private static final Pattern KEY = Pattern.compile("Key: <code>([A-Z2-7]+)</code>");
    private static final Pattern CODES = Pattern.compile("<li><code>([^<]+)</code></li>");
    private static final Pattern PASSKEY_FORM = Pattern.compile("action=\"/account/passkeys/([^\"/]+)/remove\"");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger N = new AtomicInteger();
    /** mfa.reauth.max.age of this server: longer than a passkey challenge lives (5 min), so both can be seen apart. */
    private static final Duration REAUTH = Duration.ofMinutes(10);

    private static final MutableClock CLOCK = MutableClock.startingNow();
    static TestServer server;

    /** The server of these tests, on SQLite unless a subclass picks another database. */
    static TestServer.Builder builder() {
        return TestServer.builder().clock(CLOCK).set("mfa.reauth.max.age", "10m").set("mfa.required.roles", "admin")
                .set("login.throttle.free.attempts", "50");
    }

    @BeforeAll
    static void start() {
        server = builder().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static String newUser() {
        String username = "fac" + N.incrementAndGet();
        TestHttp.Response r = server.http().post("/api/v1/signup", Map.of("username", username, "password", PASSWORD,
                "email", username + "@example.com"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return username;
    }

    private static Browser signedIn(String username) {
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response r = b.submit("/login", "/login", Map.of("username", username, "password", PASSWORD));
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        return b;
    }

    private static TestHttp.Response post(Browser b, String action) {
        return post(b, action, Map.of());
    }

    private static TestHttp.Response post(Browser b, String action, Map<String, String> fields) {
        return b.submit("/account", action, fields);
    }

    private static String secretOf(String html) {
        Matcher m = KEY.matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    private static List<String> codesOf(String html) {
        List<String> codes = new ArrayList<>();
        Matcher m = CODES.matcher(html);
        while (m.find()) codes.add(m.group(1));
        return codes;
    }

    private static List<String> passkeyIds(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = PASSKEY_FORM.matcher(html);
        while (m.find()) ids.add(m.group(1));
        return ids;
    }

    /** Starts the set-up, checks the page, and turns TOTP on with a computed code; returns the app and the recovery codes. */
    private static Map.Entry<Authenticator, List<String>> enrolTotp(Browser b) {
        TestHttp.Response started = post(b, "/account/factors/totp");
        assertThat(started.status()).as(started.body()).isEqualTo(303);
        assertThat(started.header("Location")).isEqualTo("/account/factors/totp");
        Authenticator app = new Authenticator(secretOf(b.get("/account/factors/totp").body()), CLOCK);
        TestHttp.Response confirmed = b.submit("/account/factors/totp", "/account/factors/totp/confirm", Map.of("code", app.code()));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        return Map.entry(app, codesOf(confirmed.body()));
    }

    private static String csrf(Browser b) {
        return Browser.hiddenInputs(b.get("/account").body()).get("csrf");
    }

    private static String credentialFor(Browser b, TestAuthenticator key) throws Exception {
        TestHttp.Response options = b.post("/account/passkeys/options", Map.of("csrf", csrf(b)));
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        return JSON.writeValueAsString(key.register(options.json(), ORIGIN));
    }

    private static void assertReauth(TestHttp.Response r, String username) {
        assertThat(r.status()).as(r.body()).isEqualTo(303);
        assertThat(r.header("Location")).isEqualTo("/login?return_to=%2Faccount%3Ffactors%3Dreauth&force=1&login_hint=" + username);
    }

    @Test
    void setsUpTotpWithTheQrCodeAndTheKeyShowingTheSamePendingSecretOnReloadAndInASecondTab() {
        String username = newUser();
        Browser b = signedIn(username);
        String page = b.get("/account").body();
        assertThat(page).contains("action=\"/account/factors/totp\"").contains("Set up an authenticator app")
                .doesNotContain("action=\"/account/factors/recovery-codes\"");
        // Nothing pending yet: the set-up page leads back to the account.
        assertThat(b.get("/account/factors/totp").header("Location")).isEqualTo("/account");

        assertThat(post(b, "/account/factors/totp").header("Location")).isEqualTo("/account/factors/totp");
        TestHttp.Response shown = b.get("/account/factors/totp");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.header("Cache-Control")).isEqualTo("no-store");
        assertThat(shown.body()).contains("<div class=\"qr\"><svg xmlns=\"http://www.w3.org/2000/svg\"").doesNotContain("<script>");
        assertThat(Browser.input(shown.body(), "code")).containsEntry("autocomplete", "one-time-code");
        String secret = secretOf(shown.body());
        assertThat(secret).hasSize(32);
        // A reload, a second click and a second tab show the key the app may already hold.
        assertThat(secretOf(b.get("/account/factors/totp").body())).isEqualTo(secret);
        assertThat(post(b, "/account/factors/totp").status()).isEqualTo(303);
        Browser tab = new Browser(server.baseUrl());
        b.cookies().forEach(tab::cookie);
        assertThat(post(tab, "/account/factors/totp").status()).isEqualTo(303);
        assertThat(secretOf(tab.get("/account/factors/totp").body())).isEqualTo(secret);

        Authenticator app = new Authenticator(secret, CLOCK);
        TestHttp.Response wrong = b.submit("/account/factors/totp", "/account/factors/totp/confirm", Map.of("code", app.code(5)));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("This code is not right.");
        assertThat(secretOf(wrong.body())).isEqualTo(secret);
        assertThat(Browser.input(wrong.body(), "code")).containsEntry("aria-invalid", "true");
        TestHttp.Response letters = b.submit("/account/factors/totp", "/account/factors/totp/confirm", Map.of("code", "abc"));
        assertThat(letters.status()).isEqualTo(400);
        assertThat(letters.body()).contains("Enter the 6-digit code");

        TestHttp.Response on = b.submit("/account/factors/totp", "/account/factors/totp/confirm", Map.of("code", app.code()));
        assertThat(on.status()).as(on.body()).isEqualTo(200);
        assertThat(on.header("Cache-Control")).isEqualTo("no-store");
        List<String> codes = codesOf(on.body());
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(on.body()).contains("href=\"/account\"");
        // Shown once: neither the account page nor the set-up page shows them again.
        String after = b.get("/account").body();
        assertThat(after).contains("<dd>On</dd>").contains("<dd>10 left</dd>").contains("action=\"/account/factors/totp/remove\"")
                .contains("action=\"/account/factors/recovery-codes\"");
        for (String c : codes) assertThat(after).doesNotContain(c);
        assertThat(b.get("/account/factors/totp").header("Location")).isEqualTo("/account");
        // Starting again while TOTP is on: nothing new, back to the account page.
        assertThat(post(b, "/account/factors/totp").header("Location")).isEqualTo("/account/factors/totp");
        assertThat(b.get("/account/factors/totp").header("Location")).isEqualTo("/account");
        // The JSON API knows it: the password alone no longer signs in.
        assertThat(server.http().post("/api/v1/login", Map.of("username", username, "password", PASSWORD)).code()).isEqualTo("mfa_required");
    }

    @Test
    void regeneratesRecoveryCodesOnceShownAndRemovesTotpWithThem() {
        String username = newUser();
        Browser b = signedIn(username);
        List<String> first = enrolTotp(b).getValue();
        TestHttp.Response again = post(b, "/account/factors/recovery-codes");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        List<String> second = codesOf(again.body());
        assertThat(second).hasSize(10).doesNotContainAnyElementsOf(first);
        assertThat(b.get("/account").body()).contains("<dd>10 left</dd>");

        // The old codes stopped working, the new ones sign in (and are spent).
        TestHttp http = server.http();
        String token = http.post("/api/v1/login", Map.of("username", username, "password", PASSWORD)).json().path("mfa_token").asText();
        assertThat(http.post("/api/v1/login/mfa", Map.of("mfa_token", token, "method", "recovery_code", "code", first.get(0))).code())
                .isEqualTo("invalid_mfa_code");
        token = http.post("/api/v1/login", Map.of("username", username, "password", PASSWORD)).json().path("mfa_token").asText();
        assertThat(http.post("/api/v1/login/mfa", Map.of("mfa_token", token, "method", "recovery_code", "code", second.get(0))).status())
                .isEqualTo(200);
        assertThat(b.get("/account").body()).contains("<dd>9 left</dd>");

        TestHttp.Response removed = post(b, "/account/factors/totp/remove");
        assertThat(removed.status()).isEqualTo(303);
        assertThat(removed.header("Location")).isEqualTo("/account?factors=totp_off");
        String page = b.get("/account?factors=totp_off").body();
        assertThat(page).contains("The authenticator app was removed.").contains("<dd>Off</dd>").contains("<dd>None left</dd>")
                .doesNotContain("action=\"/account/factors/recovery-codes\"");
        // Removing again is no error (idempotent, as DELETE /api/v1/me/mfa/totp); codes without a factor: none.
        assertThat(post(b, "/account/factors/totp/remove").status()).isEqualTo(303);
        assertThat(post(b, "/account/factors/recovery-codes").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/login", Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(200);
        // An unknown notice is none.
        assertThat(b.get("/account?factors=%3Cscript%3E").body()).doesNotContain("class=\"notice\"");
    }

    @Test
    void anOldSignInGoesThroughTheHostedSignInAgainWithTheSecondFactorAndBack() {
        String username = newUser();
        Browser b = signedIn(username);
        Authenticator app = enrolTotp(b).getKey();
        CLOCK.advance(REAUTH.plusMinutes(1));
        String page = b.get("/account").body();
        assertThat(page).contains("you will be asked for your password again");
        for (String action : List.of("/account/factors/totp/remove", "/account/factors/recovery-codes", "/account/passkeys")) {
            assertReauth(post(b, action), username);
        }
        assertThat(b.get("/account").body()).contains("<dd>On</dd>").contains("<dd>10 left</dd>");
        // The options of a passkey are refused as JSON asks them: the page's script then posts the form, as above.
        assertThat(b.post("/account/passkeys/options", Map.of("csrf", csrf(b))).status()).isEqualTo(403);

        // The sign-in again: the login form (forced, username filled in), the code, and back at the account page.
        String login = "/login?return_to=%2Faccount%3Ffactors%3Dreauth&force=1&login_hint=" + username;
        assertThat(Browser.input(b.get(login).body(), "username")).containsEntry("value", username);
        TestHttp.Response password = b.submit(login, "/login", Map.of("username", username, "password", PASSWORD));
        assertThat(password.status()).as(password.body()).isEqualTo(303);
        assertThat(password.header("Location")).startsWith("/login/mfa");
        TestHttp.Response code = b.submit(password.header("Location"), "/login/mfa", Map.of("code", app.code()));
        assertThat(code.status()).as(code.body()).isEqualTo(303);
        assertThat(code.header("Location")).isEqualTo("/account?factors=reauth");
        assertThat(b.get("/account?factors=reauth").body()).contains("You signed in again.").doesNotContain("you will be asked for your password again");

        // One click, and it is done.
        assertThat(post(b, "/account/factors/totp/remove").header("Location")).isEqualTo("/account?factors=totp_off");
    }

    @Test
    void addsAPasskeyThroughTheCeremonyListsItAndRemovesIt() throws Exception {
        String username = newUser();
        Browser b = signedIn(username);
        assertThat(b.get("/account").body()).contains("data-create=\"/account/passkeys/options\"").contains("class=\"muted passkey-unsupported\"");
        TestHttp.Response options = b.post("/account/passkeys/options", Map.of("csrf", csrf(b)));
        assertThat(options.status()).as(options.body()).isEqualTo(200);
        assertThat(options.header("Content-Type")).startsWith("application/json");
        assertThat(options.header("Cache-Control")).isEqualTo("no-store");
        JsonNode o = options.json();
        assertThat(o.path("rp").path("id").asText()).isEqualTo("localhost");
        assertThat(o.path("user").path("name").asText()).isEqualTo(username);
        assertThat(o.path("challenge").asText()).hasSizeGreaterThanOrEqualTo(43);

        TestAuthenticator key = new TestAuthenticator(1);
        String credential = JSON.writeValueAsString(key.register(o, ORIGIN));
        TestHttp.Response added = post(b, "/account/passkeys", Map.of("credential", credential, "passkey_name", "Laptop <b>"));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        // The first factor of the account: the recovery codes come with it, shown this once.
        assertThat(codesOf(added.body())).hasSize(10);
        String page = b.get("/account").body();
        assertThat(page).contains("Laptop &lt;b&gt;").contains("never used").contains("<dd>10 left</dd>");
        List<String> ids = passkeyIds(page);
        assertThat(ids).hasSize(1);

        // The same answer again: the challenge is spent.
        TestHttp.Response replay = post(b, "/account/passkeys", Map.of("credential", credential));
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.body()).contains("The passkey could not be verified.");

        // A second passkey: no new codes, a notice.
        TestAuthenticator phone = new TestAuthenticator(1);
        TestHttp.Response second = post(b, "/account/passkeys", Map.of("credential", credentialFor(b, phone)));
        assertThat(second.status()).isEqualTo(303);
        assertThat(second.header("Location")).isEqualTo("/account?factors=passkey_added");
        assertThat(b.get("/account?factors=passkey_added").body()).contains("The passkey was added.").contains("<dd>10 left</dd>");
        assertThat(passkeyIds(b.get("/account").body())).hasSize(2);
        // TOTP after a passkey: the account keeps the codes it has, and none are shown.
        assertThat(post(b, "/account/factors/totp").status()).isEqualTo(303);
        Authenticator app = new Authenticator(secretOf(b.get("/account/factors/totp").body()), CLOCK);
        TestHttp.Response totp = b.submit("/account/factors/totp", "/account/factors/totp/confirm", Map.of("code", app.code()));
        assertThat(totp.header("Location")).isEqualTo("/account?factors=totp_on");
        assertThat(b.get("/account?factors=totp_on").body()).contains("The authenticator app is set up.").contains("<dd>10 left</dd>");
        assertThat(post(b, "/account/factors/totp/remove").status()).isEqualTo(303);

        TestHttp.Response removed = post(b, "/account/passkeys/" + ids.get(0) + "/remove");
        assertThat(removed.status()).isEqualTo(303);
        assertThat(removed.header("Location")).isEqualTo("/account?factors=passkey_removed");
        assertThat(passkeyIds(b.get("/account").body())).hasSize(1).doesNotContain(ids.get(0));
        assertThat(post(b, "/account/passkeys/" + ids.get(0) + "/remove").status()).isEqualTo(404);
        String last = passkeyIds(b.get("/account").body()).get(0);
        assertThat(post(b, "/account/passkeys/" + last + "/remove").status()).isEqualTo(303);
        // The last factor went: the recovery codes with it (API.md §7).
        assertThat(b.get("/account").body()).contains("<dd>None left</dd>").contains("<dt>Passkeys</dt>\n<dd>None</dd>");
    }

    @Test
    void theRegistrationChallengeIsThisUsersThisOriginsSingleUseAndExpiring() throws Exception {
        Browser b = signedIn(newUser());
        Browser other = signedIn(newUser());
        // Another user's challenge: refused for this user.
        TestHttp.Response foreign = post(b, "/account/passkeys", Map.of("credential", credentialFor(other, new TestAuthenticator(1))));
        assertThat(foreign.status()).isEqualTo(400);
        // Another origin (a phishing site relaying our options): refused.
        TestHttp.Response options = b.post("/account/passkeys/options", Map.of("csrf", csrf(b)));
        String phished = JSON.writeValueAsString(new TestAuthenticator(1).register(options.json(), "https://gatehouse.example.evil"));
        assertThat(post(b, "/account/passkeys", Map.of("credential", phished)).status()).isEqualTo(400);
        // Expired: the challenge lives five minutes, the sign-in (ten here) is still recent.
        String late = credentialFor(b, new TestAuthenticator(1));
        CLOCK.advance(Duration.ofMinutes(6));
        assertThat(post(b, "/account/passkeys", Map.of("credential", late)).status()).isEqualTo(400);
        assertThat(passkeyIds(b.get("/account").body())).isEmpty();
        // Without a sign-in: no options, no registration.
        Browser anonymous = new Browser(server.baseUrl());
        String csrf = Browser.hiddenInputs(anonymous.get("/login").body()).get("csrf");
        assertThat(anonymous.post("/account/passkeys/options", Map.of("csrf", csrf)).status()).isEqualTo(401);
        assertThat(anonymous.post("/account/passkeys", Map.of("csrf", csrf, "credential", "{}")).header("Location"))
                .isEqualTo("/login?return_to=%2Faccount");
    }

    @Test
    void anotherUsersPasskeyIsNotFoundAndStaysWhereItIs() throws Exception {
        Browser owner = signedIn(newUser());
        assertThat(post(owner, "/account/passkeys", Map.of("credential", credentialFor(owner, new TestAuthenticator(1)))).status()).isEqualTo(200);
        String id = passkeyIds(owner.get("/account").body()).get(0);
        Browser attacker = signedIn(newUser());
        TestHttp.Response r = post(attacker, "/account/passkeys/" + id + "/remove");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.body()).contains("href=\"/account\"");
        assertThat(passkeyIds(owner.get("/account").body())).containsExactly(id);
    }

    @Test
    void everyFormNeedsThisBrowsersCsrfToken() throws Exception {
        Browser b = signedIn(newUser());
        enrolTotp(b);
        String id;
        assertThat(post(b, "/account/passkeys", Map.of("credential", credentialFor(b, new TestAuthenticator(1)))).status()).isEqualTo(303);
        id = passkeyIds(b.get("/account").body()).get(0);
        Browser attacker = signedIn(newUser());
        String foreign = csrf(attacker);
        List<String> actions = List.of("/account/factors/totp", "/account/factors/totp/confirm", "/account/factors/totp/remove",
                "/account/factors/recovery-codes", "/account/passkeys/options", "/account/passkeys", "/account/passkeys/" + id + "/remove");
        for (Map<String, String> fields : List.of(Map.<String, String>of(), Map.of("csrf", foreign), Map.of("csrf", ""))) {
            for (String action : actions) {
                Map<String, String> f = new HashMap<>(fields);
                f.put("code", "123456");
                assertThat(b.post(action, f).status()).as(action + " " + fields).isEqualTo(403);
            }
        }
        String page = b.get("/account").body();
        assertThat(page).contains("<dd>On</dd>").contains("<dd>10 left</dd>");
        assertThat(passkeyIds(page)).containsExactly(id);
    }

    @Test
    void hostileAndHugeInputsAreRefusedWithAPageNeverA500() throws Exception {
        Browser b = signedIn(newUser());
        String csrf = csrf(b);
        assertThat(post(b, "/account/passkeys", Map.of("credential", "not json")).status()).isEqualTo(400);
        assertThat(post(b, "/account/passkeys", Map.of("credential", "[1,2]")).status()).isEqualTo(400);
        assertThat(post(b, "/account/passkeys", Map.of("credential", "{\"id\":" + "[".repeat(5000) + "}")).status()).isEqualTo(400);
        assertThat(post(b, "/account/passkeys", Map.of("credential", "{\"id\":\"" + "a".repeat(40_000) + "\"}")).status()).isIn(400, 413);
        assertThat(post(b, "/account/passkeys", Map.of("credential", "{\"response\":{\"clientDataJSON\":\"%%%\"}}")).status()).isEqualTo(400);
        assertThat(post(b, "/account/passkeys", Map.of("credential", "{}", "passkey_name", "x".repeat(65))).status()).isEqualTo(400);
        assertThat(post(b, "/account/passkeys", Map.of("credential", "{}", "passkey_name", "bell\u0007")).status()).isEqualTo(400);
        assertThat(alone(b, "/account/passkeys/" + "z".repeat(3000) + "/remove", csrf)).isIn(400, 404, 414, 431);
        assertThat(alone(b, "/account/passkeys/%00%2F..%2F/remove", csrf)).isIn(400, 404);
        assertThat(b.post("/account/passkeys/x'%20OR%201=1--/remove", Map.of("csrf", csrf)).status()).isEqualTo(404);
        assertThat(post(b, "/account/factors/totp").status()).isEqualTo(303);
        assertThat(b.submit("/account/factors/totp", "/account/factors/totp/confirm", Map.of("code", "9".repeat(100_000))).status()).isIn(400, 413);
        assertThat(b.submit("/account/factors/totp", "/account/factors/totp/confirm", Map.of("code", "")).status()).isEqualTo(400);
        assertThat(b.postRaw("/account/factors/totp/confirm", "csrf=" + csrf + "&code=1&code=2", "application/x-www-form-urlencoded").status())
                .isEqualTo(400);
        assertThat(b.postRaw("/account/factors/totp", "{\"csrf\":\"" + csrf + "\"}", "application/json").status()).isIn(400, 415);
        // A confirmation with nothing pending (another browser, or one that never started): the account page.
        Browser fresh = signedIn(newUser());
        assertThat(post(fresh, "/account/factors/totp/confirm", Map.of("code", "123456")).header("Location")).isEqualTo("/account");
    }

    /**
     * The status of a POST sent on a connection of its own: the server may close the connection after
     * refusing a hostile path, and the shared client of {@link Browser} would otherwise meet it closed.
     */
    private static int alone(Browser b, String path, String csrf) throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        StringBuilder cookies = new StringBuilder();
        b.cookies().forEach((k, v) -> cookies.append(cookies.length() == 0 ? "" : "; ").append(k).append('=').append(v));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + path))
                .header("Cookie", cookies.toString()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=" + csrf)).build();
        return client.send(request, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void twoTabsSettingUpTotpAtOnceShareOneSecretAndOneConfirmationWins() throws Exception {
        Browser b = signedIn(newUser());
        Map<String, String> hidden = Browser.hiddenInputs(b.get("/account").body());
        List<Browser> tabs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Browser tab = new Browser(server.baseUrl());
            b.cookies().forEach(tab::cookie);
            tabs.add(tab);
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<TestHttp.Response>> starts = new ArrayList<>();
            for (Browser tab : tabs) starts.add(pool.submit(() -> {
                go.await();
                return tab.post("/account/factors/totp", hidden);
            }));
            go.countDown();
            for (Future<TestHttp.Response> f : starts) assertThat(f.get(60, TimeUnit.SECONDS).status()).isEqualTo(303);
            String secret = secretOf(tabs.get(0).get("/account/factors/totp").body());
            assertThat(secretOf(tabs.get(1).get("/account/factors/totp").body())).isEqualTo(secret);

            Authenticator app = new Authenticator(secret, CLOCK);
            CountDownLatch both = new CountDownLatch(1);
            List<Future<TestHttp.Response>> confirms = new ArrayList<>();
            for (Browser tab : tabs) {
                Map<String, String> fields = new LinkedHashMap<>(hidden);
                fields.put("code", app.code());
                confirms.add(pool.submit(() -> {
                    both.await();
                    return tab.post("/account/factors/totp/confirm", fields);
                }));
            }
            both.countDown();
            int withCodes = 0;
            for (Future<TestHttp.Response> f : confirms) {
                TestHttp.Response r = f.get(60, TimeUnit.SECONDS);
                assertThat(r.status()).as(r.body()).isIn(200, 303, 400);
                if (r.status() == 200 && codesOf(r.body()).size() == 10) withCodes++;
            }
            assertThat(withCodes).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(b.get("/account").body()).contains("<dd>On</dd>").contains("<dd>10 left</dd>");
    }

    @Test
    void theLastFactorOfARoleThatRequiresOneIsNotRemovedHereNorInTheApi() throws Exception {
        String username = "chief" + N.incrementAndGet();
        server.gatehouse().services().accounts().create(username, PASSWORD, null, null, List.of("user", "admin"), null);
        // The role's holder sets up TOTP at the sign-in (mfa_enrollment_required), as the hosted login asks.
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response password = b.submit("/login?return_to=%2Faccount", "/login", Map.of("username", username, "password", PASSWORD));
        assertThat(password.header("Location")).startsWith("/login/mfa");
        TestHttp.Response setUp = b.get(password.header("Location"));
        Authenticator app = new Authenticator(secretOf(setUp.body()), CLOCK);
        TestHttp.Response in = b.submit(password.header("Location"), "/login/mfa", Map.of("code", app.code()));
        assertThat(in.status()).as(in.body()).isEqualTo(200);

        TestHttp.Response refused = post(b, "/account/factors/totp/remove");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Your role requires a second factor").contains("href=\"/account\"");
        assertThat(b.get("/account").body()).contains("<dd>On</dd>");

        // With a passkey beside it, either may go, but not both.
        TestAuthenticator key = new TestAuthenticator(1);
        assertThat(post(b, "/account/passkeys", Map.of("credential", credentialFor(b, key))).status()).isEqualTo(303);
        String id = passkeyIds(b.get("/account").body()).get(0);
        assertThat(post(b, "/account/factors/totp/remove").status()).isEqualTo(303);
        assertThat(post(b, "/account/passkeys/" + id + "/remove").status()).isEqualTo(409);
        // An unknown id stays 404, not a hint about the last factor.
        assertThat(post(b, "/account/passkeys/unknown/remove").status()).isEqualTo(404);

        // The JSON API refuses it alike: a token signed in with the passkey as the second step.
        TestHttp http = server.http();
        String mfaToken = http.post("/api/v1/login", Map.of("username", username, "password", PASSWORD)).json().path("mfa_token").asText();
        JsonNode options = http.post("/api/v1/login/mfa/webauthn/options", Map.of("mfa_token", mfaToken)).json();
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("mfa_token", mfaToken);
        second.put("method", "webauthn");
        second.put("credential", key.assertion(options, ORIGIN));
        TestHttp.Response tokens = http.post("/api/v1/login/mfa", second);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        TestHttp.Response apiRefused = http.send("DELETE", "/api/v1/me/passkeys/" + id, (String) null, null,
                tokens.json().path("access_token").asText());
        assertThat(apiRefused.status()).as(apiRefused.body()).isEqualTo(409);
        assertThat(apiRefused.code()).isEqualTo("mfa_required_by_role");
        // Audited as the removals' failures, from the page and from the API alike.
        String access = tokens.json().path("access_token").asText();
        String userId = http.get("/api/v1/me", access).json().path("id").asText();
        server.gatehouse().services().audit().flush();
        JsonNode totpEvents = http.get("/admin/v1/events?type=mfa_removed&user_id=" + userId, access).json().path("items");
        assertThat(totpEvents.findValuesAsText("outcome")).contains("failure", "success");
        JsonNode passkeyEvents = http.get("/admin/v1/events?type=passkey_removed&user_id=" + userId, access).json().path("items");
        assertThat(passkeyEvents.findValuesAsText("outcome")).containsExactly("failure", "failure");
        assertThat(passkeyIds(b.get("/account").body())).containsExactly(id);
    }
}
