package dev.gatehouse.oauth.authorize;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.pkce.CodeChallenge;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.util.URLUtils;
import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.User;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.oauth.client.Audiences;
import dev.gatehouse.store.StoreFixture;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.ServiceFixture;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * AuthorizeService alone, without HTTP: the real stores on a fresh SQLite database, the real client
 * registry, consents and codes. Each test is one decision of the authorization endpoint (RFC 6749
 * §4.1.1, §4.1.2.1; OIDC Core §3.1.2).
 */
class AuthorizeServiceTest {
    private static final String ISSUER = ServiceFixture.ISSUER;
    private static final String REDIRECT = "https://app.example/cb";
    private static final String VERIFIER = SecureTokens.random(32);
    private static final String CHALLENGE = CodeChallenge.compute(CodeChallengeMethod.S256, new CodeVerifier(VERIFIER)).getValue();

    private final ServiceFixture f = new ServiceFixture();
    private final MutableClock clock = f.clock;
    private final StoreFixture stores = f.stores;
    private final ConsentService consents = new ConsentService(stores.consents, f.sessions, f.audit, clock);
    private final AuthorizationCodes codes = new AuthorizationCodes(stores.codes, clock, Duration.ofMinutes(1));
    private final AuthorizeService service = new AuthorizeService(f.clients, stores.users, consents, stores.pendingRequests, codes,
            new Audiences(ISSUER), f.audit, clock, ISSUER);

    /** A third-party web application that may ask for sign-in, profile and one administrative permission. */
    private final String app = register(false);
    private final User alice = stores.user("alice", List.of("user"));

    @AfterEach
    void close() {
        f.close();
    }

    private String register(boolean firstParty) {
        return f.client("confidential", null, List.of(REDIRECT), List.of("authorization_code"),
                List.of("openid", "profile", "admin:users:read"), firstParty).client().clientId();
    }

    /** A valid code request of {@link #app}, with {@code changes} as name/value pairs (a null value removes the name). */
    private Map<String, List<String>> request(String... changes) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        p.put("client_id", List.of(app));
        p.put("redirect_uri", List.of(REDIRECT));
        p.put("response_type", List.of("code"));
        p.put("scope", List.of("openid profile"));
        p.put("state", List.of("st-1"));
        p.put("code_challenge", List.of(CHALLENGE));
        p.put("code_challenge_method", List.of("S256"));
        for (int i = 0; i < changes.length; i += 2) {
            if (changes[i + 1] == null) p.remove(changes[i]);
            else p.put(changes[i], List.of(changes[i + 1]));
        }
        return p;
    }

    private Optional<BrowserSession> signedIn(User user, Instant authTime) {
        return Optional.of(new BrowserSession("login-" + user.username(), user.id(), user.username(), authTime, List.of("pwd"),
                authTime, authTime.plus(Duration.ofDays(1)), authTime, "192.0.2.1", "agent/1.0"));
    }

    private Optional<BrowserSession> signedIn(User user) {
        return signedIn(user, clock.instant());
    }

    /** The query of a redirect to the client: code or error, with state and iss (RFC 9207). */
    private static Map<String, String> redirected(AuthorizeOutcome outcome) {
        assertThat(outcome).isInstanceOf(AuthorizeOutcome.Redirect.class);
        URI location = ((AuthorizeOutcome.Redirect) outcome).location();
        assertThat(location.toString()).startsWith(REDIRECT + "?");
        Map<String, String> query = new LinkedHashMap<>();
        URLUtils.parseParameters(location.getRawQuery()).forEach((k, v) -> query.put(k, v.get(0)));
        assertThat(query).containsEntry("iss", ISSUER);
        return query;
    }

    private static void assertShown(AuthorizeOutcome outcome, String title) {
        assertThat(outcome).isInstanceOfSatisfying(AuthorizeOutcome.ErrorPage.class, page -> {
            assertThat(page.status()).isEqualTo(400);
            assertThat(page.title()).isEqualTo(title);
        });
    }

    /** The scope of the code in this redirect, by redeeming it as the token endpoint would. */
    private List<String> codeScope(Map<String, String> query) {
        var redemption = codes.redeem(query.get("code"), app, REDIRECT, VERIFIER, clock.instant());
        assertThat(redemption).isInstanceOf(AuthorizationCodes.Redemption.Redeemed.class);
        return ((AuthorizationCodes.Redemption.Redeemed) redemption).code().scope();
    }

    @Test
    void unknownOrMissingClientIsShownNotRedirected() {
        assertShown(service.start(request("client_id", "no-such-app"), signedIn(alice)), "Unknown application");
        assertShown(service.start(request("client_id", null), signedIn(alice)), "Unknown application");
        assertShown(service.start(request("client_id", "x".repeat(129)), signedIn(alice)), "Unknown application");
    }

    @Test
    void unregisteredRedirectIsShownNotRedirectedEvenWhenTheRequestHasOtherErrors() {
        // RFC 6749 §4.1.2.1: until the redirect URI is trusted, nothing is sent to it.
        assertShown(service.start(request("redirect_uri", "https://evil.example/cb"), signedIn(alice)), "Invalid redirect");
        assertShown(service.start(request("redirect_uri", REDIRECT + "/", "response_type", "token", "code_challenge", null),
                Optional.empty()), "Invalid redirect");
        assertShown(service.start(request("redirect_uri", null), signedIn(alice)), "Invalid request");
        Map<String, List<String>> twice = request();
        twice.put("redirect_uri", List.of(REDIRECT, REDIRECT));
        assertShown(service.start(twice, signedIn(alice)), "Invalid request");
        assertThat(stores.count("SELECT COUNT(*) FROM authorization_codes")).isZero();
    }

    @Test
    void missingOrPlainPkceGoesBackToTheClientAsInvalidRequest() {
        Map<String, String> missing = redirected(service.start(request("code_challenge", null), signedIn(alice)));
        assertThat(missing).containsEntry("error", "invalid_request").containsEntry("state", "st-1").doesNotContainKey("code");
        assertThat(missing.get("error_description")).contains("code_challenge");

        Map<String, String> plain = redirected(service.start(request("code_challenge_method", "plain"), signedIn(alice)));
        assertThat(plain).containsEntry("error", "invalid_request");
        assertThat(plain.get("error_description")).contains("S256");
    }

    @Test
    void responseTypeOtherThanCodeIsUnsupportedAndAMissingOneInvalid() {
        assertThat(redirected(service.start(request("response_type", "token"), signedIn(alice))))
                .containsEntry("error", "unsupported_response_type").containsEntry("state", "st-1");
        assertThat(redirected(service.start(request("response_type", null), signedIn(alice))))
                .containsEntry("error", "invalid_request");
    }

    @Test
    void scopeIsNarrowedToWhatTheClientMayAskAndTheUserHolds() {
        User root = stores.user("root", List.of("admin"));
        consents.grant(alice.id(), app, List.of("openid", "profile", "admin:users:read"));
        consents.grant(root.id(), app, List.of("openid", "profile", "admin:users:read"));
        String asked = "openid admin:users:read notes:write";

        // notes:write: not the client's to ask, dropped; admin:users:read: only for a user who holds it.
        assertThat(codeScope(redirected(service.start(request("scope", asked), signedIn(alice))))).containsExactly("openid");
        assertThat(codeScope(redirected(service.start(request("scope", asked), signedIn(root)))))
                .containsExactly("admin:users:read", "openid");
        // Nothing the client may ask for: an error, not an empty grant (RFC 6749 §3.3).
        assertThat(redirected(service.start(request("scope", "notes:write"), signedIn(alice)))).containsEntry("error", "invalid_scope");
    }

    @Test
    void noSessionMeansTheLoginPageOrLoginRequiredWithPromptNone() {
        assertThat(redirected(service.start(request("prompt", "none"), Optional.empty())))
                .containsEntry("error", "login_required").containsEntry("state", "st-1");
        assertThat(stores.count("SELECT COUNT(*) FROM authorization_requests")).isZero();

        AuthorizeOutcome outcome = service.start(request("login_hint", "alice"), Optional.empty());
        assertThat(outcome).isInstanceOfSatisfying(AuthorizeOutcome.Login.class, login -> {
            assertThat(login.force()).isFalse();
            assertThat(login.loginHint()).isEqualTo("alice");
            assertThat(login.handle()).hasSize(43);
        });
        assertThat(stores.count("SELECT COUNT(*) FROM authorization_requests")).isOne();
    }

    @Test
    void promptLoginSendsASignedInUserBackToSignInUntilTheySignInAfterTheRequest() {
        consents.grant(alice.id(), app, List.of("openid", "profile"));
        Instant earlier = clock.instant().minus(Duration.ofMinutes(10));
        AuthorizeOutcome outcome = service.start(request("prompt", "login"), signedIn(alice, earlier));
        assertThat(outcome).isInstanceOfSatisfying(AuthorizeOutcome.Login.class, login -> assertThat(login.force()).isTrue());
        String handle = ((AuthorizeOutcome.Login) outcome).handle();

        assertThat(service.resume(handle, signedIn(alice, earlier))).isInstanceOf(AuthorizeOutcome.Login.class);
        clock.advance(Duration.ofSeconds(5));
        assertThat(codeScope(redirected(service.resume(handle, signedIn(alice))))).containsExactly("openid", "profile");
        assertShown(service.resume(handle, signedIn(alice)), "Sign-in request expired");
    }

    @Test
    void consentIsAskedOnceThenRememberedAndAskedAgainForMoreOrWithPromptConsent() {
        AuthorizeOutcome first = service.start(request("scope", "openid"), signedIn(alice));
        assertThat(first).isInstanceOf(AuthorizeOutcome.Consent.class);
        String handle = ((AuthorizeOutcome.Consent) first).handle();
        assertThat(service.consentPage(handle, signedIn(alice))).isInstanceOfSatisfying(AuthorizeOutcome.ShowConsent.class, page -> {
            assertThat(page.scopes()).containsExactly("openid");
            assertThat(page.username()).isEqualTo("alice");
            assertThat(page.redirectUri()).isEqualTo(REDIRECT);
        });
        assertThat(codeScope(redirected(service.decide(handle, true, signedIn(alice))))).containsExactly("openid");

        // Remembered for the same scope; more, or prompt=consent, asks again (OIDC Core §3.1.2.4).
        assertThat(codeScope(redirected(service.start(request("scope", "openid"), signedIn(alice))))).containsExactly("openid");
        assertThat(service.start(request("scope", "openid profile"), signedIn(alice))).isInstanceOf(AuthorizeOutcome.Consent.class);
        assertThat(service.start(request("scope", "openid", "prompt", "consent"), signedIn(alice)))
                .isInstanceOf(AuthorizeOutcome.Consent.class);
        assertThat(redirected(service.start(request("scope", "openid profile", "prompt", "none"), signedIn(alice))))
                .containsEntry("error", "consent_required");
    }

    @Test
    void deniedConsentIsAccessDeniedAndAFirstPartyClientIsNeverAsked() {
        String handle = ((AuthorizeOutcome.Consent) service.start(request(), signedIn(alice))).handle();
        assertThat(redirected(service.decide(handle, false, signedIn(alice)))).containsEntry("error", "access_denied")
                .containsEntry("state", "st-1");
        assertThat(consents.find(alice.id(), app)).isEmpty();

        String own = register(true);
        Map<String, String> query = redirected(service.start(request("client_id", own), signedIn(alice)));
        assertThat(query).containsKey("code").containsEntry("state", "st-1");
    }
}
