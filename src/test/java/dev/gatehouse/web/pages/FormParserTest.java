package dev.gatehouse.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormParserTest {
    private static Map<String, String> decode(String body) {
        return FormParser.decode(body.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void decodeWhenPlusAndPercentThenUtf8Text() {
        assertThat(decode("username=J%C3%B6rg+M&password=a%26b%3Dc&empty=&flag"))
                .containsEntry("username", "Jörg M").containsEntry("password", "a&b=c")
                .containsEntry("empty", "").containsEntry("flag", "");
    }

    @Test
    void decodeWhenNameRepeatedThenRefused() {
        assertThatThrownBy(() -> decode("return_to=%2Fa&return_to=%2F%2Fevil"))
                .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void decodeWhenRepeatedUnderAnotherEncodingThenStillRefused() {
        assertThatThrownBy(() -> decode("csrf=a&%63srf=b")).isInstanceOf(PageException.class);
    }

    @Test
    void decodeWhenMalformedPercentOrUtf8ThenBadRequest() {
        for (String body : new String[] {"a=%", "a=%4", "a=%zz", "a=%C3%28", "a=%FF", "%ZZ=1", "=value"}) {
            assertThatThrownBy(() -> decode(body)).as(body)
                    .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.status()).isEqualTo(400));
        }
    }

    @Test
    void decodeWhenValueOrFieldCountOverCapThenBadRequest() {
        assertThatThrownBy(() -> decode("a=" + "x".repeat(FormParser.MAX_VALUE + 1))).isInstanceOf(PageException.class);
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= FormParser.MAX_FIELDS; i++) many.append("f").append(i).append("=1&");
        assertThatThrownBy(() -> decode(many.toString())).isInstanceOf(PageException.class);
        assertThat(decode("a=" + "x".repeat(FormParser.MAX_VALUE))).hasSize(1);
    }

    @Test
    void decodeAllKeepsEveryValueOfARepeatedNameInOrder() {
        assertThat(FormParser.decodeAll("scope=openid&state=x&scope=profile&%73cope=email".getBytes(StandardCharsets.ISO_8859_1)))
                .containsEntry("scope", java.util.List.of("openid", "profile", "email"))
                .containsEntry("state", java.util.List.of("x"));
    }

    @Test
    void decodeAllCountsRepeatedPairsAgainstTheFieldCap() {
        String many = "a=1&".repeat(FormParser.MAX_FIELDS + 1);
        assertThatThrownBy(() -> FormParser.decodeAll(many.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.status()).isEqualTo(400));
    }
}
