package dev.gatehouse.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Fuzz;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MediaTypeTest {

    @Test
    void parseWhenCaseQuotesAndSpacesVaryThenOneLowerCaseType() {
        MediaType t = MediaType.parse(" Application/X-WWW-Form-Urlencoded ; Charset=\"UTF-8\" ;; flag").orElseThrow();
        assertThat(t.type()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(t.parameters()).containsExactlyEntriesOf(java.util.Map.of("charset", "UTF-8"));
        assertThat(t.utf8OrNoCharset()).isTrue();
        assertThat(MediaType.parse("application/json").orElseThrow().utf8OrNoCharset()).isTrue();
    }

    /** The bug fixed in all three former splitters: a value of only semicolons had no first part. */
    @Test
    void parseWhenOnlySemicolonsOrEmptyThenEmpty() {
        for (String v : new String[] {";", ";;", "", " ", " ; "}) assertThat(MediaType.parse(v)).as(v).isEmpty();
        assertThat(MediaType.parse(null)).isEmpty();
    }

    @Test
    void parseWhenNotOneTypeSlashSubtypeThenEmpty() {
        for (String v : new String[] {"application", "application/", "/json", "application/json/x", "application/json,text/plain",
                "application/ json", "appli cation/json", "application/jsön"}) {
            assertThat(MediaType.parse(v)).as(v).isEmpty();
        }
    }

    @Test
    void parseWhenCharsetNamedTwiceThenEmpty() {
        assertThat(MediaType.parse("application/json; charset=utf-8; CHARSET=latin1")).isEmpty();
    }

    @Test
    void utf8OrNoCharsetWhenAnotherCharsetThenFalse() {
        for (String v : new String[] {"application/json; charset=latin1", "application/json;charset=\"utf-16\"", "application/json; charset = utf-32"}) {
            assertThat(MediaType.parse(v).orElseThrow().utf8OrNoCharset()).as(v).isFalse();
        }
    }

    @Property
    void parseWhenAnyHeaderThenTypeOrEmptyNeverAnException(@ForAll("headers") String header) {
        MediaType.parse(header).ifPresent(t -> {
            assertThat(t.type()).contains("/").isLowerCase();
            assertThat(t.parameters().keySet()).allSatisfy(k -> assertThat(k).isLowerCase());
        });
    }

    @Provide
    Arbitrary<String> headers() {
        return Arbitraries.oneOf(Fuzz.anyString(60), Arbitraries.of(";", ";;", "a/b;", "a/b;=", "a/b;c=\"", "a/b; c=\"\"", "/;/"),
                Fuzz.text(20).map(s -> "application/json;" + s));
    }
}
