package dev.gatehouse.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.FakeContext;
import dev.gatehouse.testing.Fuzz;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.Size;

/**
 * The hosted pages' form reader ({@link FormParser}): any body is either decoded or refused with a
 * 4xx page, and whatever a browser encodes (WHATWG URL §5.2) decodes back to the same fields.
 */
class FormFuzzTest {
    private static final int LIMIT = 16 * 1024;

    @Property
    void decodeWhenArbitraryBytesThenFieldsOrBadRequest(@ForAll @Size(max = 400) byte[] body) {
        decodeOrBadRequest(body);
    }

    @Property
    void decodeWhenFormShapedTextThenFieldsOrBadRequest(@ForAll("formish") String body) {
        decodeOrBadRequest(body.getBytes(StandardCharsets.UTF_8));
    }

    /** What a browser sends (URL-encoded UTF-8 pairs) decodes to the same names and values, in order. */
    @Property
    void decodeAllWhenBrowserEncodedThenSameFields(@ForAll("pairs") List<Tuple2<String, String>> pairs) {
        String body = pairs.stream().map(p -> URLEncoder.encode(p.get1(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(p.get2(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        Map<String, List<String>> expected = new LinkedHashMap<>();
        pairs.forEach(p -> expected.computeIfAbsent(p.get1(), n -> new ArrayList<>()).add(p.get2()));
        assertThat(FormParser.decodeAll(body.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(expected);
    }

    /** Through the Context: content type, coding, declared length and body in any combination. */
    @Property
    void parseWhenAnyRequestThenFieldsOrClientErrorPage(@ForAll("formish") String body, @ForAll("contentTypes") String contentType,
            @ForAll("codings") String coding) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        FakeContext fake = FakeContext.create().body(bytes).header("Content-Type", contentType).header("Content-Encoding", coding);
        try {
            Fuzz.timed("parse", () -> new FormParser(LIMIT).parse(fake.context()));
        } catch (PageException e) {
            assertThat(e.status()).isIn(400, 413, 415);
        }
    }

    /** Found by the property above: a Content-Type of only semicolons was an ArrayIndexOutOfBounds (a 500 page). */
    @Example
    void parseWhenContentTypeIsOnlySemicolonsThenUnsupportedPage() {
        FakeContext fake = FakeContext.create().body("a=b".getBytes(StandardCharsets.UTF_8)).header("Content-Type", ";");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FormParser(LIMIT).parse(fake.context()))
                .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.status()).isEqualTo(415));
    }

    private static void decodeOrBadRequest(byte[] body) {
        try {
            Map<String, String> fields = Fuzz.timed("decode", () -> FormParser.decode(body));
            assertThat(fields.size()).isLessThanOrEqualTo(FormParser.MAX_FIELDS);
            fields.forEach((n, v) -> {
                assertThat(n).isNotEmpty().hasSizeLessThanOrEqualTo(FormParser.MAX_NAME);
                assertThat(v).hasSizeLessThanOrEqualTo(FormParser.MAX_VALUE);
            });
        } catch (PageException e) {
            assertThat(e.status()).isEqualTo(400);
        }
    }

    @Provide
    Arbitrary<String> formish() {
        Arbitrary<String> token = Arbitraries.oneOf(Fuzz.text(20), Arbitraries.of("csrf", "username", "password", "return_to", "%",
                "%2", "%zz", "%C3%B6", "%C3", "%FF", "%00", "+", "=", "&", "%26", "%3D", "a".repeat(70), "%41".repeat(70)));
        Arbitrary<String> pair = Combinators.combine(token, Arbitraries.of("=", "", "==", "=&"), token).as((a, e, b) -> a + e + b);
        Arbitrary<String> body = pair.list().ofMaxSize(40).map(l -> String.join("&", l));
        return Arbitraries.oneOf(body, Fuzz.anyString(200), Arbitraries.of("", "&", "&&&", "=", "a", "a=1&a=2"));
    }

    @Provide
    Arbitrary<List<Tuple2<String, String>>> pairs() {
        Arbitrary<String> name = Fuzz.text(FormParser.MAX_NAME).filter(n -> !n.isEmpty());
        Arbitrary<String> value = Fuzz.text(200);
        return Combinators.combine(name, value).as(Tuple::of).list().ofMaxSize(FormParser.MAX_FIELDS);
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(Arbitraries.of("application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
                "application/x-www-form-urlencoded;charset=\"utf-8\"", "application/x-www-form-urlencoded; charset=iso-8859-1",
                "multipart/form-data; boundary=x", "application/json", "", ";", ";;", " ; ", "text/plain"), Fuzz.text(40)).injectNull(0.1);
    }

    @Provide
    Arbitrary<String> codings() {
        return Arbitraries.of("identity", "gzip", "", " ").injectNull(0.7);
    }
}
