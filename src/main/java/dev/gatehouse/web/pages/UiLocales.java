package dev.gatehouse.web.pages;

import dev.gatehouse.i18n.Languages;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The client's {@code ui_locales} (OIDC Core §3.1.2.1) rides along through the sign-in: the authorize
 * flow appends it to the local URLs it sends the browser to (login, second step, consent, resume),
 * and a page finds it in its own query or form, or inside its {@code return_to}, so every page of
 * one authorization request speaks the language the client asked for.
 */
final class UiLocales {
    static final String PARAMETER = "ui_locales";

    private UiLocales() {}

    /** {@code url} with {@code &ui_locales=…} (or {@code ?…}) when there is a value to carry. */
    static String append(String url, String uiLocales) {
        String clean = Languages.cleanUiLocales(uiLocales);
        if (clean == null) return url;
        return url + (url.indexOf('?') >= 0 ? '&' : '?') + PARAMETER + "=" + URLEncoder.encode(clean, StandardCharsets.UTF_8);
    }

    /** The {@code ui_locales} inside a local {@code return_to} path, or null. */
    static String fromReturnTo(String returnTo) {
        if (returnTo == null) return null;
        int q = returnTo.indexOf('?');
        if (q < 0) return null;
        for (String pair : returnTo.substring(q + 1).split("&", 64)) {
            if (pair.startsWith(PARAMETER + "=")) {
                try {
                    return Languages.cleanUiLocales(URLDecoder.decode(pair.substring(PARAMETER.length() + 1), StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
