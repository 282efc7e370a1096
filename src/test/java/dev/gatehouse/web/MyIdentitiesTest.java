package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.User;
import dev.gatehouse.federation.IdentityStore;
import dev.gatehouse.federation.LinkedIdentity;
import dev.gatehouse.federation.ProviderSpec;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * /api/v1/me/identities (API.md §6): a user sees and removes only their own identities, and cannot
 * remove the last way to sign in, not even with two requests at once.
 */
class MyIdentitiesTest {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private static TestServer server;
    private static TestHttp http;
    private static AdminFixture fx;
    private static IdentityStore identities;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        fx = new AdminFixture(server);
        identities = server.gatehouse().stores().identities();
        for (String id : List.of("gh", "gl", "off")) {
            server.gatehouse().services().federation().providers().create(new ProviderSpec(id, id.equals("gl") ? "gitlab" : "github",
                    null, !id.equals("off"), null, null, null, null, "client-" + id, null, null, null, null, null, null, null), "test");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A signed-in user (token) with the given identities linked; {@code withPassword} false removes the password afterwards. */
    private record Member(User user, String token) {}

    private static Member member(boolean withPassword, String... providers) {
        String name = "member" + COUNTER.incrementAndGet();
        User user = fx.user(name);
        String token = fx.token(name);
        for (String p : providers) {
            identities.link(new LinkedIdentity(p, name + "-" + p, user.id(), name + "@" + p + ".example", Instant.now(), null));
        }
        if (!withPassword) {
            server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE users SET password_hash = NULL WHERE id = :id")
                    .bind("id", user.id()).execute());
        }
        return new Member(user, token);
    }

    private static TestHttp.Response unlink(String provider, String token) {
        return http.send("DELETE", "/api/v1/me/identities/" + provider, (String) null, null, token);
    }

    @Test
    void withoutATokenThen401() {
        assertThat(http.get("/api/v1/me/identities").status()).isEqualTo(401);
        assertThat(unlink("gh", null).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me/identities", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void listShowsOnlyTheCallersIdentities() {
        Member me = member(true, "gh", "gl");
        member(true, "gh");
        TestHttp.Response r = http.get("/api/v1/me/identities", me.token());
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json().path("items");
        assertThat(items).hasSize(2);
        JsonNode first = items.get(0);
        assertThat(first.path("provider").asText()).isEqualTo("gh");
        assertThat(first.path("subject").asText()).endsWith("-gh");
        assertThat(first.path("email").asText()).endsWith("@gh.example");
        assertThat(first.path("created_at").asText()).isNotEmpty();
        assertThat(first.size()).as("provider, subject, email, created_at only").isEqualTo(4);
        assertThat(http.get("/api/v1/me/identities", member(true).token()).json().path("items")).isEmpty();
    }

    @Test
    void unlinkWithAPasswordLeftIs204ThenNotFound() {
        Member me = member(true, "gh");
        assertThat(unlink("gh", me.token()).status()).isEqualTo(204);
        assertThat(unlink("gh", me.token()).status()).isEqualTo(404);
        assertThat(identities.forUser(me.user().id())).isEmpty();
    }

    @Test
    void anotherUsersIdentityIsNotReachable() {
        Member me = member(true);
        Member other = member(true, "gl");
        assertThat(unlink("gl", me.token()).status()).isEqualTo(404);
        assertThat(identities.forUser(other.user().id())).hasSize(1);
    }

    @Test
    void theLastWayToSignInIs409() {
        Member me = member(false, "gh");
        TestHttp.Response r = unlink("gh", me.token());
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.code()).isEqualTo("last_login_method");
        assertThat(identities.forUser(me.user().id())).hasSize(1);
        // An identity of a disabled provider cannot sign anyone in: it does not count.
        Member withDisabled = member(false, "gh", "off");
        assertThat(unlink("gh", withDisabled.token()).code()).isEqualTo("last_login_method");
        assertThat(unlink("off", withDisabled.token()).status()).isEqualTo(204);
        // With another enabled identity, one may go.
        Member two = member(false, "gh", "gl");
        assertThat(unlink("gl", two.token()).status()).isEqualTo(204);
        assertThat(unlink("gh", two.token()).code()).isEqualTo("last_login_method");
    }

    @Test
    void twoTabsRemovingTheLastTwoIdentitiesLeaveOne() throws Exception {
        for (int round = 0; round < 3; round++) {
            Member me = member(false, "gh", "gl");
            AtomicInteger next = new AtomicInteger();
            List<Integer> statuses = Concurrently.run(2, () -> unlink(next.getAndIncrement() == 0 ? "gh" : "gl", me.token()).status());
            assertThat(statuses).containsExactlyInAnyOrder(204, 409);
            assertThat(identities.forUser(me.user().id())).hasSize(1);
        }
    }

    @Test
    void aDoubleDeleteOfOneIdentitySucceedsOnce() throws Exception {
        Member me = member(true, "gh");
        List<Integer> statuses = Concurrently.run(4, () -> unlink("gh", me.token()).status());
        assertThat(statuses).containsOnlyOnce(204).containsOnly(204, 404);
    }

    @Test
    void hostileProviderNamesAreNeverAServerError() {
        Member me = member(true, "gh");
        for (String p : List.of("GH", "gh%00", "%2e%2e", "x".repeat(2000), "gh%20", "%E2%80%AE", "gh;drop")) {
            assertThat(unlink(p, me.token()).status()).as(p).isIn(400, 404);
        }
        assertThat(identities.forUser(me.user().id())).hasSize(1);
    }

    @Test
    void unlinkingIsAudited() {
        Member me = member(true, "gl");
        assertThat(unlink("gl", me.token()).status()).isEqualTo(204);
        server.gatehouse().services().audit().flush();
        String admin = "auditor" + COUNTER.incrementAndGet();
        fx.admin(admin);
        assertThat(http.get("/admin/v1/events?type=identity_unlink&user_id=" + me.user().id(), fx.token(admin)).body())
                .contains("identity_unlink", "gl");
    }
}
