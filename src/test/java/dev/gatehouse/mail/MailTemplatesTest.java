package dev.gatehouse.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.i18n.Languages;
import dev.gatehouse.i18n.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {
    private static final Messages EN = Languages.english();
    private final MailTemplates templates = new MailTemplates();

    @Test
    void verifyMailWhenRenderedThenBothPartsCarryTheLinkAndSubjectIsPerType() {
        MailMessage m = templates.emailVerify(Locale.ENGLISH, "a@example.com", "alice", "https://id.example.com/email/verify?token=abc_-1", Duration.ofHours(24));
        assertThat(m.kind()).isEqualTo(MailTemplates.EMAIL_VERIFY);
        assertThat(m.subject()).isEqualTo("Gatehouse: Verify your email address");
        assertThat(m.text()).contains("Hello alice,").contains("https://id.example.com/email/verify?token=abc_-1").contains("24 hours");
        assertThat(m.html()).startsWith("<!doctype html>").contains("href=\"https://id.example.com/email/verify?token=abc_-1\"");
        assertThat(templates.passwordReset(Locale.ENGLISH, "a@example.com", "alice", "https://x/password/reset?token=t", Duration.ofMinutes(30)).text())
                .contains("30 minutes");
    }

    @Test
    void hostileValuesWhenRenderedThenEscapedInHtmlAndVerbatimInText() {
        String name = "<b>eve</b> & \"co\"";
        MailMessage m = templates.passwordChanged(Locale.ENGLISH, "e@example.com", name, Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(m.html()).contains("&lt;b&gt;eve&lt;/b&gt; &amp; \"co\"").doesNotContain("<b>eve");
        assertThat(m.text()).contains("Hello <b>eve</b> & \"co\",").contains("2026-01-02 03:04 UTC").doesNotContain("&amp;");
    }

    @Test
    void emailChangedNoticeGoesToTheOldAddressAndNamesTheNewOne() {
        MailMessage m = templates.emailChanged(Locale.ENGLISH, "old@example.com", "bob", "new@example.org", Instant.EPOCH);
        assertThat(m.to()).isEqualTo("old@example.com");
        assertThat(m.text()).contains("new@example.org");
        assertThat(m.toString()).doesNotContain("new@example.org");
    }

    @Test
    void everyMailInEachLanguageWithTheProductInTheSubject() {
        MailTemplates acme = new MailTemplates(new Languages(Locale.ENGLISH, "Acme ID"));
        Map<Locale, List<String>> expected = Map.of(
                Locale.ENGLISH, List.of("Acme ID: Reset your password", "Hello bob,", "expires in 30 minutes", "replies are not read"),
                Locale.GERMAN, List.of("Acme ID: Setzen Sie Ihr Passwort zurück", "Hallo bob,", "läuft in 30 Minuten ab", "Antworten werden nicht gelesen"),
                Locale.FRENCH, List.of("Acme ID\u00a0: Réinitialisez votre mot de passe", "Bonjour bob,", "expire dans 30 minutes", "les réponses ne sont pas lues"));
        expected.forEach((locale, words) -> {
            MailMessage m = acme.passwordReset(locale, "b@example.com", "bob", "https://x/password/reset?token=t", Duration.ofMinutes(30));
            assertThat(m.subject()).isEqualTo(words.get(0));
            assertThat(m.text()).contains(words.get(1)).contains(words.get(2)).contains(words.get(3)).contains("https://x/password/reset?token=t");
            assertThat(m.html()).contains("<html lang=\"" + locale.getLanguage() + "\">").contains(words.get(1));
            for (MailMessage other : List.of(acme.emailVerify(locale, "b@example.com", "bob", "https://x/v", Duration.ofHours(24)),
                    acme.passwordChanged(locale, "b@example.com", "bob", Instant.EPOCH),
                    acme.emailChanged(locale, "b@example.com", "bob", "n@example.com", Instant.EPOCH),
                    acme.emailChangeRequested(locale, "b@example.com", "bob", "n@example.com", "https://x/c", Duration.ofDays(2), Instant.EPOCH))) {
                assertThat(other.subject()).startsWith("Acme ID");
                assertThat(other.text()).startsWith(words.get(1)).contains(words.get(3));
            }
        });
        assertThat(acme.localeOf("de-AT")).isEqualTo(Locale.GERMAN);
        assertThat(acme.localeOf("ja")).isEqualTo(Locale.ENGLISH);
        assertThat(acme.localeOf(null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void durationsInEachLanguage() {
        assertThat(MailTemplates.human(Duration.ofDays(1), Languages.english())).isEqualTo("24 hours");
        Messages de = new Languages(Locale.ENGLISH, "G").messages(Locale.GERMAN);
        Messages fr = new Languages(Locale.ENGLISH, "G").messages(Locale.FRENCH);
        assertThat(MailTemplates.human(Duration.ofMinutes(1), de)).isEqualTo("1 Minute");
        assertThat(MailTemplates.human(Duration.ofDays(3), de)).isEqualTo("3 Tagen");
        assertThat(MailTemplates.human(Duration.ofHours(1), fr)).isEqualTo("1 heure");
        assertThat(MailTemplates.human(Duration.ofSeconds(45), fr)).isEqualTo("45 secondes");
    }

    @Test
    void durationsReadLikeText() {
        assertThat(MailTemplates.human(Duration.ofMinutes(30), EN)).isEqualTo("30 minutes");
        assertThat(MailTemplates.human(Duration.ofHours(24), EN)).isEqualTo("24 hours");
        assertThat(MailTemplates.human(Duration.ofDays(3), EN)).isEqualTo("3 days");
        assertThat(MailTemplates.human(Duration.ofMinutes(1), EN)).isEqualTo("1 minute");
    }

    @Test
    void smtpRecipientWhenInternationalDomainThenAsciiLabel() {
        assertThat(SmtpTransport.asciiDomain("jörg@bücher.example")).isEqualTo("jörg@xn--bcher-kva.example");
        assertThat(SmtpTransport.asciiDomain("plain@example.com")).isEqualTo("plain@example.com");
    }
}
