package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenIntrospectionRequest;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenRevocationRequest;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Token;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.account.User;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three nodes on one PostgreSQL database, over real HTTP, as behind a load balancer that sends each request
 * anywhere (README "Running on PostgreSQL"): a session begun on A, refreshed on B and ended on C is refused
 * by every node; a role taken away on C is gone on A; a user renamed, disabled or deleted on C shows so at
 * A's and B's userinfo; an OAuth client changed on one node is seen by the
 * others within {@code client.cache.ttl}; a key rotated on B signs and verifies everywhere; and mail queued on
 * any node is sent once.
 *
 * <p>The nodes share a clock the test moves by hand, frozen otherwise: a node's session cache entry never
 * expires on its own here, so a refusal on another node can only come from the invalidation sent by the
 * revoking node (LISTEN/NOTIFY), never from the cache's TTL. A revocation is promised "at once" (API.md §3);
 * across nodes that is one NOTIFY round trip after the commit, which travels while the answer does: a request
 * sent to another node the moment the answer arrives is mostly refused, but may still be answered from that
 * node's memory until the notification lands: milliseconds on an idle machine, up to ~110 ms seen on an
 * overloaded one (load average 20 on two cores). So those checks ask until refused, for at most {@link #AT_ONCE},
 * and print after which request and how long; what is read from the database on every request (refresh tokens,
 * admin permissions, the revoking node's own cache) is checked once, without waiting.
 */
class ThreeNodesTest {
    private static final String PASSWORD = "correct horse battery staple";
    /** The longest wait for a NOTIFY to reach another node's cache: far above a round trip on an idle machine. */
    private static final Duration AT_ONCE = Duration.ofSeconds(2);
    private static final AtomicInteger USERS = new AtomicInteger();

    private static MutableClock clock;
    private static Mailbox mailbox;
    private static TestServer a;
    private static TestServer b;
    private static TestServer c;
    private static List<TestServer> nodes;
    private static Connection raw;
    private static String adminToken;

    @BeforeAll
    static void start() throws Exception {
        String url = TestDatabases.postgresql();
        clock = MutableClock.startingNow();
        mailbox = Mailbox.start();
        List<TestServer> started = Concurrently.run(3, () -> mailbox.configure(TestServer.builder().databaseUrl(url).clock(clock)).start());
        nodes = List.copyOf(started);
        a = nodes.get(0);
        b = nodes.get(1);
        c = nodes.get(2);
        raw = DriverManager.getConnection(url);
        a.gatehouse().services().accounts().create("root", PASSWORD, null, null, List.of("user", "admin"), null);
        adminToken = a.http().login("root", PASSWORD).path("access_token").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        if (nodes != null) nodes.forEach(TestServer::close);
        if (raw != null) raw.close();
        if (mailbox != null) mailbox.close();
    }

    @Test
    void loginOnARefreshOnBLogoutOnCAndNoNodeAcceptsTheSessionAnyMore() {
        String username = "walker" + USERS.incrementAndGet();
        JsonNode login = a.http().signupAndLogin(username, PASSWORD);
        TestHttp.Response refreshed = b.http().post("/api/v1/refresh", Map.of("refresh_token", login.path("refresh_token").asText()));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        String access = refreshed.json().path("access_token").asText();
        String refresh = refreshed.json().path("refresh_token").asText();
        String sid = claim(access, "sid");
        ClientAuthentication rs = resourceServer();
        for (TestServer node : nodes) {
            awaitServedFromCache(sid, () -> me(node, access) == 200);
            awaitServedFromCache(sid, () -> active(node, rs, new BearerAccessToken(access)));
        }

        assertThat(c.http().post("/api/v1/logout", Map.of("refresh_token", refresh)).status()).isEqualTo(204);
        long loggedOut = System.nanoTime();
        awaitRefused("/api/v1/me after a logout on C", a, loggedOut, () -> me(a, access) == 200);
        awaitRefused("/api/v1/me after a logout on C", b, loggedOut, () -> me(b, access) == 200);
        assertThat(me(c, access)).as("the node that wrote the logout").isEqualTo(401);
        for (TestServer node : nodes) {
            assertThat(active(node, rs, new BearerAccessToken(access))).as("introspected").isFalse();
            assertThat(me(node, login.path("access_token").asText())).as("the access token issued before the refresh").isEqualTo(401);
            for (String token : List.of(refresh, login.path("refresh_token").asText())) {
                assertThat(node.http().post("/api/v1/refresh", Map.of("refresh_token", token)).status())
                        .as("a refresh token of the ended session").isEqualTo(401);
            }
        }
    }

    @Test
    void codeFlowOnARefreshOnBRevokedOnCByRfc7009AndNoNodeAcceptsTheSessionAnyMore() throws Exception {
        RelyingParty app = RelyingParty.confidential(a, List.of("openid", "offline_access"), true);
        OIDCTokens first = app.signIn(List.of("user"), "openid offline_access").tokens();
        HTTPResponse refreshed = OAuthFixture.send(new TokenRequest(endpoint(b, "/oauth2/token"), app.auth(),
                new RefreshTokenGrant(first.getRefreshToken())).toHTTPRequest());
        var tokens = OAuthFixture.parse(refreshed).toSuccessResponse().getTokens();
        BearerAccessToken access = tokens.getBearerAccessToken();
        RefreshToken refresh = tokens.getRefreshToken();
        String sid = claim(access.getValue(), "sid");
        ClientAuthentication rs = resourceServer();
        for (TestServer node : nodes) {
            awaitServedFromCache(sid, () -> userinfo(node, access) == 200);
            awaitServedFromCache(sid, () -> active(node, rs, access));
        }

        HTTPResponse revoked = OAuthFixture.send(new TokenRevocationRequest(endpoint(c, "/oauth2/revoke"), app.auth(), refresh)
                .toHTTPRequest());
        long revokedAt = System.nanoTime();
        assertThat(revoked.getStatusCode()).isEqualTo(200);
        awaitRefused("userinfo after an RFC 7009 revocation on C", a, revokedAt, () -> userinfo(a, access) == 200);
        awaitRefused("introspection after an RFC 7009 revocation on C", b, revokedAt, () -> active(b, rs, access));
        assertThat(userinfo(c, access)).as("the node that wrote the revocation").isEqualTo(401);
        for (TestServer node : nodes) {
            assertThat(userinfo(node, access)).isEqualTo(401);
            assertThat(active(node, rs, access)).as("introspected").isFalse();
            for (RefreshToken token : List.of(refresh, first.getRefreshToken())) {
                HTTPResponse r = OAuthFixture.send(new TokenRequest(endpoint(node, "/oauth2/token"), app.auth(), new RefreshTokenGrant(token))
                        .toHTTPRequest());
                assertThat(r.getStatusCode()).as("a refresh token of the revoked session, first request: " + r.getBody()).isEqualTo(400);
                assertThat(r.getBody()).contains("invalid_grant");
            }
            assertThat(active(node, app.auth(), refresh)).as("the refresh token introspected by its client").isFalse();
        }
    }

    /** Userinfo answers from each node's memory, yet shows a user changed, disabled or deleted on another node at once. */
    @Test
    void aUserRenamedDisabledOrDeletedOnCIsSeenByUserinfoOnAAndB() throws Exception {
        RelyingParty app = RelyingParty.confidential(a, List.of("openid", "profile", "email"), true);
        List<RelyingParty.SignedIn> users = List.of(app.signIn(List.of("user"), "openid profile"),
                app.signIn(List.of("user"), "openid profile"), app.signIn(List.of("user"), "openid email"));
        for (RelyingParty.SignedIn user : users) {
            BearerAccessToken access = user.tokens().getBearerAccessToken();
            for (TestServer node : nodes) awaitServedFromCache(claim(access.getValue(), "sid"), () -> userinfo(node, access) == 200);
        }
        BearerAccessToken renamed = users.get(0).tokens().getBearerAccessToken();
        String oldName = userinfoClaim(a, renamed, "name");

        TestHttp.Response r = c.http().send("PATCH", "/admin/v1/users/" + subject(users.get(0)),
                TestHttp.json(Map.of("name", "Renamed on C")), "application/json", adminToken);
        long changed = System.nanoTime();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(userinfoClaim(c, renamed, "name")).as("the node that wrote the change").isEqualTo("Renamed on C");
        for (TestServer node : List.of(a, b)) {
            awaitRefused("userinfo's old name after a rename on C", node, changed, () -> oldName.equals(userinfoClaim(node, renamed, "name")));
            assertThat(userinfoClaim(node, renamed, "name")).isEqualTo("Renamed on C");
        }

        BearerAccessToken disabled = users.get(1).tokens().getBearerAccessToken();
        r = c.http().send("PATCH", "/admin/v1/users/" + subject(users.get(1)), TestHttp.json(Map.of("disabled", true)),
                "application/json", adminToken);
        changed = System.nanoTime();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(userinfo(c, disabled)).as("the node that disabled the user").isEqualTo(401);
        for (TestServer node : List.of(a, b)) awaitRefused("userinfo after a disable on C", node, changed, () -> userinfo(node, disabled) == 200);

        BearerAccessToken deleted = users.get(2).tokens().getBearerAccessToken();
        r = c.http().send("DELETE", "/admin/v1/users/" + subject(users.get(2)), (String) null, null, adminToken);
        changed = System.nanoTime();
        assertThat(r.status()).as(r.body()).isEqualTo(204);
        assertThat(userinfo(c, deleted)).as("the node that deleted the user").isEqualTo(401);
        for (TestServer node : List.of(a, b)) awaitRefused("userinfo after a delete on C", node, changed, () -> userinfo(node, deleted) == 200);
    }

    @Test
    void nodesWhoseListeningConnectionWasCutForgetWhatTheyCachedListenAgainAndHearTheNextLogout() throws Exception {
        JsonNode login = a.http().signupAndLogin("cut" + USERS.incrementAndGet(), PASSWORD);
        String access = login.path("access_token").asText();
        String sid = claim(access, "sid");
        for (TestServer node : nodes) awaitServedFromCache(sid, () -> me(node, access) == 200); // every node listens

        // The database ends every node's listening connection (a restart, a failover, an idle timeout would too).
        try (var s = raw.createStatement(); var rs = s.executeQuery("""
                SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity
                 WHERE datname = current_database() AND pid <> pg_backend_pid()
                   AND query IN ('LISTEN gatehouse_live_sessions', 'SELECT 1')
                """)) {
            rs.next();
            assertThat(rs.getInt(1)).as("one listening connection per node").isEqualTo(3);
        }
        // What a node cached may have missed a write meanwhile: a logout nobody was told of is not served from memory.
        setRevoked(sid, true);
        awaitRefused("/api/v1/me after the listening connection was cut", a, System.nanoTime(), () -> me(a, access) == 200);
        setRevoked(sid, false);

        awaitServedFromCache(sid, () -> me(a, access) == 200); // listening again: the cache is back in use
        assertThat(c.http().post("/api/v1/logout", Map.of("refresh_token", login.path("refresh_token").asText())).status()).isEqualTo(204);
        awaitRefused("/api/v1/me after a logout on C, listening again", a, System.nanoTime(), () -> me(a, access) == 200);
    }

    @Test
    void aRoleTakenAwayOnCIsGoneOnTheAdminApiOfAAndB() {
        String role = "auditor" + USERS.incrementAndGet();
        TestHttp.Response created = b.http().post("/admin/v1/roles", Map.of("name", role, "permissions", List.of("admin:events:read")),
                adminToken);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String username = "auditing" + USERS.incrementAndGet();
        User user = b.gatehouse().services().accounts().create(username, PASSWORD, null, null, List.of("user", role), null);
        String access = a.http().login(username, PASSWORD).path("access_token").asText();
        for (TestServer node : nodes) assertThat(node.http().get("/admin/v1/events?limit=1", access).status()).isEqualTo(200);
        awaitServedFromCache(claim(access, "sid"), () -> permissions(a, access).contains("admin:events:read"));

        TestHttp.Response taken = c.http().send("PUT", "/admin/v1/users/" + user.id() + "/roles", TestHttp.json(Map.of("roles", List.of("user"))),
                "application/json", adminToken);
        long changed = System.nanoTime();
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        // The admin API asks the database for the permission on every request (rbac/Authorizer).
        for (TestServer node : nodes) {
            TestHttp.Response r = node.http().get("/admin/v1/events?limit=1", access);
            assertThat(r.status()).as("first request after the change").isEqualTo(403);
            assertThat(r.code()).isEqualTo("forbidden");
        }
        awaitRefused("/api/v1/me's permissions after a role change on C", a, changed,
                () -> permissions(a, access).contains("admin:events:read"));
    }

    @Test
    void aClientChangedOnOneNodeIsSeenByTheOthersWithinTheClientCacheTtl() throws Exception {
        TestHttp.Response created = a.http().post("/admin/v1/clients", Map.of("name", "Nightly job", "type", "confidential",
                "grant_types", List.of("client_credentials"), "scopes", List.of("reports:read")), adminToken);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("client_id").asText();
        String oldSecret = created.json().path("client_secret").asText();
        for (TestServer node : nodes) assertThat(grant(node, id, oldSecret)).as("cached on every node").isEqualTo(200);

        TestHttp.Response rotated = c.http().post("/admin/v1/clients/" + id + "/secret", Map.of(), adminToken);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String newSecret = rotated.json().path("client_secret").asText();
        assertThat(grant(c, id, oldSecret)).as("the node that rotated, at once").isEqualTo(401);
        clock.advance(c.config().tokens().clientCacheTtl());
        for (TestServer node : List.of(a, b)) {
            assertThat(grant(node, id, oldSecret)).as("the old secret after client.cache.ttl").isEqualTo(401);
            assertThat(grant(node, id, newSecret)).isEqualTo(200);
        }

        assertThat(b.http().send("DELETE", "/admin/v1/clients/" + id, (String) null, null, adminToken).status()).isEqualTo(204);
        assertThat(grant(b, id, newSecret)).as("the node that deleted, at once").isEqualTo(401);
        clock.advance(c.config().tokens().clientCacheTtl());
        for (TestServer node : List.of(a, c)) assertThat(grant(node, id, newSecret)).as("deleted, after client.cache.ttl").isEqualTo(401);
    }

    @Test
    void aKeyRotatedOnBSignsAndVerifiesOnEveryNode() throws Exception {
        clock.advance(Duration.ofSeconds(2)); // past any earlier unknown-kid reload (at most one per second)
        String oldKid = claimHeaderKid(a.http().login("root", PASSWORD).path("access_token").asText());
        TestHttp.Response rotated = b.http().post("/admin/v1/keys/rotate", Map.of(), adminToken);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(201);
        String newKid = rotated.json().path("kid").asText();
        assertThat(newKid).isNotEqualTo(oldKid);

        String fromB = b.http().login("root", PASSWORD).path("access_token").asText();
        assertThat(claimHeaderKid(fromB)).as("B signs with the key it made").isEqualTo(newKid);
        // A kid a node does not know yet makes it read the keys again (KeyService): no wait for the refresh.
        for (TestServer node : List.of(a, c)) assertThat(me(node, fromB)).as("B's new token, first request").isEqualTo(200);

        clock.advance(Duration.ofSeconds(31)); // every node's key cache refreshes within 30 s (docs/operations.md)
        for (TestServer node : nodes) {
            assertThat(kids(node)).as("published by every node").contains(newKid, oldKid);
            String token = node.http().login("root", PASSWORD).path("access_token").asText();
            assertThat(claimHeaderKid(token)).as("every node signs with the new key").isEqualTo(newKid);
            for (TestServer verifier : nodes) {
                assertThat(verifiesWithJwksOf(verifier, token)).as("a token of one node verifies with another's JWKS").isTrue();
                assertThat(me(verifier, token)).isEqualTo(200);
            }
        }
    }

    @Test
    void mailQueuedOnAnyNodeIsSentExactlyOnce() throws Exception {
        int count = 24;
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = "forgetful" + USERS.incrementAndGet();
            a.gatehouse().services().accounts().create(username, PASSWORD, username + "@example.com", null, List.of("user"), null);
            addresses.add(username + "@example.com");
        }
        double sentBefore = nodes.stream().mapToDouble(ThreeNodesTest::mailSent).sum();
        AtomicInteger next = new AtomicInteger();
        // All at once, spread over the three nodes: the senders of all three race for the same rows.
        Concurrently.run(count, () -> {
            int i = next.getAndIncrement();
            TestHttp.Response r = nodes.get(i % 3).http().post("/api/v1/password/forgot", Map.of("email", addresses.get(i)));
            assertThat(r.status()).isEqualTo(202);
            return r;
        });
        for (String address : addresses) mailbox.await(address, 1);
        // Every node polls every 100 ms (Mailbox#configure): several more rounds would show a second sending.
        Thread.sleep(1_000);
        Set<String> messageIds = new HashSet<>();
        for (String address : addresses) {
            List<Mailbox.Mail> got = mailbox.to(address);
            assertThat(got).as("mail to " + address).hasSize(1);
            messageIds.add(got.get(0).messageId());
        }
        assertThat(messageIds).hasSize(count);
        List<Double> perNode = nodes.stream().map(ThreeNodesTest::mailSent).toList();
        assertThat(perNode.stream().mapToDouble(Double::doubleValue).sum() - sentBefore).as("sent, summed over the nodes").isEqualTo(count);
        System.out.printf("ThreeNodesTest: %d mails sent once each; sent per node (cumulative) %s%n", count, perNode);
    }

    // ---- the session cache, proven in use ----

    /**
     * Asks until {@code accepted} is served from the node's cache (its listener may still be connecting, and
     * until it listens the cache is off): a revocation written behind Gatehouse's back, which no node hears of,
     * does not change the answer. The session is then made live again, still behind its back.
     */
    private static void awaitServedFromCache(String sid, BooleanSupplier accepted) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            assertThat(accepted.getAsBoolean()).as("accepted before the revocation").isTrue();
            setRevoked(sid, true);
            boolean cached = accepted.getAsBoolean();
            setRevoked(sid, false);
            if (cached) return;
            assertThat(System.nanoTime()).as("the node never cached the session").isLessThan(deadline);
            Mailbox.sleep(50);
        }
    }

    private static void setRevoked(String sid, boolean revoked) {
        try (PreparedStatement s = raw.prepareStatement("UPDATE sessions SET revoked_at = ? WHERE id = ?")) {
            if (revoked) s.setLong(1, clock.millis());
            else s.setNull(1, java.sql.Types.BIGINT);
            s.setString(2, sid);
            assertThat(s.executeUpdate()).isEqualTo(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asks {@code node} until {@code accepted} turns false, for at most {@link #AT_ONCE} after {@code since}, and
     * prints whether the first request already refused and how long it took.
     */
    private static void awaitRefused(String what, TestServer node, long since, BooleanSupplier accepted) {
        int requests = 0;
        boolean stillAccepted;
        do {
            stillAccepted = accepted.getAsBoolean();
            requests++;
        } while (stillAccepted && System.nanoTime() - since < AT_ONCE.toNanos());
        double ms = (System.nanoTime() - since) / 1e6;
        System.out.printf("ThreeNodesTest: %s refused by %s after %.1f ms, at request %d%n", what, node.baseUrl(), ms, requests);
        assertThat(stillAccepted).as(what + " on " + node.baseUrl() + " within " + AT_ONCE).isFalse();
    }

    // ---- requests ----

    private static ClientAuthentication resourceServer() {
        return new OAuthFixture(a).confidential("client_secret_basic", List.of("client_credentials"), List.of("introspect")).basic();
    }

    private static URI endpoint(TestServer node, String path) {
        return URI.create(node.baseUrl() + path);
    }

    private static int me(TestServer node, String access) {
        return node.http().get("/api/v1/me", access).status();
    }

    private static int userinfo(TestServer node, BearerAccessToken access) {
        return node.http().get("/oauth2/userinfo", access.getValue()).status();
    }

    /** A claim of a 200 userinfo answer, or null when the answer has no such claim. */
    private static String userinfoClaim(TestServer node, BearerAccessToken access, String claim) {
        TestHttp.Response r = node.http().get("/oauth2/userinfo", access.getValue());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().has(claim) ? r.json().path(claim).asText() : null;
    }

    private static String subject(RelyingParty.SignedIn user) throws java.text.ParseException {
        return user.idToken().getJWTClaimsSet().getSubject();
    }

    private static List<String> permissions(TestServer node, String access) {
        TestHttp.Response r = node.http().get("/api/v1/me", access);
        assertThat(r.status()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        r.json().path("permissions").forEach(p -> out.add(p.asText()));
        return out;
    }

    private static boolean active(TestServer node, ClientAuthentication auth, Token token) {
        HTTPResponse r = OAuthFixture.send(new TokenIntrospectionRequest(endpoint(node, "/oauth2/introspect"), auth, token).toHTTPRequest());
        assertThat(r.getStatusCode()).as(r.getBody()).isEqualTo(200);
        return r.getBody().contains("\"active\":true");
    }

    private static int grant(TestServer node, String clientId, String secret) {
        return OAuthFixture.send(new TokenRequest(endpoint(node, "/oauth2/token"),
                new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), new ClientCredentialsGrant(), null).toHTTPRequest())
                .getStatusCode();
    }

    private static List<String> kids(TestServer node) {
        List<String> kids = new ArrayList<>();
        node.http().get("/oauth2/jwks").json().path("keys").forEach(k -> kids.add(k.path("kid").asText()));
        return kids;
    }

    private static boolean verifiesWithJwksOf(TestServer node, String jwt) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        JWK key = JWKSet.parse(node.http().get("/oauth2/jwks").body()).getKeyByKeyId(signed.getHeader().getKeyID());
        if (key == null) return false;
        var publicKey = key.getKeyType() == com.nimbusds.jose.jwk.KeyType.RSA ? key.toRSAKey().toPublicKey() : key.toECKey().toPublicKey();
        return signed.verify(new DefaultJWSVerifierFactory().createJWSVerifier(signed.getHeader(), publicKey));
    }

    private static String claim(String jwt, String name) {
        try {
            return SignedJWT.parse(jwt).getJWTClaimsSet().getStringClaim(name);
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    private static String claimHeaderKid(String jwt) {
        try {
            return SignedJWT.parse(jwt).getHeader().getKeyID();
        } catch (java.text.ParseException e) {
            throw new AssertionError(e);
        }
    }

    /** This node's {@code gatehouse_mail_deliveries_total{outcome="sent"}}, summed over kinds. */
    private static double mailSent(TestServer node) {
        Matcher m = Pattern.compile("(?m)^gatehouse_mail_deliveries_total\\{[^}]*outcome=\"sent\"[^}]*} (\\S+)$")
                .matcher(node.management().get("/metrics").body());
        double sum = 0;
        while (m.find()) sum += Double.parseDouble(m.group(1));
        return sum;
    }
}
