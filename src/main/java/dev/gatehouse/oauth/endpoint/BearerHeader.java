package dev.gatehouse.oauth.endpoint;

/**
 * The access token of an {@code Authorization: Bearer} header (RFC 6750 §2.1; the scheme in any case,
 * RFC 9110 §11.1), read as the SDK's {@code BearerAccessToken.parse} reads it: the scheme up to the
 * first whitespace, the rest verbatim. That method splits the header with a regular expression, which
 * scans the whole token for more whitespace even after the first: with a JWT of a kilobyte, a quarter
 * of the CPU of a cached userinfo request (docs/benchmarks.md).
 */
final class BearerHeader {
    private static final String SCHEME = "Bearer";

    private BearerHeader() {}

    /** The token, or null when the header is not a Bearer credential or carries no token. */
    static String token(String authorization) {
        int space = 0;
        while (space < authorization.length() && !isSpace(authorization.charAt(space))) space++;
        if (space != SCHEME.length() || space == authorization.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String token = authorization.substring(space + 1);
        return token.isBlank() ? null : token;
    }

    /** {@code \s} of java.util.regex: the ASCII whitespace the SDK splits on. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
