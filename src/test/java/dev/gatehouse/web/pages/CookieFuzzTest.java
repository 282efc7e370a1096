package dev.gatehouse.web.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.testing.FakeContext;
import dev.gatehouse.testing.Fuzz;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The hosted pages' cookies as browsers (and attackers) send them: {@link BrowserCookies#read}, which
 * the login cookie and the CSRF cookie both go through, and the {@link Csrf} check of every form POST.
 */
class CookieFuzzTest {
    private static final String VALUE = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456";
    private static final byte[] KEY = "a 32-byte key for the CSRF MACs!".getBytes(StandardCharsets.UTF_8);

    @Property
    void readWhenAnyCookieHeaderThenNullOrOneWellFormedValue(@ForAll("cookieHeaders") String header, @ForAll boolean secure) {
        BrowserCookies cookies = new BrowserCookies(secure ? "https://id.example.test" : "http://localhost:8080");
        String value = Fuzz.timed("read", () -> cookies.read(FakeContext.create().header("Cookie", header).context(), LoginCookie.NAME));
        if (value != null) {
            assertThat(value).matches("[A-Za-z0-9_-]{43}");
            assertThat(header).contains(cookies.name(LoginCookie.NAME) + "=" + value);
        }
    }

    /** One well-formed cookie of ours among any others is found; sent twice (one planted for a parent domain), neither is trusted. */
    @Property
    void readWhenOursAmongOthersThenFoundUnlessRepeated(@ForAll("otherCookies") List<String> others, @ForAll boolean twice,
            @ForAll long seed) {
        BrowserCookies cookies = new BrowserCookies("https://id.example.test");
        List<String> all = new ArrayList<>(others);
        all.add(cookies.name(LoginCookie.NAME) + "=" + VALUE);
        if (twice) all.add(cookies.name(LoginCookie.NAME) + "=" + VALUE.replace('a', 'b'));
        Collections.shuffle(all, new Random(seed));
        String header = String.join("; ", all);
        assertThat(cookies.read(FakeContext.create().header("Cookie", header).context(), LoginCookie.NAME))
                .isEqualTo(twice ? null : VALUE);
    }

    @Property
    void csrfWhenTokenOfThisBrowserThenAcceptedElseForbidden(@ForAll("tokens") String submitted, @ForAll("fetchSites") String site) {
        BrowserCookies cookies = new BrowserCookies("https://id.example.test");
        Csrf csrf = new Csrf(KEY, cookies);
        FakeContext page = FakeContext.create();
        String token = csrf.token(page.context());
        String setCookie = page.responseHeaders().get(0);
        String cookie = setCookie.substring("Set-Cookie: ".length(), setCookie.indexOf(';'));

        FakeContext post = FakeContext.create().header("Cookie", cookie).header("Sec-Fetch-Site", site);
        boolean crossSite = "cross-site".equalsIgnoreCase(site);
        if (!crossSite) csrf.verify(post.context(), token);
        if (submitted.equals(token) && !crossSite) {
            csrf.verify(post.context(), submitted);
        } else {
            assertThatThrownBy(() -> Fuzz.timed("csrf", () -> csrf.verify(post.context(), submitted)))
                    .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.status()).isEqualTo(403));
        }
        // The real token is accepted from this browser only: with another cookie, or none, it is refused.
        FakeContext other = FakeContext.create().header("Cookie", cookies.name(Csrf.COOKIE) + "=" + VALUE);
        assertThatThrownBy(() -> csrf.verify(other.context(), token)).isInstanceOf(PageException.class);
        assertThatThrownBy(() -> csrf.verify(FakeContext.create().context(), token)).isInstanceOf(PageException.class);
    }

    @Property
    void csrfWhenAnyCookieAndTokenThenForbidden(@ForAll("cookieHeaders") String header, @ForAll("tokens") String submitted) {
        Csrf csrf = new Csrf(KEY, new BrowserCookies("https://id.example.test"));
        assertThatThrownBy(() -> csrf.verify(FakeContext.create().header("Cookie", header).context(), submitted))
                .isInstanceOfSatisfying(PageException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Provide
    Arbitrary<String> cookieHeaders() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("gatehouse_session", "__Host-gatehouse_session", "__Host-gatehouse_csrf",
                "gatehouse_csrf", "__host-gatehouse_session", " gatehouse_session", "__Secure-gatehouse_session", ""), Fuzz.text(10));
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(VALUE, VALUE + "=", "\"" + VALUE + "\"", VALUE.substring(1), VALUE + "A",
                "", "=", "%41"), Arbitraries.strings().withChars("A-Za-z0-9_-").ofLength(43), Fuzz.text(50));
        Arbitrary<String> cookie = Combinators.combine(name, Arbitraries.of("=", "", " = "), value).as((n, e, v) -> n + e + v);
        return Arbitraries.oneOf(Combinators.combine(cookie.list().ofMaxSize(6), Arbitraries.of("; ", ";", ",")).as((l, sep) -> String.join(sep, l)),
                Fuzz.anyString(120), Arbitraries.of("", ";", ";;", "=", "==;"));
    }

    @Provide
    Arbitrary<List<String>> otherCookies() {
        Arbitrary<String> name = Arbitraries.strings().withChars("a-z_").ofMinLength(1).ofMaxLength(12)
                .filter(n -> !n.equals("gatehouse_session"));
        return Combinators.combine(name, Arbitraries.strings().withChars("A-Za-z0-9=%_-").ofMaxLength(50)).as((n, v) -> n + "=" + v)
                .list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("A-Za-z0-9_-").ofLength(43), Fuzz.anyString(80),
                Arbitraries.of("", "x".repeat(65)));
    }

    @Provide
    Arbitrary<String> fetchSites() {
        return Arbitraries.of("same-origin", "same-site", "none", "cross-site", "CROSS-SITE", "").injectNull(0.5);
    }
}
