package dev.gatehouse.passkey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.account.User;
import dev.gatehouse.testing.ServiceFixture;
import dev.gatehouse.testing.TestAuthenticator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * PasskeyService below HTTP: the second-factor assertion ({@link PasskeyService#verifyAssertion}) that the
 * step after a password uses, the listing for {@code GET /api/v1/me/mfa}, and the relying party derived
 * from the issuer.
 */
class PasskeyServiceTest {
    private static final String ORIGIN = ServiceFixture.ISSUER;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ServiceFixture fx = new ServiceFixture();
    private final PasskeyService service = new PasskeyService(fx.stores.passkeys, fx.stores.challenges, fx.sessions, fx.audit, fx.clock,
            RelyingParty.of(ServiceFixture.ISSUER), Duration.ofMinutes(5));

    @AfterEach
    void close() {
        fx.close();
    }

    private record Enrolled(User user, TestAuthenticator authenticator, PasskeyInfo info) {}

    private Enrolled enrolled(long counter) {
        User u = fx.stores.user("sf" + UUID.randomUUID().toString().substring(0, 8), List.of());
        String session = fx.sessions.start(u.id(), ServiceFixture.FIRST_PARTY, null, null, "203.0.113.9").session().id();
        TestAuthenticator a = new TestAuthenticator(counter);
        JsonNode options = json(service.registrationOptions(u.id(), session, u.username(), null));
        PasskeyInfo info = service.register(u.id(), session, null, json(a.register(options, ORIGIN)), "203.0.113.9");
        return new Enrolled(u, a, info);
    }

    private static JsonNode json(Object o) {
        return MAPPER.valueToTree(o);
    }

    @Test
    void aSecondFactorAssertionIsCheckedAgainstTheUsersOwnChallenge() {
        Enrolled e = enrolled(1);
        JsonNode options = json(service.secondFactorOptions(e.user().id()));
        assertThat(options.path("rpId").asText()).isEqualTo("id.example");
        assertThat(options.path("allowCredentials").findValuesAsText("id")).containsExactly(e.authenticator().credentialId());
        // A second step after a password needs presence, not verification.
        e.authenticator().userVerification = false;
        JsonNode answer = json(e.authenticator().assertion(options, ORIGIN));
        Passkey used = service.verifyAssertion(e.user().id(), ChallengePurpose.SECOND_FACTOR, answer).orElseThrow();
        assertThat(used.id()).isEqualTo(e.info().id());
        assertThat(used.signCount()).isEqualTo(2);
        assertThat(used.lastUsedAt()).isEqualTo(fx.clock.instant());
        assertThat(service.list(e.user().id())).singleElement().satisfies(p -> assertThat(p.lastUsedAt()).isEqualTo(fx.clock.instant()));
        // Replayed: the challenge is spent.
        assertThat(service.verifyAssertion(e.user().id(), ChallengePurpose.SECOND_FACTOR, answer)).isEmpty();
    }

    @Test
    void theMfaStepGetsTheMethodTheKeyProves() {
        Enrolled e = enrolled(0);
        e.authenticator().backupEligible = false;
        JsonNode options = json(service.secondFactorOptions(e.user().id()));
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = MAPPER.convertValue(e.authenticator().assertion(options, ORIGIN), Map.class);
        assertThat(service.verifySecondFactor(e.user().id(), answer)).contains(List.of("hwk"));
        assertThat(service.verifySecondFactor(e.user().id(), answer)).isEmpty();
        assertThat(service.removeAll(e.user().id())).isEqualTo(1);
        assertThat(service.count(e.user().id())).isZero();
    }

    @Test
    void anotherUsersPasskeyOrChallengeDoesNotCount() {
        Enrolled alice = enrolled(1);
        Enrolled bob = enrolled(1);
        JsonNode aliceOptions = json(service.secondFactorOptions(alice.user().id()));
        // Alice's passkey answering a challenge made for Bob's login attempt.
        JsonNode bobOptions = json(service.secondFactorOptions(bob.user().id()));
        assertThat(service.verifyAssertion(bob.user().id(), ChallengePurpose.SECOND_FACTOR,
                json(alice.authenticator().assertion(bobOptions, ORIGIN)))).isEmpty();
        // Bob's passkey answering Alice's challenge, claimed for Alice.
        assertThat(service.verifyAssertion(alice.user().id(), ChallengePurpose.SECOND_FACTOR,
                json(bob.authenticator().assertion(aliceOptions, ORIGIN)))).isEmpty();
    }

    @Test
    void aPasswordlessChallengeIsNoSecondFactorChallenge() {
        Enrolled e = enrolled(1);
        JsonNode passwordless = json(service.passwordlessOptions());
        assertThat(service.verifyAssertion(e.user().id(), ChallengePurpose.SECOND_FACTOR,
                json(e.authenticator().assertion(passwordless, ORIGIN)))).isEmpty();
        assertThatThrownBy(() -> service.verifyAssertion(e.user().id(), ChallengePurpose.PASSWORDLESS, json(Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void garbageIsNoAssertion() {
        Enrolled e = enrolled(1);
        for (Object junk : List.of("x", Map.of(), Map.of("type", "public-key", "id", "AA", "response", Map.of("clientDataJSON", "e30")))) {
            assertThat(service.verifyAssertion(e.user().id(), ChallengePurpose.SECOND_FACTOR, json(junk))).isEmpty();
        }
    }

    @Test
    void listAndCountServeTheMfaOverview() {
        Enrolled e = enrolled(0);
        assertThat(service.count(e.user().id())).isEqualTo(1);
        assertThat(service.list(e.user().id())).containsExactly(e.info());
        assertThat(e.info().name()).isEqualTo("Passkey");
        assertThat(e.info().lastUsedAt()).isNull();
    }

    @Test
    void theRelyingPartyIsTheIssuersHost() {
        assertThat(RelyingParty.of("https://id.example.com/base")).isEqualTo(
                new RelyingParty("id.example.com", "Gatehouse", "https://id.example.com", true));
        assertThat(RelyingParty.of("http://localhost:8080").origin()).isEqualTo("http://localhost:8080");
        assertThat(RelyingParty.of("http://127.0.0.1:9000").available()).isTrue();
        assertThat(RelyingParty.of("http://[::1]:9000").id()).isEqualTo("::1");
        assertThat(RelyingParty.of("https://203.0.113.7").available()).isFalse();
    }
}
