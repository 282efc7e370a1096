package dev.gatehouse.mail;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders each message type into a subject, a text part and an HTML part. Both parts are JTE
 * templates compiled at build time: the HTML ones ({@code src/main/jte/mail}) with contentType Html,
 * so every value is escaped; the text ones ({@code src/main/jte-text/mail}) with contentType Plain
 * into a separate package, because HTML escaping would put {@code &amp;} into a text part. Values
 * in the text part are never interpreted, so no escaping is needed there; values come only from
 * validated account fields and server-built links.
 */
public final class MailTemplates {
    public static final String EMAIL_VERIFY = "email_verify";
    public static final String PASSWORD_RESET = "password_reset";
    public static final String PASSWORD_CHANGED = "password_changed";
    public static final String EMAIL_CHANGED = "email_changed";
    public static final String EMAIL_CHANGE_REQUESTED = "email_change_requested";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final String productName;
    private final TemplateEngine html = TemplateEngine.createPrecompiled(ContentType.Html);
    private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Plain,
            MailTemplates.class.getClassLoader(), "gg.jte.generated.text");

    /** The shipped product name, Gatehouse. */
    public MailTemplates() {
        this("Gatehouse");
    }

    /** @param productName the name subjects and bodies give the product (brand.product.name) */
    public MailTemplates(String productName) {
        this.productName = productName;
    }

    public MailMessage emailVerify(String to, String username, String link, Duration validFor) {
        return render(EMAIL_VERIFY, to, "Verify your email address", "email-verify",
                params("username", username, "link", link, "validFor", human(validFor)));
    }

    public MailMessage passwordReset(String to, String username, String link, Duration validFor) {
        return render(PASSWORD_RESET, to, "Reset your password", "password-reset",
                params("username", username, "link", link, "validFor", human(validFor)));
    }

    public MailMessage passwordChanged(String to, String username, Instant when) {
        return render(PASSWORD_CHANGED, to, "Your password was changed", "password-changed",
                params("username", username, "when", WHEN.format(when)));
    }

    /** Sent to the old address, so its owner learns of a change they may not have made. */
    public MailMessage emailChanged(String oldAddress, String username, String newAddress, Instant when) {
        return render(EMAIL_CHANGED, oldAddress, "Your email address was changed", "email-changed",
                params("username", username, "newEmail", newAddress, "when", WHEN.format(when)));
    }

    /** Sent to the current address when a new one is asked for, with a link that cancels the change. */
    public MailMessage emailChangeRequested(String oldAddress, String username, String newAddress, String cancelLink,
                                            Duration validFor, Instant when) {
        return render(EMAIL_CHANGE_REQUESTED, oldAddress, "Your email address is about to change", "email-change-requested",
                params("username", username, "newEmail", newAddress, "link", cancelLink, "validFor", human(validFor),
                        "when", WHEN.format(when)));
    }

    private MailMessage render(String kind, String to, String subject, String template, Map<String, Object> params) {
        params.put("productName", productName);
        StringOutput textOut = new StringOutput();
        text.render("mail/" + template + ".jte", params, textOut);
        StringOutput htmlOut = new StringOutput();
        html.render("mail/" + template + ".jte", params, htmlOut);
        // The product first, so a reader sees whose mail it is among the others (brand.product.name).
        return new MailMessage(kind, to, productName + ": " + subject, textOut.toString(), htmlOut.toString());
    }

    private static Map<String, Object> params(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    /** "30 minutes", "24 hours", "2 days": what a person reads in a mail. */
    static String human(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 1) return d.toSeconds() + " seconds";
        if (minutes < 120 && minutes % 60 != 0) return minutes + (minutes == 1 ? " minute" : " minutes");
        long hours = d.toHours();
        if (hours < 48 || hours % 24 != 0) return hours + (hours == 1 ? " hour" : " hours");
        return d.toDays() + " days";
    }
}
