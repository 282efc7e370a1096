package dev.gatehouse.rbac;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one answer to "which scopes may this token carry": what the client may ask for, the standard
 * OpenID Connect scopes, the permissions the user holds now, what this request asks for and what
 * the user granted earlier. Every grant (authorization code, refresh token, client credentials), the
 * authorization request and the first-party login ask here, and nowhere else.
 *
 * <p>It lives in {@code rbac} because both {@code oauth} and {@code session} use it and
 * {@code oauth} already depends on {@code session}; it sees clients only as their list of scopes.
 */
public final class ScopePolicy {
    /**
     * The standard scopes Gatehouse serves (OIDC Core §5.4: {@code profile} and {@code email} claims
     * at userinfo; §11: {@code offline_access} asks for a refresh token). Every other scope is a
     * permission {@code resource:action} (API.md §2). {@code address} and {@code phone} are not
     * among them: no user has those claims, so they are neither published nor granted.
     *
     * <p>These are also the public scopes, the only ones discovery's {@code scopes_supported} lists:
     * a permission scope is private to the clients registered for it and the APIs that check it.
     */
    public static final Set<String> OIDC_SCOPES = Set.of("openid", "profile", "email", "offline_access");

    private ScopePolicy() {}

    /**
     * The scope of a token for a user, sorted: what was granted earlier, or when that is
     * unrestricted everything the client may ask for; narrowed by this request (RFC 6749 §3.3, §6:
     * never widened); within what the client may ask for now; and of the permissions, only those
     * the user holds now (API.md §2: a removed permission is gone at the next token).
     *
     * @param clientScopes what the client may ask for
     * @param permissions  what the user holds now
     * @param earlier      what the user granted earlier (authorization code, token session); null: unrestricted
     * @param requested    what this request asks for; null: nothing narrower
     */
    public static List<String> forUser(Collection<String> clientScopes, Set<String> permissions,
                                       Collection<String> earlier, Collection<String> requested) {
        TreeSet<String> out = new TreeSet<>(earlier != null ? earlier : clientScopes);
        if (requested != null) out.retainAll(requested);
        out.retainAll(clientScopes);
        out.removeIf(s -> !OIDC_SCOPES.contains(s) && !permissions.contains(s));
        return List.copyOf(out);
    }

    /**
     * {@link #forUser} for the built-in client of /api/v1/login: it may ask for every permission
     * the user holds and for no OpenID Connect scope (ID tokens and userinfo are for registered
     * clients). With {@code earlier} null (a login without {@code scope}) every token of the session
     * carries the user's current permissions, so a role granted since shows at the next refresh.
     */
    public static List<String> firstParty(Grants user, Collection<String> earlier, Collection<String> requested) {
        return forUser(user.permissions(), user.permissions(), earlier, requested);
    }

    /**
     * The scope of a client's own token (client credentials, RFC 6749 §4.4), sorted: what it asked
     * for, or everything it may ask for when it asked for nothing (§3.3). Refuse first what
     * {@link #beyond} names.
     */
    public static List<String> forClient(Collection<String> clientScopes, Collection<String> requested) {
        TreeSet<String> out = new TreeSet<>(requested != null ? requested : clientScopes);
        out.retainAll(clientScopes);
        return List.copyOf(out);
    }

    /**
     * The requested scopes outside {@code allowed}, for the requests that answer them with
     * {@code invalid_scope} rather than dropping them: a refresh asking for more than was granted
     * (RFC 6749 §6), a client asking for more than it may (§4.4.2). Empty when nothing was requested
     * or {@code allowed} is null (unrestricted).
     */
    public static List<String> beyond(Collection<String> allowed, Collection<String> requested) {
        if (allowed == null || requested == null) return List.of();
        return requested.stream().filter(s -> !allowed.contains(s)).toList();
    }
}
