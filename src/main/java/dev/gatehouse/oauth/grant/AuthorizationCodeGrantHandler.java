package dev.gatehouse.oauth.grant;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.claims.AccessTokenHash;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.keys.IdTokens;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.StandardClaims;
import dev.gatehouse.account.User;
import dev.gatehouse.oauth.authorize.AuthorizationCode;
import dev.gatehouse.oauth.authorize.AuthorizationCodes;
import dev.gatehouse.oauth.client.Audiences;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.rbac.ScopePolicy;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.session.TokenResponse;
import dev.gatehouse.session.TokenService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * RFC 6749 §4.1.3 with PKCE (RFC 7636 §4.5) and OpenID Connect (Core §3.1.3): exchanges a code for an
 * access token of a NEW token session linked to the browser login session, a refresh token when
 * {@code offline_access} was granted or the client is first-party (and may refresh), and an ID token
 * when {@code openid} was granted. A code presented a second time fails, and revokes the session its
 * first redemption started once that one has it (RFC 6749 §4.1.2, RFC 9700 §4.2.4; see
 * {@link AuthorizationCodes} for "after").
 */
public final class AuthorizationCodeGrantHandler implements TokenGrant {
    private static final String INVALID = "The authorization code is invalid, expired or already used";

    private final AuthorizationCodes codes;
    private final SessionService sessions;
    private final BrowserSessionService loginSessions;
    private final UserStore users;
    private final TokenService tokens;
    private final Audiences audiences;
    private final IdTokens idTokens;
    private final AuditLog audit;
    private final Clock clock;
    private final String issuer;

    public AuthorizationCodeGrantHandler(AuthorizationCodes codes, SessionService sessions, BrowserSessionService loginSessions,
                                  UserStore users, TokenService tokens, Audiences audiences, IdTokens idTokens, AuditLog audit,
                                  Clock clock, String issuer) {
        this.audiences = audiences;
        this.codes = codes;
        this.sessions = sessions;
        this.loginSessions = loginSessions;
        this.users = users;
        this.tokens = tokens;
        this.idTokens = idTokens;
        this.audit = audit;
        this.clock = clock;
        this.issuer = issuer;
    }

    @Override
    public GrantType type() {
        return GrantType.AUTHORIZATION_CODE;
    }

    @Override
    public AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip) {
        return handle(request, client, ip, clock.instant());
    }

    /** @param arrived when the request reached the token endpoint: a replay is one that arrived after the first redemption */
    @Override
    public AccessTokenResponse handle(TokenParameters parameters, OAuthClient client, String ip, Instant arrived) {
        TokenRequest request = parameters.nimbus();
        var grant = (AuthorizationCodeGrant) request.getAuthorizationGrant();
        String code = grant.getAuthorizationCode().getValue();
        String redirectUri = grant.getRedirectionURI() == null ? null : grant.getRedirectionURI().toString();
        String verifier = grant.getCodeVerifier() == null ? null : grant.getCodeVerifier().getValue();
        // RFC 8707 §2: what the client may never ask for is refused before the code is spent.
        List<String> requested = audiences.check(client, GrantTokens.resources(request), null);
        AuthorizationCodes.Redemption redemption = codes.redeem(code, client.clientId(), redirectUri, verifier, arrived);
        if (redemption instanceof AuthorizationCodes.Redemption.Reused r) {
            // A replay after the first redemption revokes what it issued; a duplicate concurrent with
            // it only fails (see AuthorizationCodes for how "after" is decided).
            r.sessionId().ifPresent(sessions::end);
            audit.record("authorization_code_reuse", r.sessionId().isPresent() ? "revoked" : "refused", null, client.clientId(),
                    client.clientId(), ip, r.sessionId().map(s -> "session=" + s).orElse("concurrent with the first redemption"));
            throw new OAuthException(OAuth2Error.INVALID_GRANT, INVALID);
        }
        if (redemption instanceof AuthorizationCodes.Redemption.Invalid r) {
            audit.record("authorization_code", "failure", null, client.clientId(), client.clientId(), ip, r.reason());
            throw new OAuthException(OAuth2Error.INVALID_GRANT, INVALID);
        }
        var redeemed = (AuthorizationCodes.Redemption.Redeemed) redemption;
        AuthorizationCode c = redeemed.code();
        Optional<UserWithGrants> user = users.findById(c.userId());
        if (user.isEmpty() || user.get().user().disabled()) throw new OAuthException(OAuth2Error.INVALID_GRANT, INVALID);
        // The sign-in the user approved from must still be on: a sign-out between the approval and
        // the redemption leaves the code worthless (the tokens would outlive the session they belong to).
        // When two tabs signed in again at once, the code's session may have been merged into the other's:
        // the code is good, and its tokens belong to the session it continues as.
        Optional<BrowserSession> login = loginSessions.liveOrMergedInto(c.userId(), c.loginSessionId());
        if (login.isEmpty()) {
            audit.record("authorization_code", "failure", c.userId(), client.clientId(), client.clientId(), ip, "login_session_ended");
            throw new OAuthException(OAuth2Error.INVALID_GRANT, INVALID);
        }
        // RFC 8707 §2.2: a token request may only narrow the resources of the authorization request.
        audiences.check(client, requested, c.resources());
        List<String> audience = audiences.forToken(client, requested, c.resources());
        // The code's scope, within what the client may still ask for; permissions removed since the code
        // was issued are not granted (API.md §2).
        List<String> scope = ScopePolicy.forUser(client.scopes(), user.get().grants().permissions(), c.scope(), null);
        boolean openid = scope.contains("openid");
        // Names the session on the code in the same transaction: a redemption that arrives after this
        // is a replay and revokes it. Only the one winner of the redemption gets here.
        SessionService.Issued session = sessions.startFromCode(c.userId(), client.clientId(), scope, client.refreshTokenTtl(),
                login.get().id(), c.authTime(), c.amr(), ip, c.resources(), redeemed.codeHash())
                .orElseThrow(() -> new OAuthException(OAuth2Error.INVALID_GRANT, INVALID));
        loginSessions.followMerges(login.get().id());
        // OIDC Core §11: offline_access asks for a refresh token; first-party clients get one as the core's login does.
        boolean refresh = client.allowsGrant("refresh_token") && (scope.contains("offline_access") || client.firstParty());
        // auth_time: the session carries the code's sign-in (startFromCode), unchanged by its refreshes.
        TokenResponse issued = tokens.issue(GrantTokens.recipient(client, audience),
                TokenService.Subject.user(c.userId(), user.get().grants().roles(), session.session()), scope,
                refresh ? session.refreshToken() : null);
        Tokens out = GrantTokens.tokens(issued);
        audit.record("authorization_code", "success", c.userId(), client.clientId(), client.clientId(), ip,
                "session=" + session.session().id() + " login_session=" + login.get().id());
        if (!openid) return new AccessTokenResponse(out);
        BearerAccessToken access = out.getBearerAccessToken();
        return new OIDCTokenResponse(new OIDCTokens(idToken(c, client, access, login.get(), user.get().user(), scope), access, out.getRefreshToken()));
    }

    /**
     * OIDC Core §2 and §3.1.3.6, signed with the client's {@code id_token_signed_response_alg}; at_hash uses
     * that algorithm's hash (§3.1.3.6). The granted profile and email claims go in too (§5.4, as in
     * userinfo), as Keycloak does: a browser application reads the user from the ID token alone.
     */
    private String idToken(AuthorizationCode c, OAuthClient client, BearerAccessToken access, BrowserSession login, User user,
                           List<String> scope) {
        Instant iat = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        JWSAlgorithm alg = JWSAlgorithm.parse(client.idTokenSignedResponseAlg());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(c.userId())
                .audience(client.clientId())
                .expirationTime(Date.from(iat.plusSeconds(access.getLifetime())))
                .issueTime(Date.from(iat))
                .claim("auth_time", c.authTime().getEpochSecond())
                // OIDC Core §2: "2" once a second factor was shown (RFC 8176 mfa), else "1" (API.md §7).
                .claim("acr", c.amr().contains("mfa") ? "2" : "1")
                .claim("azp", client.clientId())
                // The OP's browser session (OIDC Front-Channel / RP-Initiated Logout): id_token_hint names it back.
                .claim("sid", login.id())
                .claim("at_hash", AccessTokenHash.compute(access, alg).getValue());
        if (c.nonce() != null) claims.claim("nonce", c.nonce());
        // RFC 8176: how the user authenticated; an upstream sign-in whose provider reported nothing has no amr.
        if (!c.amr().isEmpty()) claims.claim("amr", c.amr());
        // API.md §6: a sign-in through an upstream provider names it (the provider id), as Keycloak's identity_provider does.
        if (login.idp() != null) claims.claim("idp", login.idp());
        StandardClaims.of(user, scope).forEach(claims::claim);
        return idTokens.sign(claims.build(), client.idTokenSignedResponseAlg());
    }
}
