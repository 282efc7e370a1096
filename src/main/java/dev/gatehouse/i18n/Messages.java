package dev.gatehouse.i18n;

import gg.jte.Content;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The strings of one language. Every value in the bundles is a {@link MessageFormat} pattern, also
 * when it has no argument, so an apostrophe is always written {@code ''}; {@code {product}} stands
 * for the product name, which comes from one place (the configuration), never from a bundle.
 * Keys ending in {@code .html} may hold a little markup ({@code <strong>}, {@code <a href>},
 * {@code <code>}); their arguments are HTML-escaped before they are put in.
 */
public final class Messages {
    static final String PRODUCT = "{product}";

    private final Locale locale;
    private final ResourceBundle bundle;
    private final String productName;

    Messages(Locale locale, ResourceBundle bundle, String productName) {
        this.locale = locale;
        this.bundle = bundle;
        this.productName = productName;
    }

    /** The language these messages are in (one of {@link Languages#SUPPORTED}). */
    public Locale locale() {
        return locale;
    }

    /** The BCP 47 tag of {@link #locale()}, for {@code <html lang>} and {@code Content-Language}. */
    public String lang() {
        return locale.toLanguageTag();
    }

    public String productName() {
        return productName;
    }

    /** The message {@code key} with its arguments, as plain text (the template escapes it). */
    public String get(String key, Object... args) {
        return format(pattern(key, false), args);
    }

    /** Whether the bundles know {@code key} (for lookups whose key is built from data, such as an error code). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * A {@code .html} message for an HTML template: the pattern's markup as written in the bundle,
     * each argument escaped, so a user name or an application's name can never add markup.
     */
    public Content html(String key, Object... args) {
        if (!key.endsWith(".html")) throw new IllegalArgumentException("not an .html message: " + key);
        Object[] escaped = new Object[args.length];
        for (int i = 0; i < args.length; i++) escaped[i] = args[i] instanceof String s ? escape(s) : args[i];
        String html = format(pattern(key, true), escaped);
        return output -> output.writeContent(html);
    }

    /** The pattern of {@code key} with the product name in it, HTML-escaped for an {@code .html} message. */
    private String pattern(String key, boolean html) {
        String p;
        try {
            p = bundle.getString(key);
        } catch (MissingResourceException e) {
            // BundlesTest keeps every key in every bundle; a page still renders if one slipped through.
            return key;
        }
        return p.contains(PRODUCT) ? p.replace(PRODUCT, quoted(html ? escape(productName) : productName)) : p;
    }

    private String format(String pattern, Object[] args) {
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A literal inside a MessageFormat pattern. */
    private static String quoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** HTML escaping for element content and quoted attribute values. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
