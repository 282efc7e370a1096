package dev.gatehouse.session;

import dev.gatehouse.keys.AccessTokenIssuer;
import dev.gatehouse.keys.AccessTokenRequest;
import dev.gatehouse.keys.IssuedToken;
import dev.gatehouse.rbac.Grants;
import dev.gatehouse.rbac.ScopePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The one builder of RFC 9068 access token responses: the built-in login and its refreshes, and every
 * OAuth grant (authorization code, refresh token, client credentials). What differs between them is
 * data, not code: who the token is for ({@link Recipient}: client, audience, lifetime, signing
 * algorithm) and whom it speaks of ({@link Subject}: a user with roles, session and sign-in time, or
 * a client on its own behalf). Callers work out the audience and the scope; this class only puts them
 * into the token.
 *
 * <p>It lives in {@code session} because {@code oauth} already depends on {@code session} and not the
 * other way round; it sees OAuth clients only as a {@link Recipient}.
 */
public final class TokenService {
    private final AccessTokenIssuer issuer;
    private final List<String> ownAudience;
    private final Duration defaultTtl;

    /**
     * @param ownAudience Gatehouse's own audience ({@code access.token.audience}), the {@code aud} of the built-in login's tokens
     * @param defaultTtl  the access token lifetime of a client without its own ({@code access.token.ttl})
     */
    public TokenService(AccessTokenIssuer issuer, String ownAudience, Duration defaultTtl) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.ownAudience = List.of(ownAudience);
        this.defaultTtl = Objects.requireNonNull(defaultTtl, "defaultTtl");
    }

    /**
     * Tokens of the built-in login: first-party, so {@code aud} is Gatehouse's own audience, with the default
     * lifetime and the configured algorithm; {@code auth_time} is the session's sign-in, the same for every
     * refresh (OIDC Core §2).
     *
     * <p>Permissions are recomputed from the user's roles at every issue ({@link ScopePolicy#firstParty}):
     * a session whose login asked for no scope carries all of them, so a role granted since shows at
     * the next refresh; one whose login asked for a scope stays within what that login granted
     * (RFC 6749 §6). Either way a removed permission is gone at the next token (API.md §2).
     * {@code roles} is the user's current roles.
     */
    public TokenResponse issue(String userId, Session session, Grants grants, String refreshToken) {
        return issue(userId, session, grants, refreshToken, List.of());
    }

    /**
     * As {@link #issue(String, Session, Grants, String)}, with the {@code amr} of the sign-in (RFC 8176), e.g.
     * {@code ["hwk","mfa"]} for a passkey; empty: the session's own {@code amr}, which its refreshes carry.
     */
    public TokenResponse issue(String userId, Session session, Grants grants, String refreshToken, List<String> amr) {
        List<String> scope = ScopePolicy.firstParty(grants, session.scope(), null);
        return issue(new Recipient(session.clientId(), ownAudience, null, null), Subject.user(userId, grants.roles(), session),
                scope, refreshToken, amr);
    }

    /**
     * Signs an access token and wraps it in a token response (RFC 6749 §5.1).
     *
     * @param scope        the granted scope, already decided ({@link ScopePolicy}); the {@code scope} claim and
     *                     response field are its space-separated join, the claim left out when it is empty
     * @param refreshToken the refresh token of the response; null for none
     */
    public TokenResponse issue(Recipient to, Subject about, List<String> scope, String refreshToken) {
        return issue(to, about, scope, refreshToken, List.of());
    }

    private TokenResponse issue(Recipient to, Subject about, List<String> scope, String refreshToken, List<String> amr) {
        Duration ttl = to.ttl() != null ? to.ttl() : defaultTtl;
        IssuedToken token = issuer.issue(new AccessTokenRequest(about.id(), to.audience(), to.clientId(), scope, about.roles(),
                about.sessionId(), ttl, about.authTime(), amr.isEmpty() ? about.amr() : amr), to.alg());
        return new TokenResponse(token.token(), "Bearer", ttl.toSeconds(), refreshToken, String.join(" ", scope));
    }

    /**
     * Who an access token is issued to.
     *
     * @param clientId the {@code client_id} claim (RFC 9068 §2.2)
     * @param audience the {@code aud}; for OAuth clients from {@code oauth.client.Audiences}, which keeps
     *                 Gatehouse's own audience for first-party clients
     * @param ttl      the client's access token lifetime; null: the configured default
     * @param alg      the client's {@code access_token_signed_response_alg}; null: the configured algorithm
     */
    public record Recipient(String clientId, List<String> audience, Duration ttl, String alg) {}

    /**
     * Whom an access token speaks of.
     *
     * @param id        the {@code sub}: the user's id, or for a client's own token its client id
     * @param roles     the {@code roles} claim; null for a client's own token (no claim)
     * @param sessionId the {@code sid} claim; null for a client's own token (no claim)
     * @param authTime  the {@code auth_time} claim (OIDC Core §2); null for a client's own token or an unknown sign-in
     * @param amr       the {@code amr} claim (RFC 8176); empty for a client's own token or an unknown sign-in
     */
    public record Subject(String id, List<String> roles, String sessionId, Instant authTime, List<String> amr) {

        /** A user signed in to {@code session}: its roles, the session's id, sign-in time and methods. */
        public static Subject user(String userId, List<String> roles, Session session) {
            return new Subject(userId, roles, session.id(), session.authTime(), session.amr());
        }

        /** A client's own token (RFC 6749 §4.4): no user, so no roles, session or sign-in. */
        public static Subject client(String clientId) {
            return new Subject(clientId, null, null, null, List.of());
        }
    }
}
