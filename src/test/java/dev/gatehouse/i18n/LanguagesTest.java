package dev.gatehouse.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The choice of a language: ui_locales (OIDC Core §3.1.2.1), then Accept-Language (RFC 9110 §12.5.4), then the default. */
class LanguagesTest {
    private final Languages languages = new Languages(Locale.ENGLISH, "Gatehouse");

    @Test
    void uiLocalesBeatsAcceptLanguage() {
        assertThat(languages.choose("fr", "de")).isEqualTo(Locale.FRENCH);
        assertThat(languages.choose("de-AT fr", "fr;q=1")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void uiLocalesInOrderSkipsUnknownTagsThenFallsToAcceptLanguage() {
        assertThat(languages.choose("ja x-klingon fr de", null)).isEqualTo(Locale.FRENCH);
        assertThat(languages.choose("ja ko", "de")).isEqualTo(Locale.GERMAN);
        assertThat(languages.choose("  ", "fr")).isEqualTo(Locale.FRENCH);
    }

    @Test
    void acceptLanguageFollowsQValuesAndRegions() {
        assertThat(languages.choose(null, "fr;q=0.5, de;q=0.9, en;q=0.1")).isEqualTo(Locale.GERMAN);
        assertThat(languages.choose(null, "de-CH")).isEqualTo(Locale.GERMAN);
        assertThat(languages.choose(null, "fr-CA,fr;q=0.9,en-US;q=0.8,en;q=0.7")).isEqualTo(Locale.FRENCH);
        assertThat(languages.choose(null, "es, fr;q=0.3")).as("first supported by weight").isEqualTo(Locale.FRENCH);
        // q=0: "not acceptable" (RFC 9110 §12.4.2)
        assertThat(languages.choose(null, "de;q=0, fr;q=0.2")).isEqualTo(Locale.FRENCH);
    }

    @Test
    void unknownOrAbsentLanguagesFallBackToTheDefault() {
        assertThat(languages.choose(null, null)).isEqualTo(Locale.ENGLISH);
        assertThat(languages.choose(null, "ja, zh-Hant;q=0.8")).isEqualTo(Locale.ENGLISH);
        assertThat(languages.choose(null, "*")).isEqualTo(Locale.ENGLISH);
        assertThat(new Languages(Locale.GERMAN, "Gatehouse").choose("ja", "es")).isEqualTo(Locale.GERMAN);
    }

    @Test
    void hostileHeadersFallBackToTheDefaultWithoutAnError() {
        assertThat(languages.choose(null, "de;q=abc")).isEqualTo(Locale.ENGLISH);
        assertThat(languages.choose(null, ";;;,,,==")).isEqualTo(Locale.ENGLISH);
        assertThat(languages.choose(null, "de\u0000fr")).isEqualTo(Locale.ENGLISH);
        assertThat(languages.choose(null, "de;q=2")).isEqualTo(Locale.ENGLISH);
        assertThat(languages.choose(null, "de-" + "x".repeat(100))).isEqualTo(Locale.ENGLISH);
        assertThat(languages.choose(null, "fr;q=0.1," + "x".repeat(100_000))).as("huge").isEqualTo(Locale.ENGLISH);
        assertThat(languages.choose(null, "ja;q=0.5,".repeat(5000) + "de")).as("thousands of entries").isEqualTo(Locale.ENGLISH);
        assertThat(languages.choose("de ".repeat(10_000), "fr")).as("huge ui_locales is ignored").isEqualTo(Locale.FRENCH);
        assertThat(languages.choose("<script> \"de\" ../fr", null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void uiLocalesAreCleanedForAUrl() {
        assertThat(Languages.cleanUiLocales("  de-CH   fr <x> \"en\"")).isEqualTo("de-CH fr");
        assertThat(Languages.cleanUiLocales("a b c d e f g h i j k l m n o p q r s")).hasSize(31);
        assertThat(Languages.cleanUiLocales("%20 & =")).isNull();
        assertThat(Languages.cleanUiLocales(null)).isNull();
    }

    @Test
    void theConfiguredDefaultMustBeSupported() {
        assertThat(Languages.supported("fr-CA")).isEqualTo(Locale.FRENCH);
        assertThatThrownBy(() -> Languages.supported("ja")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("en, de, fr");
        assertThatThrownBy(() -> new Languages(Locale.JAPANESE, "Gatehouse")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void messagesFormatArgumentsEscapeHtmlArgumentsAndNameTheProduct() {
        Messages de = new Languages(Locale.ENGLISH, "Acme & ID {0} 'x'").messages(Locale.GERMAN);
        assertThat(de.lang()).isEqualTo("de");
        assertThat(de.get("login.title")).isEqualTo("Anmelden");
        assertThat(de.get("login.error.too_many", 1500)).isEqualTo("Zu viele Versuche. Warten Sie 1.500 Sekunden und versuchen Sie es dann erneut.");
        assertThat(de.get("mail.subject", "Hallo")).isEqualTo("Acme & ID {0} 'x': Hallo");
        assertThat(html(de.html("logout.signed_in_as.html", "eve"))).isEqualTo(
                "Sie sind als <strong>eve</strong> angemeldet. Von Acme &amp; ID {0} &#39;x&#39; in diesem Browser abmelden?");
        assertThat(html(de.html("signed_in.intro.html", "<b>eve</b> & \"co\""))).isEqualTo("Sie sind als <strong>&lt;b&gt;eve&lt;/b&gt; &amp; &#34;co&#34;</strong> angemeldet.");
        assertThat(de.get("no.such.key")).isEqualTo("no.such.key");
        assertThatThrownBy(() -> de.html("login.title")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The throttled forms' wait (never below 1 second): one second is singular in every language, 1500 grouped as the language does. */
    @Test
    void theWaitOfAThrottledFormAgreesWithItsNumber() {
        Languages languages = new Languages(Locale.ENGLISH, "Gatehouse");
        Messages en = languages.messages(Locale.ENGLISH), de = languages.messages(Locale.GERMAN), fr = languages.messages(Locale.FRENCH);
        assertThat(en.get("login.error.too_many", 1L)).isEqualTo("Too many attempts. Wait 1 second, then try again.");
        assertThat(en.get("login.error.too_many", 2L)).isEqualTo("Too many attempts. Wait 2 seconds, then try again.");
        assertThat(en.get("login.error.too_many", 1500L)).isEqualTo("Too many attempts. Wait 1,500 seconds, then try again.");
        assertThat(de.get("login.error.too_many", 1L)).isEqualTo("Zu viele Versuche. Warten Sie 1 Sekunde und versuchen Sie es dann erneut.");
        assertThat(de.get("login.error.too_many", 2L)).isEqualTo("Zu viele Versuche. Warten Sie 2 Sekunden und versuchen Sie es dann erneut.");
        assertThat(fr.get("login.error.too_many", 1L)).isEqualTo("Trop de tentatives. Patientez 1 seconde, puis réessayez.");
        assertThat(fr.get("login.error.too_many", 2L)).isEqualTo("Trop de tentatives. Patientez 2 secondes, puis réessayez.");
    }

    private static String html(gg.jte.Content content) {
        StringBuilder html = new StringBuilder();
        content.writeTo(new gg.jte.output.StringOutput() {
            @Override
            public void writeContent(String value) {
                html.append(value);
            }
        });
        return html.toString();
    }
}
