package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.oauth.client.ConsoleClient;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The admin console's client gatehouse-console on both databases and several nodes: registered once
 * whoever starts first, given back at the next start after an operator deleted it, repaired when a
 * change left the console unable to sign in, and require_mfa turned on by {@code console.require.mfa}.
 */
class ConsoleClientNodesTest {
    private static int rows(TestServer s) {
        return s.gatehouse().stores().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM oauth_clients WHERE client_id = 'gatehouse-console'")
                .mapTo(Integer.class).one());
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void severalNodesRegisterItOnceAndADeletedOrBrokenClientComesBackAtTheNextStart(TestDatabases.Kind kind) throws Exception {
        String url = TestDatabases.fresh(kind);
        try (TestServer a = TestServer.builder().databaseUrl(url).start(); TestServer b = TestServer.builder().databaseUrl(url).start()) {
            assertThat(rows(a)).isEqualTo(1);
            String issuer = a.config().issuer();
            // Nodes starting at once after the client was deleted: one creates it, the others take its row.
            ClientRegistry ra = a.gatehouse().services().clients();
            ClientRegistry rb = b.gatehouse().services().clients();
            ra.delete(ConsoleClient.CLIENT_ID, "test");
            java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();
            List<Boolean> done = Concurrently.run(6, () -> ConsoleClient.ensure(turn.getAndIncrement() % 2 == 0 ? ra : rb, issuer, false)
                    .clientId().equals(ConsoleClient.CLIENT_ID));
            assertThat(done).containsOnly(true);
            assertThat(rows(a)).isEqualTo(1);

            // An operator deletes it: the next start brings it back.
            ra.delete(ConsoleClient.CLIENT_ID, "test");
            assertThat(rows(a)).isZero();
        }
        try (TestServer again = TestServer.builder().databaseUrl(url).start()) {
            var c = again.gatehouse().services().clients().get(ConsoleClient.CLIENT_ID);
            assertThat(c.redirectUris()).containsExactly(again.config().issuer() + "/admin/callback");
            assertThat(c.firstParty()).isTrue();
            assertThat(c.requireMfa()).isFalse();
            // The console signs in through the recreated client, on this database.
            AdminFixture f = new AdminFixture(again);
            f.admin("nodeadmin");
            assertThat(f.console("nodeadmin", "/admin/users").get("/admin/users").status()).isEqualTo(200);
            // An operator's change that breaks the sign-in (another redirect URI, not first-party) is repaired at the
            // next start; their own settings (the name, require_mfa) stay.
            again.gatehouse().services().clients().update(ConsoleClient.CLIENT_ID, new ClientSpec(null, "Our console", null,
                    List.of("https://old.example/admin/callback"), null, null, null, null, null, null, false, null, null, null, null, null,
                    true), "test");
        }
        try (TestServer repaired = TestServer.builder().databaseUrl(url).start()) {
            var c = repaired.gatehouse().services().clients().get(ConsoleClient.CLIENT_ID);
            assertThat(c.redirectUris()).containsExactly("https://old.example/admin/callback", repaired.config().issuer() + "/admin/callback");
            assertThat(c.firstParty()).isTrue();
            assertThat(c.name()).isEqualTo("Our console");
            assertThat(c.requireMfa()).as("the operator's require_mfa is kept").isTrue();
            repaired.gatehouse().services().clients().update(ConsoleClient.CLIENT_ID, new ClientSpec(null, null, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, false), "test");
        }
        // The issuer moves from a development http address to https: the old http callback, which the client rules
        // refuse on this node, goes; the start neither fails nor leaves the console without its callback.
        try (TestServer moved = TestServer.builder().databaseUrl(url).set("issuer", "https://auth.example.com").start()) {
            var c = moved.gatehouse().services().clients().get(ConsoleClient.CLIENT_ID);
            assertThat(c.redirectUris()).containsExactly("https://old.example/admin/callback", "https://auth.example.com/admin/callback");
        }
        // console.require.mfa turns it on at the start.
        try (TestServer strict = TestServer.builder().databaseUrl(url).set("console.require.mfa", "true").start()) {
            assertThat(strict.gatehouse().services().clients().get(ConsoleClient.CLIENT_ID).requireMfa()).isTrue();
            assertThat(rows(strict)).isEqualTo(1);
        }
    }
}
