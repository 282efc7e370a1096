package dev.gatehouse.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Fuzz;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever a browser or a client sends as Accept-Language or ui_locales, the choice is a supported language, quickly. */
class LanguagesFuzzTest {
    private static final Languages LANGUAGES = new Languages(Locale.ENGLISH, "Gatehouse");

    @Property
    void chooseWhenArbitraryInputThenASupportedLanguage(@ForAll("headerish") String uiLocales, @ForAll("headerish") String acceptLanguage) {
        Locale chosen = Fuzz.timed("choose", () -> LANGUAGES.choose(uiLocales, acceptLanguage));
        assertThat(Languages.SUPPORTED).contains(chosen);
        String clean = Languages.cleanUiLocales(uiLocales);
        if (clean != null) assertThat(clean).matches("[A-Za-z0-9 -]+");
    }

    @Provide
    Arbitrary<String> headerish() {
        Arbitrary<String> range = Arbitraries.oneOf(Arbitraries.of("de", "fr", "en", "de-CH", "*", "x-y", "i-klingon", "zh-Hant-TW",
                "en-US-u-ca-gregory", "q=", ";q=0", ";q=0.5", ";q=1.000", ";q=abc", ",", " ", ";"), Fuzz.text(20));
        return Arbitraries.oneOf(Fuzz.text(200), range.list().ofMaxSize(40).map(l -> String.join("", l)));
    }
}
