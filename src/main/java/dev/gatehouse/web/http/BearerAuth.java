package dev.gatehouse.web.http;

import dev.gatehouse.core.BearerHeader;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.InvalidTokenException;
import dev.gatehouse.keys.VerifiedAccessToken;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.session.SessionService;
import io.javalin.http.Context;

/**
 * Authenticates the server's own protected endpoints, the account API ({@code /api/v1/me*}, Bearer
 * logout, verification resend) and, through {@link AdminAccess}, the admin API: a Bearer access token
 * in the Authorization header only (RFC 6750 §2.1; tokens in the query string are ignored,
 * SECURITY.md), verified by signature, type, issuer, audience and lifetime, issued to a first-party
 * client, and then its session must still be live, so a logout or revocation takes effect at once
 * (API.md §3).
 *
 * <p>First-party only (issue 12): a token a third-party application got for {@code scope=openid}
 * would otherwise let it change the user's email and take the account over. Both checks hold on
 * their own: {@code aud} must contain Gatehouse's own audience, which is never put in another
 * client's tokens, and the token's {@code client_id} must be the built-in login's or a client that
 * is registered {@code first_party} at the time of the request. A refusal is 401
 * {@code invalid_token}: RFC 6750 §3.1 keeps 403 {@code insufficient_scope} for a token that is
 * right for the resource but lacks a scope, while a token issued for another client or another
 * resource is invalid for this one, whatever its scope.
 */
final class BearerAuth {
    private static final int MAX_TOKEN = 8192;

    private final AccessTokenVerifier verifier;
    private final SessionService sessions;
    private final ClientRegistry clients;

    BearerAuth(AccessTokenVerifier verifier, SessionService sessions, ClientRegistry clients) {
        this.verifier = verifier;
        this.sessions = sessions;
        this.clients = clients;
    }

    Principal require(Context ctx) {
        Principal principal = signedToken(ctx);
        if (principal.sessionId() == null || !sessions.isLive(principal.sessionId())) {
            throw new DomainException(ErrorCode.INVALID_TOKEN, "The session of this token has ended");
        }
        return principal;
    }

    /**
     * Signature, type, issuer, audience, lifetime and first-party client only: the caller MUST check
     * that the session is live itself, in the query that reads what it needs anyway (saves one read
     * per request).
     */
    Principal signedToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isEmpty()) throw new DomainException(ErrorCode.INVALID_TOKEN, "No access token");
        String token = header.length() > MAX_TOKEN + 7 ? null : BearerHeader.token(header);
        if (token == null) throw new DomainException(ErrorCode.INVALID_TOKEN, "Authorization must be: Bearer <access token>");
        VerifiedAccessToken verified;
        try {
            verified = verifier.verify(token);
        } catch (InvalidTokenException e) {
            if (AccessTokenVerifier.WRONG_AUDIENCE.equals(e.getMessage())) throw notFirstParty();
            throw new DomainException(ErrorCode.INVALID_TOKEN, e.getMessage());
        }
        // Read at request time through the client cache: a client switched off first_party, or deleted,
        // loses the account and admin APIs at once on this node (within the cache lifetime on others).
        if (!clients.isFirstParty(verified.clientId())) throw notFirstParty();
        return new Principal(verified.subject(), verified.sessionId(), verified.clientId(), verified.scope(), verified.roles(),
                verified.authTime());
    }

    private static DomainException notFirstParty() {
        return new DomainException(ErrorCode.INVALID_TOKEN,
                "This token was issued to another application or audience; this API accepts only tokens of first-party clients");
    }
}
