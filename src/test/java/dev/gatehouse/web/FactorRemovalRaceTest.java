package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.passkey.Passkey;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A holder of a role that requires a second factor ({@code mfa.required.roles}) with exactly two, TOTP
 * and a passkey, removes both at once: from the account page and the JSON API, in every pairing (two
 * tabs, page and app, two API calls). Each alone may go; of the pair exactly one is removed and the other
 * refused with 409 {@code mfa_required_by_role}, and the recovery codes stay. Many rounds, each on a fresh
 * user, both requests released at the same instant. On SQLite here, on PostgreSQL in the subclass.
 */
class FactorRemovalRaceTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final int ROUNDS = 40;
    private static final AtomicInteger N = new AtomicInteger();
    static TestServer server;

    static TestServer.Builder builder() {
        return TestServer.builder().set("mfa.required.roles", "admin").set("login.throttle.free.attempts", "500")
                .set("ip.rate.per.minute", "100000");
    }

    @BeforeAll
    static void start() {
        server = builder().start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** A signed-in user (a browser and an access token, both just signed in) who then gets TOTP, a passkey, codes and the role. */
    private record Holder(String userId, Browser browser, String accessToken, String passkeyId) {}

    private static Holder holder() {
        String username = "race" + N.incrementAndGet();
        String userId = server.gatehouse().services().accounts().create(username, PASSWORD, null, null, List.of("user"), null).id();
        // Signed in before the factors exist, so neither sign-in needs a second step; both are recent.
        Browser b = new Browser(server.baseUrl());
        TestHttp.Response in = b.submit("/login", "/login", Map.of("username", username, "password", PASSWORD));
        assertThat(in.status()).as(in.body()).isEqualTo(303);
        TestHttp.Response tokens = server.http().post("/api/v1/login", Map.of("username", username, "password", PASSWORD));
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        var stores = server.gatehouse().stores();
        Instant now = Instant.now();
        stores.mfa().savePendingTotp(userId, "sealed", now);
        assertThat(stores.mfa().confirmTotp(userId, "sealed", 1, now)).isTrue();
        String passkeyId = UUID.randomUUID().toString();
        stores.passkeys().insert(new Passkey(passkeyId, userId, SecureTokens.random(32), new byte[] {1}, 0, false, false, true, List.of(),
                "00000000-0000-0000-0000-000000000000", "key", now, null));
        stores.mfa().replaceRecoveryCodes(userId, List.of("h1", "h2"), now);
        stores.jdbi().useHandle(h -> h.createUpdate("INSERT INTO user_roles (user_id, role_name) VALUES (:u, 'admin')").bind("u", userId).execute());
        return new Holder(userId, b, tokens.json().path("access_token").asText(), passkeyId);
    }

    /** A second tab of the same browser: its cookies, its own connection. */
    private static Browser tab(Browser b) {
        Browser tab = new Browser(server.baseUrl());
        b.cookies().forEach(tab::cookie);
        return tab;
    }

    private static Callable<Integer> pageRemoval(Browser b, String action) {
        // The page is read first (its CSRF token), as a person who opened it; only the POSTs race.
        String csrf = Browser.hiddenInputs(b.get("/account").body()).get("csrf");
        return () -> b.post(action, Map.of("csrf", csrf)).status();
    }

    private static Callable<Integer> apiRemoval(String token, String path) {
        return () -> server.http().send("DELETE", path, (String) null, null, token).status();
    }

    @Test
    void twoParallelRemovalsOfTheLastTwoFactorsRemoveOneAndRefuseTheOther() throws Exception {
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            Holder h = holder();
            boolean totpByPage = round % 4 == 0 || round % 4 == 3;
            boolean passkeyByPage = round % 4 == 1 || round % 4 == 3;
            Callable<Integer> totp = totpByPage ? pageRemoval(h.browser(), "/account/factors/totp/remove")
                    : apiRemoval(h.accessToken(), "/api/v1/me/mfa/totp");
            Callable<Integer> passkey = passkeyByPage ? pageRemoval(tab(h.browser()), "/account/passkeys/" + h.passkeyId() + "/remove")
                    : apiRemoval(h.accessToken(), "/api/v1/me/passkeys/" + h.passkeyId());
            AtomicInteger turn = new AtomicInteger();
            List<Integer> statuses = Concurrently.run(2, () -> (turn.getAndIncrement() == 0 ? totp : passkey).call());
            boolean totpLeft = server.gatehouse().stores().mfa().findTotp(h.userId()).isPresent();
            boolean passkeyLeft = !server.gatehouse().stores().passkeys().forUser(h.userId()).isEmpty();
            int codes = server.gatehouse().stores().mfa().recoveryCodesLeft(h.userId());
            String what = "round " + round + " (totp by " + (totpByPage ? "page" : "API") + ", passkey by " + (passkeyByPage ? "page" : "API")
                    + "): statuses " + statuses + ", totp left " + totpLeft + ", passkey left " + passkeyLeft + ", codes " + codes;
            long refused = statuses.stream().filter(s -> s == 409).count();
            long removed = statuses.stream().filter(s -> s == 204 || s == 303).count();
            if (!(totpLeft ^ passkeyLeft) || refused != 1 || removed != 1 || codes != 2) failures.add(what);
        }
        assertThat(failures).as("every round keeps exactly one factor and its recovery codes").isEmpty();
    }
}
