package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.gatehouse.account.User;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The refresh_token grant reads the session's user and grants through the live-session cache (the
 * read of /api/v1/me), so a chain of refreshes costs no user read of its own. With a cache TTL of a
 * minute, only invalidation can explain a change: a removed role and a disabled user still show at
 * the very next refresh after one served from the cache (API.md §2), on both databases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OAuthRefreshCachedUserTest {
    private static final List<String> GRANTED = List.of("openid", "audit:read");
    private final Map<TestDatabases.Kind, TestServer> servers = new java.util.EnumMap<>(TestDatabases.Kind.class);
    private int users;

    @AfterAll
    void close() {
        servers.values().forEach(TestServer::close);
    }

    private synchronized TestServer server(TestDatabases.Kind kind) {
        return servers.computeIfAbsent(kind, k -> {
            TestServer s = TestServer.builder().database(k).set("session.cache.ttl", "1m").start();
            s.gatehouse().services().roles().create(Actor.operator("test"), "auditor", "reads audit logs", List.of("audit:read"));
            return s;
        });
    }

    private static Tokens refresh(OAuthFixture oauth, OAuthFixture.Registered c, String token) {
        HTTPResponse r = OAuthFixture.send(new TokenRequest(oauth.endpoint("/oauth2/token"), c.basic(),
                new RefreshTokenGrant(new RefreshToken(token)), null).toHTTPRequest());
        TokenResponse parsed = OAuthFixture.parse(r);
        return parsed.indicatesSuccess() ? parsed.toSuccessResponse().getTokens() : null;
    }

    private static List<String> scope(Tokens t) {
        return t.getAccessToken().getScope().toStringList();
    }

    @ParameterizedTest
    @EnumSource(TestDatabases.Kind.class)
    void aRemovedRoleAndADisabledUserShowAtTheNextRefreshAfterACachedOne(TestDatabases.Kind kind) {
        TestServer server = server(kind);
        OAuthFixture oauth = new OAuthFixture(server);
        OAuthFixture.Registered c = oauth.confidential("client_secret_basic", List.of("refresh_token"), GRANTED);
        User user = server.gatehouse().services().accounts().create("cacheduser" + (++users) + kind.ordinal(), "correct horse battery staple",
                null, null, List.of("user", "auditor"), null);
        String token = server.gatehouse().services().sessions().start(user.id(), c.clientId(), GRANTED, "test", "127.0.0.1").refreshToken();

        Tokens first = refresh(oauth, c, token);
        Tokens second = refresh(oauth, c, first.getRefreshToken().getValue()); // its user read came from the cache
        assertThat(scope(second)).contains("audit:read");

        server.gatehouse().services().userAdmin().setRoles(Actor.operator("test"), user.id(), List.of("user"));
        Tokens third = refresh(oauth, c, second.getRefreshToken().getValue());
        assertThat(third).as("the refresh after the role change").isNotNull();
        assertThat(scope(third)).doesNotContain("audit:read").contains("openid");
        Tokens fourth = refresh(oauth, c, third.getRefreshToken().getValue());
        assertThat(scope(fourth)).doesNotContain("audit:read");

        server.gatehouse().services().userAdmin().update(Actor.operator("test"), user.id(), Optional.empty(), false, Optional.empty(),
                true, null);
        assertThat(refresh(oauth, c, fourth.getRefreshToken().getValue())).as("a disabled user's refresh").isNull();
    }
}
