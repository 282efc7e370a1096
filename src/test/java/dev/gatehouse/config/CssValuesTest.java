package dev.gatehouse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** brand.*.color and brand.logo.url: only values that cannot leave the declaration or the CSP source they sit in. */
class CssValuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"#fff", "#FFFA", "#0b5cad", "#0b5cad80", "rgb(10, 20, 30)", "rgb(10 20 30 / 50%)", "rgba(1,2,3,0.5)",
            "hsl(210deg 50% 40%)", "hsl(210, 50%, 40%)", "rebeccapurple", "Navy"})
    void coloursThatAreColours(String value) {
        assertThat(CssValues.color(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#ff", "#fffff", "#ggg", "red;", "red; } body { background: url(//evil.example) }", "expression(alert(1))",
            "url(https://evil.example/x.png)", "var(--x)", "</style><script>alert(1)</script>", "rgb(1,2,3);x:y", "red /* */",
            "\"red\"", "red\\;", "notacolour", "rgb(calc(1),2,3)", "#fff\n}", "hsl(1,2%,3%) !important"})
    void everythingElseIsRefused(String value) {
        assertThat(CssValues.color(value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cdn.example.com/logo.svg", "https://cdn.example.com:8443/a/logo.png?v=2", "http://localhost:9000/logo.png"})
    void logoUrls(String value) {
        assertThat(CssValues.imageUrl(value, false)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://cdn.example.com/logo.png", "javascript:alert(1)", "data:image/svg+xml,<svg/>", "/logo.png",
            "https://cdn.example.com/x.png'; script-src *", "https://cdn.example.com/a b.png", "https://user:pw@cdn.example.com/x.png",
            "https://cdn.example.com/x.png,https://evil.example", "https://cdn.example.com/\"onerror=\"alert(1)", "//cdn.example.com/x.png"})
    void hostileOrInsecureLogoUrls(String value) {
        assertThat(CssValues.imageUrl(value, false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"logo.png", "LOGO.SVG", "a.jpeg", "a.webp", "a.gif"})
    void logoFileTypes(String name) {
        assertThat(CssValues.imageType(name)).startsWith("image/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"logo.html", "logo", "logo.png.js", "logo.svgz"})
    void otherFilesAreNoLogo(String name) {
        assertThat(CssValues.imageType(name)).isNull();
    }
}
