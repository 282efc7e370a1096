package dev.gatehouse.mail;

import dev.gatehouse.i18n.Languages;
import dev.gatehouse.i18n.Messages;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Renders each message type into a subject, a text part and an HTML part. Both parts are JTE
 * templates compiled at build time: the HTML ones ({@code src/main/jte/mail}) with contentType Html,
 * so every value is escaped; the text ones ({@code src/main/jte-text/mail}) with contentType Plain
 * into a separate package, because HTML escaping would put {@code &amp;} into a text part. Values
 * in the text part are never interpreted, so no escaping is needed there; values come only from
 * validated account fields and server-built links. Every mail is written in the recipient's language
 * (the one they last used on the hosted pages; {@link Languages}).
 */
public final class MailTemplates {
    public static final String EMAIL_VERIFY = "email_verify";
    public static final String PASSWORD_RESET = "password_reset";
    public static final String PASSWORD_CHANGED = "password_changed";
    public static final String EMAIL_CHANGED = "email_changed";
    public static final String EMAIL_CHANGE_REQUESTED = "email_change_requested";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final TemplateEngine html = TemplateEngine.createPrecompiled(ContentType.Html);
    private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Plain,
            MailTemplates.class.getClassLoader(), "gg.jte.generated.text");
    private final Languages languages;

    /** @param languages the languages mails are written in, and the product name their subjects give */
    public MailTemplates(Languages languages) {
        this.languages = languages;
    }

    /** English, the product's default name. */
    public MailTemplates() {
        this(new Languages(Locale.ENGLISH, Languages.DEFAULT_PRODUCT_NAME));
    }

    public MailMessage emailVerify(Locale locale, String to, String username, String link, Duration validFor) {
        Messages t = languages.messages(locale);
        return render(t, EMAIL_VERIFY, to, "mail.email_verify.title", "email-verify",
                params("username", username, "link", link, "validFor", human(validFor, t)));
    }

    public MailMessage passwordReset(Locale locale, String to, String username, String link, Duration validFor) {
        Messages t = languages.messages(locale);
        return render(t, PASSWORD_RESET, to, "mail.password_reset.title", "password-reset",
                params("username", username, "link", link, "validFor", human(validFor, t)));
    }

    public MailMessage passwordChanged(Locale locale, String to, String username, Instant when) {
        return render(languages.messages(locale), PASSWORD_CHANGED, to, "mail.password_changed.title", "password-changed",
                params("username", username, "when", WHEN.format(when)));
    }

    /** Sent to the old address, so its owner learns of a change they may not have made. */
    public MailMessage emailChanged(Locale locale, String oldAddress, String username, String newAddress, Instant when) {
        return render(languages.messages(locale), EMAIL_CHANGED, oldAddress, "mail.email_changed.title", "email-changed",
                params("username", username, "newEmail", newAddress, "when", WHEN.format(when)));
    }

    /** Sent to the current address when a new one is asked for, with a link that cancels the change. */
    public MailMessage emailChangeRequested(Locale locale, String oldAddress, String username, String newAddress, String cancelLink,
                                            Duration validFor, Instant when) {
        Messages t = languages.messages(locale);
        return render(t, EMAIL_CHANGE_REQUESTED, oldAddress, "mail.email_change_requested.title", "email-change-requested",
                params("username", username, "newEmail", newAddress, "link", cancelLink, "validFor", human(validFor, t),
                        "when", WHEN.format(when)));
    }

    /** The language of a stored tag (the user's last page language); the default when unknown or unsupported. */
    public Locale localeOf(String languageTag) {
        return languages.choose(languageTag, null);
    }

    /** Both parts in the language of {@code t}; the subject is the title followed by the product name. */
    private MailMessage render(Messages t, String kind, String to, String titleKey, String template, Map<String, Object> params) {
        params.put("t", t);
        String subject = t.get("mail.subject", t.get(titleKey));
        StringOutput textOut = new StringOutput();
        text.render("mail/" + template + ".jte", params, textOut);
        StringOutput htmlOut = new StringOutput();
        html.render("mail/" + template + ".jte", params, htmlOut);
        return new MailMessage(kind, to, subject, textOut.toString(), htmlOut.toString());
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    /** "30 minutes", "24 hours", "2 days": what a person reads in a mail, in its language. */
    static String human(Duration d, Messages t) {
        long minutes = d.toMinutes();
        if (minutes < 1) return t.get("duration.seconds", d.toSeconds());
        if (minutes < 120 && minutes % 60 != 0) return t.get("duration.minutes", minutes);
        long hours = d.toHours();
        if (hours < 48 || hours % 24 != 0) return t.get("duration.hours", hours);
        return t.get("duration.days", d.toDays());
    }
}
