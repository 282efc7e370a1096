package dev.gatehouse.oauth.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.testing.Fuzz;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The form bodies of the OAuth endpoints (token, introspection, revocation; {@link FormParameters}):
 * parameters or an RFC 6749 §5.2 {@code invalid_request}, never another exception; what a client
 * encodes decodes back to the same parameters.
 */
class FormParametersFuzzTest {

    @Property
    void parseWhenAnyBodyAndContentTypeThenParametersOrInvalidRequest(@ForAll("bodies") String body,
            @ForAll("contentTypes") String contentType) {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create("https://id.example.test/oauth2/token"));
        if (contentType != null) request.setHeader("Content-Type", contentType);
        request.setBody(body);
        try {
            Map<String, List<String>> params = Fuzz.timed("form", () -> FormParameters.parse(request));
            params.values().forEach(v -> assertThat(v).hasSize(1));
        } catch (OAuthException e) {
            assertThat(e.error().getCode()).isEqualTo(OAuth2Error.INVALID_REQUEST.getCode());
            assertThat(e.error().getHTTPStatusCode()).isEqualTo(400);
        }
    }

    @Property
    void parseWhenClientEncodedThenSameParameters(@ForAll("distinctPairs") Map<String, String> pairs) {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create("https://id.example.test/oauth2/token"));
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        request.setBody(pairs.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&")));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        // RFC 6749 §3.1: parameters sent without a value are treated as omitted.
        pairs.forEach((k, v) -> {
            if (!v.isEmpty()) expected.put(k, List.of(v));
        });
        assertThat(FormParameters.parse(request)).isEqualTo(expected);
    }

    /** Found by the property above: a Content-Type of only semicolons was an ArrayIndexOutOfBounds (a 500 on /oauth2/token). */
    @Example
    void parseWhenContentTypeIsOnlySemicolonsThenInvalidRequest() {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create("https://id.example.test/oauth2/token"));
        request.setHeader("Content-Type", ";");
        request.setBody("grant_type=client_credentials");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormParameters.parse(request)).isInstanceOfSatisfying(OAuthException.class,
                e -> assertThat(e.error().getCode()).isEqualTo(OAuth2Error.INVALID_REQUEST.getCode()));
    }

    /** URLDecoder replaced bytes that are not UTF-8 with U+FFFD: {@code scope=%FF} became a scope named "\uFFFD". */
    @Example
    void parseWhenPercentEscapeIsNotUtf8ThenInvalidRequest() {
        for (String body : new String[] {"grant_type=client_credentials&scope=%FF", "grant_type=client_credentials&scope=%C3%28",
                "grant_type=client_credentials&%ED%A0%80=x"}) {
            HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create("https://id.example.test/oauth2/token"));
            request.setHeader("Content-Type", "application/x-www-form-urlencoded");
            request.setBody(body);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> FormParameters.parse(request)).as(body)
                    .isInstanceOfSatisfying(OAuthException.class, e -> assertThat(e.error().getCode()).isEqualTo(OAuth2Error.INVALID_REQUEST.getCode()));
        }
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("grant_type", "code", "redirect_uri", "client_id", "client_secret",
                "code_verifier", "refresh_token", "scope", "token", "token_type_hint", "client_assertion", "resource"), Fuzz.text(12));
        Arbitrary<String> pair = Combinators.combine(name, Arbitraries.of("=", "", "=="), Fuzz.text(30)).as((a, e, b) -> a + e + b);
        return Arbitraries.oneOf(pair.list().ofMaxSize(70).map(l -> String.join("&", l)), Fuzz.anyString(200),
                Arbitraries.of("", "&", "%", "a=%", "a=%G0", "a=%C3", "a=1&a=2", "a&a", "=&="));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(Arbitraries.of("application/x-www-form-urlencoded", "Application/X-WWW-Form-Urlencoded; charset=UTF-8",
                "application/json", "", ";", ";;", "text/plain"), Fuzz.text(30)).injectNull(0.1);
    }

    @Provide
    Arbitrary<Map<String, String>> distinctPairs() {
        return Arbitraries.maps(Fuzz.text(20), Fuzz.text(60)).ofMaxSize(20);
    }
}
