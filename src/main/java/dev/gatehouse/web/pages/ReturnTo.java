package dev.gatehouse.web.pages;

/**
 * Where a page may send the browser after it is done: only a path on this server. Anything that a
 * browser could read as another origin is refused, which closes the open redirect (RFC 9700 §4.11,
 * OWASP Unvalidated Redirects): absolute URLs, scheme-relative {@code //host}, {@code /\host}
 * (browsers treat {@code \} as {@code /}), and control or space characters that browsers strip
 * before parsing ({@code /\t/host}).
 */
public final class ReturnTo {
    private static final int MAX_LENGTH = 2048;

    private ReturnTo() {}

    /** {@code value} if it is a safe local path (with an optional query), else null. */
    public static String safe(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) return null;
        if (value.charAt(0) != '/') return null;
        if (value.length() > 1 && (value.charAt(1) == '/' || value.charAt(1) == '\\')) return null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            // RFC 3986 path and query characters only, and '%' for escapes; no '\', no '#', no spaces or controls.
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || "-._~!$&'()*+,;=:@/?%".indexOf(c) >= 0;
            if (!ok) return null;
        }
        // The same checks once more on the percent-decoded form, for whatever decodes it later
        // (a proxy, the authorize flow): no "//host" or "/\host" in disguise, no encoded controls.
        String decoded = percentDecoded(value);
        if (decoded.length() > 1 && (decoded.charAt(1) == '/' || decoded.charAt(1) == '\\')) return null;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\\') return null;
        }
        return value;
    }

    private static String percentDecoded(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length()) {
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.append((char) (hi << 4 | lo));
                    i += 2;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }
}
