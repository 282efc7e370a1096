package dev.gatehouse.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.testing.Fuzz;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FormDataTest {

    private static Map<String, List<String>> decode(String body) {
        return FormData.decode(body.getBytes(StandardCharsets.ISO_8859_1), 16);
    }

    private static void assertFlaw(String body, FormData.Flaw flaw) {
        assertThatThrownBy(() -> decode(body)).as(body)
                .isInstanceOfSatisfying(FormData.MalformedFormException.class, e -> assertThat(e.flaw()).isEqualTo(flaw));
    }

    @Test
    void decodeWhenPlusPercentAndBareNamesThenEveryValueInOrder() {
        Map<String, List<String>> fields = decode("a=J%C3%B6rg+M&b=x%26y%3Dz&a=2&&flag&=v&c=d=e");
        assertThat(fields).isEqualTo(Map.of(
                "a", List.of("Jörg M", "2"), "b", List.of("x&y=z"), "flag", List.of(""), "", List.of("v"), "c", List.of("d=e")));
        assertThat(fields.keySet()).containsExactly("a", "b", "flag", "", "c");
        assertThat(decode("")).isEmpty();
        assertThat(decode("&&&")).isEmpty();
    }

    @Test
    void decodeWhenEscapeIsBrokenThenBadEscape() {
        for (String body : new String[] {"a=%", "a=%4", "a=%zz", "%ZZ=1", "a=%G0", "a=%4&b=1"}) assertFlaw(body, FormData.Flaw.BAD_ESCAPE);
    }

    @Test
    void decodeWhenBytesAreNotUtf8ThenNotUtf8() {
        for (String body : new String[] {"a=%FF", "a=%C3", "a=%C3%28", "a=%C0%AF", "a=%ED%A0%80", "a=\u00ff", "\u00c3=1"}) {
            assertFlaw(body, FormData.Flaw.NOT_UTF8);
        }
    }

    @Test
    void decodeWhenMorePairsThanTheCapThenTooManyFieldsRepeatsIncluded() {
        assertThat(decode("a=1&".repeat(16))).containsEntry("a", java.util.Collections.nCopies(16, "1"));
        assertFlaw("a=1&".repeat(17), FormData.Flaw.TOO_MANY_FIELDS);
    }

    @Test
    void decodeWhenTextBodyThenSameAsItsUtf8Bytes() {
        assertThat(FormData.decode("a=é&b=%C3%A9", 4)).isEqualTo(Map.of("a", List.of("é"), "b", List.of("é")));
    }

    @Property
    void decodeWhenAnyBytesThenFieldsOrMalformedNeverAnotherException(@ForAll @Size(max = 300) byte[] body) {
        try {
            Map<String, List<String>> fields = Fuzz.timed("decode", () -> FormData.decode(body, 32));
            assertThat(fields.values().stream().mapToInt(List::size).sum()).isLessThanOrEqualTo(32);
        } catch (FormData.MalformedFormException e) {
            assertThat(e.flaw()).isNotNull();
        }
    }

    @Property
    void decodeWhenBrowserEncodedThenSamePairs(@ForAll("pairs") List<Tuple2<String, String>> pairs) {
        StringBuilder body = new StringBuilder();
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Tuple2<String, String> p : pairs) {
            if (body.length() > 0) body.append('&');
            body.append(URLEncoder.encode(p.get1(), StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(p.get2(), StandardCharsets.UTF_8));
            expected.computeIfAbsent(p.get1(), k -> new ArrayList<>()).add(p.get2());
        }
        assertThat(FormData.decode(body.toString(), 64)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<List<Tuple2<String, String>>> pairs() {
        Arbitrary<String> name = Fuzz.text(20).filter(n -> !n.isEmpty());
        return Combinators.combine(name, Fuzz.text(60)).as(Tuple::of).list().ofMaxSize(64);
    }
}
