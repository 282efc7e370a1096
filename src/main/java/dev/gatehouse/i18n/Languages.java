package dev.gatehouse.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The languages the pages and mails are written in, and the choice of one for a request: the
 * client's {@code ui_locales} (OIDC Core §3.1.2.1, a space-separated list of BCP 47 tags in order of
 * preference), then the browser's {@code Accept-Language} (RFC 9110 §12.5.4, with q-values, matched
 * by RFC 4647 §3.4 lookup), then the configured default. Whatever the input, the answer is one of
 * {@link #SUPPORTED}: a malformed, huge or endless list is ignored, never an error.
 */
public final class Languages {
    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH);
    public static final String DEFAULT_PRODUCT_NAME = "Gatehouse";
    static final String BUNDLE = "dev.gatehouse.i18n.messages";

    /** Longer headers are not read: real browsers send well under 200 characters. */
    static final int MAX_ACCEPT_LANGUAGE = 1024;
    /** More entries than this is not a browser's list. */
    static final int MAX_RANGES = 32;
    static final int MAX_UI_LOCALES = 512;
    static final int MAX_UI_TAGS = 16;
    /** BCP 47 tags as they may appear in a URL: letters, digits and hyphens (RFC 5646 §2.1). */
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,7}");

    private static final Languages ENGLISH_ONLY = new Languages(Locale.ENGLISH, DEFAULT_PRODUCT_NAME);

    private final Locale defaultLocale;
    private final Map<Locale, Messages> messages;

    /**
     * @param defaultLocale one of {@link #SUPPORTED}: the language when nothing else decides
     * @param productName   the name the pages and mail subjects give the product
     */
    public Languages(Locale defaultLocale, String productName) {
        if (!SUPPORTED.contains(defaultLocale)) throw new IllegalArgumentException("unsupported default language: " + defaultLocale);
        this.defaultLocale = defaultLocale;
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        this.messages = SUPPORTED.stream().collect(Collectors.toUnmodifiableMap(Function.identity(),
                l -> new Messages(l, ResourceBundle.getBundle(BUNDLE, l, control), productName)));
    }

    /** English, the product's default name: the text of a message outside a request (logs, API details). */
    public static Messages english() {
        return ENGLISH_ONLY.messages(Locale.ENGLISH);
    }

    /**
     * The supported language for a configured tag such as {@code de} or {@code fr-CA}.
     *
     * @throws IllegalArgumentException when no supported language matches
     */
    public static Locale supported(String tag) {
        Locale found = lookup(tag);
        if (found == null) throw new IllegalArgumentException("unsupported language " + tag + "; supported: "
                + SUPPORTED.stream().map(Locale::toLanguageTag).collect(Collectors.joining(", ")));
        return found;
    }

    public Locale defaultLocale() {
        return defaultLocale;
    }

    public Messages messages(Locale locale) {
        Messages m = messages.get(locale);
        return m != null ? m : messages.get(defaultLocale);
    }

    /** The language of a request; never null, always one of {@link #SUPPORTED}. */
    public Locale choose(String uiLocales, String acceptLanguage) {
        Locale fromClient = fromUiLocales(uiLocales);
        if (fromClient != null) return fromClient;
        Locale fromBrowser = fromAcceptLanguage(acceptLanguage);
        return fromBrowser != null ? fromBrowser : defaultLocale;
    }

    /**
     * {@code ui_locales} reduced to well-formed tags (at most {@value #MAX_UI_TAGS}), space-separated, so
     * it can ride along in a URL; null when nothing usable is left.
     */
    public static String cleanUiLocales(String uiLocales) {
        if (uiLocales == null || uiLocales.isBlank() || uiLocales.length() > MAX_UI_LOCALES) return null;
        List<String> tags = new ArrayList<>();
        for (String tag : uiLocales.trim().split(" +")) {
            if (tags.size() == MAX_UI_TAGS) break;
            if (TAG.matcher(tag).matches()) tags.add(tag);
        }
        return tags.isEmpty() ? null : String.join(" ", tags);
    }

    /** The first tag of the list that a supported language matches (each tag in turn, as OIDC orders them). */
    static Locale fromUiLocales(String uiLocales) {
        String clean = cleanUiLocales(uiLocales);
        if (clean == null) return null;
        for (String tag : clean.split(" ")) {
            Locale found = lookup(tag);
            if (found != null) return found;
        }
        return null;
    }

    /** RFC 4647 lookup of the header's ranges by falling q-value; q=0 means "not this one". */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_ACCEPT_LANGUAGE) return null;
        if (header.chars().filter(c -> c == ',').count() >= MAX_RANGES) return null;
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return Locale.lookup(ranges, SUPPORTED);
    }

    private static Locale lookup(String tag) {
        if (tag == null || !TAG.matcher(tag).matches()) return null;
        try {
            return Locale.lookup(List.of(new Locale.LanguageRange(tag)), SUPPORTED);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
