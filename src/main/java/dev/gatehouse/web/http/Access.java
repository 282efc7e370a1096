package dev.gatehouse.web.http;

/**
 * Who may call a route, declared on its line in {@code Routes} and enforced by {@link Gate} before
 * the handler runs. Handlers read the admitted caller with {@link Http#principal}.
 *
 * @param permission the admin permission, for {@link Kind#ADMIN} only
 */
public record Access(Kind kind, String permission) {
    public enum Kind { PUBLIC, FIRST_PARTY_TOKEN, FIRST_PARTY_BEARER, ADMIN }

    /**
     * No check here: anonymous endpoints, and those that authenticate inside (OAuth client
     * authentication, RFC 6749 §2.3; hosted pages with the login cookie and CSRF token; logout,
     * which takes a refresh token or a Bearer token).
     */
    public static final Access PUBLIC = new Access(Kind.PUBLIC, null);
    /**
     * A first-party Bearer token of a live session (see {@link BearerAuth}): RFC 6750 §2.1,
     * API.md §3.
     */
    public static final Access FIRST_PARTY_BEARER = new Access(Kind.FIRST_PARTY_BEARER, null);
    /**
     * A first-party Bearer token, its session NOT yet checked: the handler MUST check liveness in the
     * query that reads what it needs anyway (saves one read per request on {@code GET /me}).
     */
    public static final Access FIRST_PARTY_TOKEN = new Access(Kind.FIRST_PARTY_TOKEN, null);

    /** A first-party Bearer token of a live session whose user holds {@code permission} now (see {@link AdminAccess}). */
    public static Access admin(String permission) {
        if (permission == null || !permission.startsWith("admin:")) throw new IllegalArgumentException("admin permission: " + permission);
        return new Access(Kind.ADMIN, permission);
    }
}
