package dev.gatehouse.oauth.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.Scope;
import dev.gatehouse.account.CachingUserStore;
import dev.gatehouse.account.User;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.audit.EventFilter;
import dev.gatehouse.keys.AccessTokenIssuer;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.Audiences;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.session.LiveSessionCache;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.session.SessionStore;
import dev.gatehouse.session.TokenService;
import dev.gatehouse.testing.ServiceFixture;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the refresh_token grant reads: the refresh every signed-in client makes (no scope, no resource)
 * rotates without reading the session first (PERFORMANCE.md: at most 3 statements per refresh), while
 * every refusal stays as it was.
 */
class RefreshTokenGrantReadsTest {
    private static final List<String> SCOPES = List.of("openid", "profile");

    private final ServiceFixture f = new ServiceFixture();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final SessionService sessions = new SessionService(counting(f.stores.sessions), f.audit, f.clock, Duration.ofDays(14),
            Duration.ofDays(30), () -> { }, new LiveSessionCache<>(Duration.ZERO), Duration.ZERO);
    private final TokenService tokens;
    private RefreshTokenGrantHandler handler;
    private final String userId = "u-" + System.nanoTime();

    RefreshTokenGrantReadsTest() {
        KeyService keys = new KeyService(f.stores.keys, f.stores.masterKey, f.clock, "RS256", Duration.ofMinutes(15));
        keys.ensureActiveKey();
        tokens = new TokenService(new AccessTokenIssuer(keys, ServiceFixture.ISSUER, f.clock), ServiceFixture.ISSUER,
                Duration.ofMinutes(15));
        handler = new RefreshTokenGrantHandler(sessions, f.stores.users, tokens, new Audiences(ServiceFixture.ISSUER), f.audit, f.clock);
        f.stores.users.insert(new User(userId, "reads", null, false, null, null, false, f.clock.instant()), "reads", null, List.of("user"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private SessionStore counting(SessionStore store) {
        return counting(SessionStore.class, store);
    }

    private <T> T counting(Class<T> type, T store) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    calls.computeIfAbsent(method.getName(), k -> new AtomicInteger()).incrementAndGet();
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }));
    }

    private int reads() {
        return calls.getOrDefault("findByRefreshHash", new AtomicInteger()).get();
    }

    private ClientRegistry.Created client() {
        return f.client("confidential", "client_secret_basic", List.of("https://app.example/cb"),
                List.of("authorization_code", "refresh_token"), SCOPES, false);
    }

    private AccessTokenResponse refresh(ClientRegistry.Created c, String token, Scope scope) {
        Map<String, List<String>> params = new java.util.LinkedHashMap<>();
        params.put("grant_type", List.of("refresh_token"));
        params.put("refresh_token", List.of(token));
        if (scope != null) params.put("scope", List.of(scope.toString()));
        return handler.handle(new TokenParameters(params, () -> {
            throw new AssertionError("the refresh grant reads the parameters, not Nimbus' parse");
        }), c.client(), "127.0.0.1");
    }

    @Test
    void aRefreshWithoutScopeOrResourceRotatesWithoutReadingTheSessionFirst() {
        ClientRegistry.Created c = client();
        String token = sessions.start(userId, c.client().clientId(), SCOPES, "test", "127.0.0.1").refreshToken();

        AccessTokenResponse first = refresh(c, token, null);
        AccessTokenResponse second = refresh(c, first.getTokens().getRefreshToken().getValue(), null);

        assertThat(second.getTokens().getRefreshToken().getValue()).isNotEqualTo(first.getTokens().getRefreshToken().getValue());
        assertThat(reads()).as("session reads before the rotation").isZero();
        assertThat(calls.get("rotate")).hasValue(2);
    }

    @Test
    void aRefreshThatNarrowsTheScopeIsCheckedBeforeTheRotation() {
        ClientRegistry.Created c = client();
        String token = sessions.start(userId, c.client().clientId(), List.of("openid"), "test", "127.0.0.1").refreshToken();

        assertThatThrownBy(() -> refresh(c, token, new Scope("openid", "profile"))).isInstanceOf(OAuthException.class)
                .hasMessageContaining("narrow");
        assertThat(calls.get("rotate")).as("the token is not spent").isNull();
        assertThat(refresh(c, token, new Scope("openid")).getTokens().getAccessToken().getScope().toStringList())
                .containsExactly("openid");
        assertThat(reads()).isEqualTo(2);
    }

    @Test
    void anotherClientsTokenIsRefusedAuditedAndStaysUsableByItsOwner() {
        ClientRegistry.Created owner = client();
        ClientRegistry.Created other = client();
        String token = sessions.start(userId, owner.client().clientId(), SCOPES, "test", "127.0.0.1").refreshToken();

        assertThatThrownBy(() -> refresh(other, token, null)).isInstanceOf(OAuthException.class);
        f.audit.flush();
        assertThat(f.stores.audit.search(new EventFilter("refresh", "wrong_client", userId, null, null, null, null), null, null, 10))
                .hasSize(1);

        assertThat(refresh(owner, token, null).getTokens().getRefreshToken()).isNotNull();
    }

    @Test
    void aChainOfRefreshesReadsItsUserThroughTheLiveSessionCache() {
        handler = new RefreshTokenGrantHandler(sessions, new CachingUserStore(counting(UserStore.class, f.stores.users),
                new LiveSessionCache<>(Duration.ofMinutes(1)), new LiveSessionCache<>(Duration.ofMinutes(1))), tokens, new Audiences(ServiceFixture.ISSUER), f.audit, f.clock);
        ClientRegistry.Created c = client();
        String token = sessions.start(userId, c.client().clientId(), SCOPES, "test", "127.0.0.1").refreshToken();

        for (int i = 0; i < 3; i++) token = refresh(c, token, null).getTokens().getRefreshToken().getValue();

        assertThat(calls.get("findById")).as("reads of the user by id").isNull();
        assertThat(calls.get("findByLiveSession")).as("reads of the user through its session").hasValue(1);
        assertThat(calls.get("rotate")).hasValue(3);
    }
}
