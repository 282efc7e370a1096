package dev.gatehouse.web.pages;

import dev.gatehouse.core.SecureTokens;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection for every form POST (OWASP CSRF cheat sheet, "signed double-submit cookie"): the
 * browser holds a random value in an HttpOnly cookie, and each form carries HMAC-SHA256(server key,
 * that value). A cross-site page can neither read the cookie nor compute the MAC without the key,
 * and with the {@code __Host-} prefix it cannot plant a cookie of its own from a sibling domain.
 */
final class Csrf {
    static final String FIELD = "csrf";
    static final String COOKIE = "gatehouse_csrf";
    private static final String ATTRIBUTE = "gatehouse.csrf";

    private final SecretKeySpec key;
    private final BrowserCookies cookies;

    Csrf(byte[] key, BrowserCookies cookies) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
        this.cookies = cookies;
    }

    /** The token for this browser's forms, setting the cookie first if it has none. */
    String token(Context ctx) {
        return mac(cookieValue(ctx));
    }

    /**
     * A token of this browser for one {@code purpose} only (a link that a redirect, not a form, carries):
     * the MAC of the cookie and the purpose, so it opens nothing else and no other browser's request.
     */
    String token(Context ctx, String purpose) {
        return mac(cookieValue(ctx) + ":" + purpose);
    }

    /**
     * Whether {@code submitted} is this browser's token for {@code purpose}. No Fetch Metadata here: such a
     * link is reached by a redirect chain that a client's cross-site request began, which browsers report as
     * cross-site; the token, bound to this browser's cookie and to the purpose, is what a third party lacks.
     */
    boolean matches(Context ctx, String purpose, String submitted) {
        String value = cookies.read(ctx, COOKIE);
        if (value == null || submitted == null || submitted.length() > 64) return false;
        return MessageDigest.isEqual(mac(value + ":" + purpose).getBytes(StandardCharsets.US_ASCII),
                submitted.getBytes(StandardCharsets.US_ASCII));
    }

    /** This browser's cookie value, set first if it has none. */
    private String cookieValue(Context ctx) {
        String value = ctx.attribute(ATTRIBUTE);
        if (value == null) value = cookies.read(ctx, COOKIE);
        if (value == null) {
            value = SecureTokens.random(32);
            cookies.set(ctx, COOKIE, value, null);
        }
        ctx.attribute(ATTRIBUTE, value);
        return value;
    }

    /** @throws PageException 403 unless the submitted token matches this browser's cookie */
    void verify(Context ctx, String submitted) {
        // W3C Fetch Metadata: a browser that says the request comes from another site is refused
        // even before the token is looked at.
        if ("cross-site".equalsIgnoreCase(ctx.header("Sec-Fetch-Site"))) throw PageException.csrf();
        String value = cookies.read(ctx, COOKIE);
        if (value == null || submitted == null || submitted.length() > 64) throw PageException.csrf();
        byte[] expected = mac(value).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, submitted.getBytes(StandardCharsets.US_ASCII))) throw PageException.csrf();
        ctx.attribute(ATTRIBUTE, value);
    }

    private String mac(String cookieValue) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    mac.doFinal(("csrf:" + cookieValue).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }
}
