package dev.gatehouse.federation.upstream;

import static dev.gatehouse.federation.upstream.UpstreamTesting.CALLBACK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.config.Secret;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.ProviderType;
import dev.gatehouse.federation.Upstream;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import dev.gatehouse.federation.UpstreamStart;
import dev.gatehouse.testing.Fuzz;
import dev.gatehouse.testing.StubOpenIdProvider;
import dev.gatehouse.testing.UpstreamBrowser;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * What reaches an upstream from outside: ID tokens posted by anyone to the native endpoint, the
 * callback's parameters, and whatever a (broken or hostile) provider answers. Each is refused with an
 * {@link UpstreamException}, never anything else, within {@link Fuzz#PER_INPUT}.
 */
class UpstreamFuzzTest {
    private static StubOpenIdProvider idp;
    private static Upstream upstream;
    private static String valid;

    @BeforeContainer
    static void start() throws IOException {
        idp = new StubOpenIdProvider();
        upstream = UpstreamTesting.loopbackUpstreams(Clock.systemUTC(), UpstreamObserver.NONE).forProvider(
                new ProviderSettings("fuzz", ProviderType.OIDC, idp.base(), "app", new Secret(idp.clientSecret), List.of(),
                        List.of("com.example.ios"), true, null, null, null, Map.of()));
        valid = idp.idToken("app", "n-1");
    }

    @AfterContainer
    static void stop() {
        idp.close();
    }

    private static void refusedOrAccepted(String what, UpstreamCall call) {
        Fuzz.timed(what, () -> {
            try {
                call.run();
            } catch (UpstreamException e) {
                assertThat(e.reason()).isIn(Reason.INVALID, Reason.DENIED, Reason.UNAVAILABLE);
            }
        });
    }

    @FunctionalInterface
    private interface UpstreamCall {
        void run() throws UpstreamException;
    }

    @Property
    void nativeTokensWhenArbitraryThenInvalid(@ForAll("tokenish") String token, @ForAll("nonces") String nonce) {
        Fuzz.timed("verifyIdToken", () -> {
            try {
                upstream.verifyIdToken(token, nonce);
                assertThat(token).isEqualTo(valid);
            } catch (UpstreamException e) {
                assertThat(e.reason()).isEqualTo(Reason.INVALID);
            }
        });
    }

    @Property(tries = 40)
    void callbacksWhenArbitraryThenRefused(@ForAll("callbacks") Map<String, String> callback) throws Exception {
        UpstreamStart started = upstream.start(CALLBACK);
        refusedOrAccepted("finish", () -> upstream.finish(started, callback, CALLBACK));
    }

    @Property(tries = 40)
    void tokenAnswersWhenArbitraryThenRefused(@ForAll("answers") String answer) throws Exception {
        idp.tokenAnswer = original -> answer;
        try {
            UpstreamStart started = upstream.start(CALLBACK);
            Map<String, String> callback = UpstreamBrowser.callback(started.authorizationUri());
            refusedOrAccepted("token answer", () -> upstream.finish(started, callback, CALLBACK));
        } finally {
            idp.tokenAnswer = original -> original;
        }
    }

    @Property(tries = 40)
    void discoveryDocumentsWhenArbitraryThenUnavailable(@ForAll("answers") String document) {
        idp.discoveryAnswer = original -> document;
        try {
            // A fresh factory: the document is read anew.
            Upstream fresh = UpstreamTesting.loopbackUpstreams(Clock.systemUTC(), UpstreamObserver.NONE)
                    .forProvider(UpstreamTesting.settings(ProviderType.OIDC, idp.base(), "app", idp.clientSecret, Map.of()));
            refusedOrAccepted("discovery", () -> fresh.start(CALLBACK));
        } finally {
            idp.discoveryAnswer = original -> original;
        }
    }

    @Property
    void appleUserFieldsWhenArbitraryThenOnlyNames(@ForAll("answers") String user) {
        Map<String, Object> claims = Fuzz.timed("apple user", () -> AppleProfile.names(user));
        assertThat(claims.keySet()).isSubsetOf("name", "given_name", "family_name");
    }

    @Provide
    Arbitrary<String> tokenish() {
        return Arbitraries.oneOf(Fuzz.anyString(300), Fuzz.mutationsOf(valid),
                Arbitraries.of("", ".", "..", "a.b.c", valid + ".", valid + ".x", "eyJhbGciOiJub25lIn0.e30.", valid));
    }

    @Provide
    Arbitrary<String> nonces() {
        return Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of("n-1"), Fuzz.text(40));
    }

    @Provide
    Arbitrary<Map<String, String>> callbacks() {
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.of("code", "state", "iss", "error", "error_description", "user"), Fuzz.text(10));
        return Arbitraries.maps(keys, Fuzz.text(200)).ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> answers() {
        Arbitrary<String> json = Arbitraries.oneOf(
                Fuzz.mutationsOf("{\"access_token\":\"a\",\"token_type\":\"Bearer\",\"id_token\":\"" + valid + "\"}"),
                Fuzz.mutationsOf("{\"issuer\":\"x\",\"authorization_endpoint\":\"https://a/\",\"token_endpoint\":\"https://a/t\","
                        + "\"jwks_uri\":\"https://a/j\",\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}"),
                Fuzz.mutationsOf("{\"name\":{\"firstName\":\"A\",\"lastName\":\"B\"},\"email\":\"e@x\"}"));
        return Arbitraries.oneOf(Fuzz.anyString(300), json,
                Arbitraries.of("", "null", "[]", "{}", "{\"name\":[]}", "{\"name\":{\"firstName\":5}}", "[".repeat(5000)));
    }
}
