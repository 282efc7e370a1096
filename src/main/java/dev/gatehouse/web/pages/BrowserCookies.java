package dev.gatehouse.web.pages;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * The hosted pages' cookies: {@code __Host-} prefixed, {@code Secure}, {@code HttpOnly},
 * {@code SameSite=Lax}, {@code Path=/} (SECURITY.md; RFC 6265bis §4.1.3.2). The {@code __Host-}
 * prefix requires {@code Secure}, which a browser refuses on a plain-http origin; so when the issuer
 * is plain http (loopback or dev mode) the cookies go without the prefix and without
 * {@code Secure}. An https issuer always gets both.
 */
public final class BrowserCookies {
    /** Values we issue are base64url of 32 random bytes; anything else is ignored unread. */
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** The longest sealed value read: well under the 4096 bytes a browser keeps of a cookie (RFC 6265 §6.1). */
    static final int MAX_SEALED = 2048;
    private static final Pattern SEALED = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_SEALED + "}");

    private final boolean secure;

    public BrowserCookies(String issuer) {
        this.secure = issuer.startsWith("https://");
    }

    public boolean secure() {
        return secure;
    }

    /** The full cookie name for a base name, e.g. {@code gatehouse_session} → {@code __Host-gatehouse_session}. */
    public String name(String base) {
        return secure ? "__Host-" + base : base;
    }

    /** The value of the cookie if the browser sent exactly one well-formed one; else null. */
    public String read(Context ctx, String base) {
        return read(ctx, base, VALUE);
    }

    /** As {@link #read}, for a sealed value (base64url of up to {@link #MAX_SEALED} characters) rather than a random handle. */
    public String readSealed(Context ctx, String base) {
        return read(ctx, base, SEALED);
    }

    private String read(Context ctx, String base, Pattern shape) {
        String header = ctx.header("Cookie");
        if (header == null) return null;
        String name = name(base);
        String found = null;
        for (String part : header.split(";")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq <= 0 || !p.substring(0, eq).equals(name)) continue;
            // Two cookies of one name (e.g. one planted for a parent domain): trust neither.
            if (found != null) return null;
            found = p.substring(eq + 1);
        }
        return found != null && shape.matcher(found).matches() ? found : null;
    }

    /** The base names of the cookies this browser sent whose base name starts with {@code prefix}. */
    public java.util.List<String> named(Context ctx, String prefix) {
        String header = ctx.header("Cookie");
        if (header == null) return java.util.List.of();
        String full = name(prefix);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : header.split(";")) {
            String p = part.trim();
            int eq = p.indexOf('=');
            if (eq > 0 && p.startsWith(full)) out.add(p.substring(full.length() - prefix.length(), eq));
        }
        return out;
    }

    /** Sets the cookie; {@code maxAge} null makes it a browser-session cookie. */
    public void set(Context ctx, String base, String value, Duration maxAge) {
        StringBuilder c = new StringBuilder(name(base)).append('=').append(value).append("; Path=/; HttpOnly; SameSite=Lax");
        if (secure) c.append("; Secure");
        if (maxAge != null) c.append("; Max-Age=").append(Math.max(0, maxAge.toSeconds()));
        ctx.res().addHeader("Set-Cookie", c.toString());
    }

    /**
     * Sets a short-lived cookie that must come back on a cross-site POST: an upstream provider's
     * {@code response_mode=form_post} callback (Apple) is one, and browsers withhold {@code Lax}
     * cookies from it. {@code SameSite=None} requires {@code Secure} (RFC 6265bis §5.6.7), so a
     * plain-http issuer (loopback, dev) keeps {@code Lax}, and its callbacks must be GETs.
     */
    public void setCrossSite(Context ctx, String base, String value, Duration maxAge) {
        StringBuilder c = new StringBuilder(name(base)).append('=').append(value).append("; Path=/; HttpOnly");
        c.append(secure ? "; SameSite=None; Secure" : "; SameSite=Lax");
        c.append("; Max-Age=").append(Math.max(0, maxAge.toSeconds()));
        ctx.res().addHeader("Set-Cookie", c.toString());
    }

    public void clear(Context ctx, String base) {
        set(ctx, base, "", Duration.ZERO);
    }
}
