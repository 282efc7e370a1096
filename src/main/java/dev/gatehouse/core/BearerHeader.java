package dev.gatehouse.core;

/**
 * The access token of an {@code Authorization: Bearer} header, for every endpoint that reads one (userinfo,
 * the account and admin APIs): RFC 6750 §2.1, {@code credentials = "Bearer" 1*SP b64token}, with the scheme
 * in any case (RFC 9110 §11.1) and the whitespace around a field value not part of it (RFC 9110 §5.5). A
 * token never holds whitespace or control characters, so a header with them is not a Bearer credential
 * (RFC 6750 §3.1: a malformed request); whether the rest is a token of ours is the verifier's to say. One
 * pass over the characters and no regular expression: the SDK's {@code BearerAccessToken.parse} splits
 * with one, which with a JWT of a kilobyte took a quarter of the CPU of a cached userinfo request
 * (docs/benchmarks.md).
 */
public final class BearerHeader {
    private static final String SCHEME = "Bearer";

    private BearerHeader() {}

    /** The token, or null when the header is not a Bearer credential or carries no token. */
    public static String token(String authorization) {
        if (authorization == null) return null;
        int end = authorization.length();
        while (end > 0 && isOws(authorization.charAt(end - 1))) end--;
        int start = SCHEME.length();
        // 1*SP: a space, not any whitespace (a tab after the scheme is not a Bearer credential).
        if (end <= start || authorization.charAt(start) != ' ' || !authorization.regionMatches(true, 0, SCHEME, 0, start)) return null;
        while (start < end && authorization.charAt(start) == ' ') start++;
        if (start == end) return null;
        for (int i = start; i < end; i++) {
            char c = authorization.charAt(i);
            if (c <= ' ' || c == 0x7F) return null;
        }
        return authorization.substring(start, end);
    }

    /** OWS of RFC 9110 §5.6.3: SP and HTAB. */
    private static boolean isOws(char c) {
        return c == ' ' || c == '\t';
    }
}
