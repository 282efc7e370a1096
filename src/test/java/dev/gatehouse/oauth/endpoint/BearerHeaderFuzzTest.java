package dev.gatehouse.oauth.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BearerHeader} reads every Authorization header as the SDK's {@code BearerAccessToken.parse},
 * which userinfo used before: the same token, or refused by both; never an exception.
 */
class BearerHeaderFuzzTest {

    @Property
    void tokenWhenAnyHeaderThenWhatTheSdkParses(@ForAll("headers") String header) {
        assertThat(BearerHeader.token(header)).isEqualTo(sdk(header));
    }

    @Example
    void tokenWhenSchemeInAnyCaseThenTheRestVerbatim() {
        assertThat(BearerHeader.token("Bearer abc.def")).isEqualTo("abc.def");
        assertThat(BearerHeader.token("bEARER\tabc")).isEqualTo("abc");
        assertThat(BearerHeader.token("Bearer  abc ")).as("what follows the first space, verbatim").isEqualTo(" abc ");
    }

    @Example
    void tokenWhenNotABearerCredentialThenNull() {
        for (String header : new String[] {"", "Bearer", "Bearer ", "Bearer \t ", "Basic YTpi", "Bearerabc", "Bearer\u00a0abc", " Bearer abc",
                "Bearer\u2003\u2003"}) {
            assertThat(BearerHeader.token(header)).as("[%s]", header).isNull();
            assertThat(sdk(header)).as("the SDK too: [%s]", header).isNull();
        }
    }

    @Example
    void tokenWhenAHugeHeaderThenReadOnce() {
        String token = "a".repeat(1_000_000);
        assertThat(BearerHeader.token("Bearer " + token)).isEqualTo(token);
    }

    private static String sdk(String header) {
        try {
            return BearerAccessToken.parse(header).getValue();
        } catch (ParseException | IllegalArgumentException e) {
            return null;
        }
    }

    @Provide
    Arbitrary<String> headers() {
        Arbitrary<String> scheme = Arbitraries.of("Bearer", "bearer", "BEARER", "Basic", "Bear", "Bearerx", "", " Bearer", "DPoP");
        Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\t", "\n", "\r", "\u000b", "\f", "\u00a0", "\u2003", "\u0085");
        Arbitrary<String> rest = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars(" \t\u2003\u00a0").ofMaxLength(4),
                Arbitraries.strings().withCharRange('a', 'z').withChars(".-_~+/= ").ofMaxLength(60));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                net.jqwik.api.Combinators.combine(scheme, space, rest).as((a, b, c) -> a + b + c));
    }
}
