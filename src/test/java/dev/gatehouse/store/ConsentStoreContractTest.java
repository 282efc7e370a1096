package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.User;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.oauth.authorize.Consent;
import dev.gatehouse.oauth.authorize.ConsentService;
import dev.gatehouse.session.LiveSessionCache;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.store.jdbi.JdbiConsentStore;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases.Kind;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Remembered consent through ConsentService on JdbiConsentStore, on SQLite and PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsentStoreContractTest {
    private final StoreFixture.PerKind fixtures = new StoreFixture.PerKind();
    private final List<AuditLog> audits = new java.util.concurrent.CopyOnWriteArrayList<>();

    @AfterAll
    void close() {
        audits.forEach(AuditLog::close);
        fixtures.close();
    }

    private static User newUser(StoreFixture f) {
        return f.user("c" + SecureTokens.random(9).toLowerCase().replace('-', 'x').replace('_', 'y'), List.of("user"));
    }

    private ConsentService service(StoreFixture f, MutableClock clock) {
        AuditLog audit = new AuditLog(f.audit, clock);
        audits.add(audit);
        return new ConsentService(new JdbiConsentStore(f.jdbi),
                new SessionService(f.sessions, audit, clock, Duration.ofDays(14), Duration.ofDays(30), () -> {},
                        new LiveSessionCache<>(Duration.ZERO), Duration.ZERO), audit, clock);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void grantThenCoversThoseScopesOnlyAndForThatClientOnly(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        ConsentService consents = service(f, MutableClock.startingNow());
        User u = newUser(f);
        assertThat(consents.covers(u.id(), "app", List.of("openid"))).isFalse();
        consents.grant(u.id(), "app", List.of("openid", "notes:read"));
        assertThat(consents.covers(u.id(), "app", List.of("openid"))).isTrue();
        assertThat(consents.covers(u.id(), "app", List.of("openid", "notes:read"))).isTrue();
        assertThat(consents.covers(u.id(), "app", List.of("openid", "notes:write"))).isFalse();
        assertThat(consents.covers(u.id(), "other", List.of("openid"))).isFalse();
        assertThat(consents.covers(newUser(f).id(), "app", List.of("openid"))).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void grantAgainThenScopesAddUpAndListShowsNewestFirst(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        MutableClock clock = MutableClock.startingNow();
        ConsentService consents = service(f, clock);
        User u = newUser(f);
        consents.grant(u.id(), "app", List.of("openid"));
        clock.advance(java.time.Duration.ofSeconds(5));
        consents.grant(u.id(), "second", List.of("email"));
        clock.advance(java.time.Duration.ofSeconds(5));
        Consent merged = consents.grant(u.id(), "app", List.of("profile"));
        assertThat(merged.scopes()).isEqualTo(Set.of("openid", "profile"));
        assertThat(consents.find(u.id(), "app").orElseThrow().scopes()).isEqualTo(Set.of("openid", "profile"));
        assertThat(consents.list(u.id())).extracting(Consent::clientId).containsExactly("app", "second");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void revokeThenForgottenAndSecondRevokeFalse(Kind kind) {
        StoreFixture f = fixtures.get(kind);
        ConsentService consents = service(f, MutableClock.startingNow());
        User u = newUser(f);
        consents.grant(u.id(), "app", List.of("openid"));
        assertThat(consents.revoke(u.id(), "app")).isTrue();
        assertThat(consents.covers(u.id(), "app", List.of("openid"))).isFalse();
        assertThat(consents.revoke(u.id(), "app")).isFalse();
        assertThat(consents.list(u.id())).isEmpty();
    }
}
