package dev.gatehouse.oauth.grant;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import dev.gatehouse.account.LiveSessionUser;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.Audiences;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.rbac.ScopePolicy;
import dev.gatehouse.session.Session;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.session.TokenService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * RFC 6749 §6 for OAuth clients, on the core's sessions: the refresh token rotates in one atomic
 * write with reuse detection (RFC 9700 §4.14.2) and the reuse interval of
 * {@link SessionService#refresh} (the same client repeating the just-rotated token gets the same
 * successor), it is bound to the client it was issued to, and a
 * {@code scope} parameter can only narrow what the session was granted (the session keeps its
 * original scope for later refreshes).
 */
public final class RefreshTokenGrantHandler implements TokenGrant {
    private final SessionService sessions;
    private final UserStore users;
    private final TokenService tokens;
    private final Audiences audiences;
    private final AuditLog audit;
    private final Clock clock;

    public RefreshTokenGrantHandler(SessionService sessions, UserStore users, TokenService tokens, Audiences audiences, AuditLog audit,
                                    Clock clock) {
        this.clock = clock;
        this.audiences = audiences;
        this.sessions = sessions;
        this.users = users;
        this.tokens = tokens;
        this.audit = audit;
    }

    @Override
    public GrantType type() {
        return GrantType.REFRESH_TOKEN;
    }

    @Override
    public AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip) {
        // RFC 6749 §6: refresh_token is REQUIRED (§3.1: sent empty counts as not sent).
        String presented = request.get("refresh_token");
        if (presented == null) throw OAuthException.invalidRequest("Missing or empty refresh_token parameter");
        // RFC 6749 §3.1: an empty scope parameter counts as omitted.
        List<String> resources = request.resources();
        List<String> requested = request.scope();
        // The refresh every signed-in client makes names neither a scope nor a resource: nothing can be refused
        // before the rotation but a token of another client, which the rotation itself leaves alone (it only
        // matches the token of this client). So that request rotates at once, one read fewer; only when it
        // fails does the session of the token get read, for the same refusal and audit as below.
        Optional<Session> current = requested == null && resources.isEmpty() ? Optional.empty() : checkedBeforeRotation(
                sessions.findByRefreshToken(presented), client, ip, requested, resources);
        SessionService.Issued issued;
        try {
            // Unknown, spent (reuse: the session is revoked), other client's: all refused here, atomically;
            // the same client's repeat within the reuse interval gets the successor it was already given.
            issued = sessions.refresh(presented, client.clientId(), ip);
        } catch (DomainException e) {
            if (current.isEmpty()) {
                // Another client's current token is refused and left usable by its owner either way; this
                // read only records who tried (a token that was spent is gone from it by now).
                checkedBeforeRotation(sessions.findByRefreshToken(presented), client, ip, requested, resources);
            }
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token is invalid, expired or revoked");
        }
        Session session = issued.session();
        // A repeat within the reuse interval (the token was no longer current above) rotates nothing,
        // so its scope is checked only now (as is that of a request that skipped the read above, which asked
        // for no scope); it can narrow this answer but never widen it.
        if (current.isEmpty() && !ScopePolicy.beyond(session.scope(), requested).isEmpty()) {
            throw new OAuthException(OAuth2Error.INVALID_SCOPE, "A refresh can only narrow the granted scope (RFC 6749 §6)");
        }
        // require_mfa (API.md §7) turned on after this session began with one factor: no more tokens
        // from it; the app signs the user in again, with the second step.
        if (client.requireMfa() && !"2".equals(session.acr())) {
            sessions.end(session.id());
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "This client requires a sign-in with a second factor");
        }
        // The user and grants as read through this live session: the same read as /api/v1/me's, kept as
        // briefly and dropped as soon as a write can change it (LiveSessionCache), so a disabled user or a
        // removed role shows at once, and the chain of refreshes of one session costs no read of its own.
        // A session ended since the rotation (a parallel presentation of the old token revoked it as reuse)
        // is read by id, as before: the winner of the rotation still gets its answer.
        Optional<UserWithGrants> user = users.findByLiveSession(session.userId(), session.id(), clock.instant())
                .map(LiveSessionUser::user).or(() -> users.findById(session.userId()));
        if (user.isEmpty() || user.get().user().disabled()) {
            sessions.end(session.id());
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token is invalid, expired or revoked");
        }
        // The session's scope, narrowed by the request, within what the client may still ask for and, for
        // permissions, what the user still holds (API.md §2: a refresh never brings back a removed permission).
        List<String> scope = ScopePolicy.forUser(client.scopes(), user.get().grants().permissions(), session.scope(), requested);
        audit.record("refresh", "success", session.userId(), client.clientId(), null, ip, "session=" + session.id());
        List<String> audience = audiences.forToken(client, audiences.check(client, resources, session.resources()), session.resources());
        return new AccessTokenResponse(GrantTokens.tokens(tokens.issue(GrantTokens.recipient(client, audience),
                TokenService.Subject.user(session.userId(), user.get().grants().roles(), session), scope, issued.refreshToken())));
    }

    /**
     * What is refused before rotating, so a refused request does not spend the holder's token: a current
     * token of another client, a scope beyond the session's, a resource not granted. Returns {@code current}.
     */
    private Optional<Session> checkedBeforeRotation(Optional<Session> current, OAuthClient client, String ip, List<String> requested,
                                                    List<String> resources) {
        if (current.isEmpty()) return current;
        Session s = current.get();
        if (!s.clientId().equals(client.clientId())) {
            audit.record("refresh", "wrong_client", s.userId(), client.clientId(), null, ip, "session=" + s.id());
            throw new OAuthException(OAuth2Error.INVALID_GRANT, "The refresh token is invalid, expired or revoked");
        }
        if (!ScopePolicy.beyond(s.scope(), requested).isEmpty()) {
            throw new OAuthException(OAuth2Error.INVALID_SCOPE, "A refresh can only narrow the granted scope (RFC 6749 §6)");
        }
        // RFC 8707 §2.2: only what the client may ask for, within what the authorization granted.
        audiences.check(client, resources, s.resources());
        return current;
    }
}
