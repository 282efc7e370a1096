package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.ClientSpec;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL database, each with the default client cache (5 s): a secret rotated
 * or a client deleted on node A stops working on A at once and on B within the TTL, not before.
 */
class ClientCacheAcrossNodesTest {
    @Test
    void rotationAndDeletionReachTheOtherNodeWithinTheCacheTtl() throws Exception {
        String url = TestDatabases.postgresql();
        MutableClock clockB = MutableClock.startingNow();
        try (TestServer a = TestServer.builder().databaseUrl(url).start();
             TestServer b = TestServer.builder().databaseUrl(url).clock(clockB).start()) {
            ClientRegistry.Created created = a.gatehouse().services().clients().create(new ClientSpec(null, "Across", "confidential", null,
                    null, List.of("client_credentials"), null, null, null, null, null, null, null, null), "test");
            String id = created.client().clientId();
            String oldSecret = created.clientSecret();
            assertThat(grant(b, id, oldSecret)).isEqualTo(200); // B now holds the client in its cache

            String newSecret = a.gatehouse().services().clients().rotateSecret(id, "test").clientSecret();
            assertThat(grant(a, id, oldSecret)).as("the rotating node drops its entry at once").isEqualTo(401);
            assertThat(grant(a, id, newSecret)).isEqualTo(200);
            assertThat(grant(b, id, oldSecret)).as("the other node within the TTL").isEqualTo(200);
            clockB.advance(Duration.ofSeconds(5));
            assertThat(grant(b, id, oldSecret)).as("the other node after the TTL").isEqualTo(401);
            assertThat(grant(b, id, newSecret)).isEqualTo(200);

            a.gatehouse().services().clients().delete(id, "test");
            assertThat(grant(a, id, newSecret)).isEqualTo(401);
            clockB.advance(Duration.ofSeconds(5));
            assertThat(grant(b, id, newSecret)).isEqualTo(401);
        }
    }

    private static int grant(TestServer node, String clientId, String secret) throws Exception {
        return new TokenRequest(URI.create(node.baseUrl() + "/oauth2/token"),
                new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), new ClientCredentialsGrant(), null)
                .toHTTPRequest().send().getStatusCode();
    }
}
