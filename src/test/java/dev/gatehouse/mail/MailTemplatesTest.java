package dev.gatehouse.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {
    private final MailTemplates templates = new MailTemplates();

    @Test
    void verifyMailWhenRenderedThenBothPartsCarryTheLinkAndSubjectIsPerType() {
        MailMessage m = templates.emailVerify("a@example.com", "alice", "https://id.example.com/email/verify?token=abc_-1", Duration.ofHours(24));
        assertThat(m.kind()).isEqualTo(MailTemplates.EMAIL_VERIFY);
        assertThat(m.subject()).isEqualTo("Gatehouse: Verify your email address");
        assertThat(m.text()).contains("Hello alice,").contains("https://id.example.com/email/verify?token=abc_-1").contains("24 hours");
        assertThat(m.html()).startsWith("<!doctype html>").contains("href=\"https://id.example.com/email/verify?token=abc_-1\"");
        assertThat(templates.passwordReset("a@example.com", "alice", "https://x/password/reset?token=t", Duration.ofMinutes(30)).text())
                .contains("30 minutes");
    }

    @Test
    void hostileValuesWhenRenderedThenEscapedInHtmlAndVerbatimInText() {
        String name = "<b>eve</b> & \"co\"";
        MailMessage m = templates.passwordChanged("e@example.com", name, Instant.parse("2026-01-02T03:04:05Z"));
        assertThat(m.html()).contains("&lt;b&gt;eve&lt;/b&gt; &amp; \"co\"").doesNotContain("<b>eve");
        assertThat(m.text()).contains("Hello <b>eve</b> & \"co\",").contains("2026-01-02 03:04 UTC").doesNotContain("&amp;");
    }

    @Test
    void emailChangedNoticeGoesToTheOldAddressAndNamesTheNewOne() {
        MailMessage m = templates.emailChanged("old@example.com", "bob", "new@example.org", Instant.EPOCH);
        assertThat(m.to()).isEqualTo("old@example.com");
        assertThat(m.text()).contains("new@example.org");
        assertThat(m.toString()).doesNotContain("new@example.org");
    }

    @Test
    void durationsReadLikeText() {
        assertThat(MailTemplates.human(Duration.ofMinutes(30))).isEqualTo("30 minutes");
        assertThat(MailTemplates.human(Duration.ofHours(24))).isEqualTo("24 hours");
        assertThat(MailTemplates.human(Duration.ofDays(3))).isEqualTo("3 days");
        assertThat(MailTemplates.human(Duration.ofMinutes(1))).isEqualTo("1 minute");
    }

    @Test
    void smtpRecipientWhenInternationalDomainThenAsciiLabel() {
        assertThat(SmtpTransport.asciiDomain("jörg@bücher.example")).isEqualTo("jörg@xn--bcher-kva.example");
        assertThat(SmtpTransport.asciiDomain("plain@example.com")).isEqualTo("plain@example.com");
    }
}
