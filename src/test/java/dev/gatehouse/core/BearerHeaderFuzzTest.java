package dev.gatehouse.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.BearerHeaders;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BearerHeader} reads every Authorization header as the grammar of RFC 6750 §2.1 with RFC 9110's
 * case-insensitive scheme (§11.1) and field-value whitespace (§5.5), written here as a regular expression:
 * the same token, or refused by both; never an exception.
 */
class BearerHeaderFuzzTest {
    /** "Bearer" in any case, 1*SP, a token without whitespace or control characters, trailing OWS. */
    private static final Pattern RFC = Pattern.compile("Bearer +([^\\x00-\\x20\\x7f]+)[ \\t]*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    @Property
    void tokenWhenAnyHeaderThenWhatTheGrammarReads(@ForAll("headers") String header) {
        assertThat(BearerHeader.token(header)).isEqualTo(rfc(header));
    }

    @Example
    void tokenWhenSchemeInAnyCaseThenTheTokenAfterTheSpaces() {
        assertThat(BearerHeader.token("Bearer abc.def")).isEqualTo("abc.def");
        assertThat(BearerHeader.token("bEARER abc")).isEqualTo("abc");
        assertThat(BearerHeader.token("Bearer   abc \t")).as("1*SP, then the token without trailing OWS").isEqualTo("abc");
        assertThat(BearerHeader.token("Bearer a.b~c+/=")).as("the rest verbatim: whether it is a token is the verifier's to say")
                .isEqualTo("a.b~c+/=");
    }

    @Example
    void tokenWhenNotABearerCredentialThenNull() {
        for (String header : new String[] {"", "Bearer", "Bearer ", "Bearer \t ", "Basic YTpi", "Bearerabc", "Bearer\u00a0abc", " Bearer abc",
                "Bearer\u2003\u2003", "Bearer\tabc", "Bearer\nabc", "Bearer \tabc", "Bearer a b", "Bearer a\u0000b", "Bearer a\u007fb"}) {
            assertThat(BearerHeader.token(header)).as("[%s]", header).isNull();
            assertThat(rfc(header)).as("the grammar too: [%s]", header).isNull();
        }
        assertThat(BearerHeader.token(null)).isNull();
    }

    @Example
    void theHeadersBothEndpointsAreTestedWithAreReadAsTheirListsSay() {
        for (String header : BearerHeaders.accepted("abc.def")) assertThat(BearerHeader.token(header)).as("[%s]", header).isEqualTo("abc.def");
        for (String header : BearerHeaders.refused("abc.def")) assertThat(BearerHeader.token(header)).as("[%s]", header).isNull();
    }

    @Example
    void tokenWhenAHugeHeaderThenReadOnce() {
        String token = "a".repeat(1_000_000);
        assertThat(BearerHeader.token("Bearer " + token)).isEqualTo(token);
    }

    private static String rfc(String header) {
        Matcher m = RFC.matcher(header);
        return m.matches() ? m.group(1) : null;
    }

    @Provide
    Arbitrary<String> headers() {
        Arbitrary<String> scheme = Arbitraries.of("Bearer", "bearer", "BEARER", "Basic", "Bear", "Bearerx", "", " Bearer", "DPoP");
        Arbitrary<String> space = Arbitraries.of("", " ", "  ", "\t", "\n", "\r", "\u000b", "\f", "\u00a0", "\u2003", "\u0085", " \t");
        Arbitrary<String> rest = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars(" \t\u2003\u00a0").ofMaxLength(4),
                Arbitraries.strings().withCharRange('a', 'z').withChars(".-_~+/= \t\u0000\u007f").ofMaxLength(60));
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                net.jqwik.api.Combinators.combine(scheme, space, rest).as((a, b, c) -> a + b + c));
    }
}
