package dev.gatehouse.web;

import dev.gatehouse.core.ApiException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.InvalidTokenException;
import dev.gatehouse.keys.VerifiedAccessToken;
import dev.gatehouse.session.SessionService;
import io.javalin.http.Context;

/**
 * Authenticates the server's own protected endpoints: a Bearer access token in the Authorization
 * header only (RFC 6750 §2.1; tokens in the query string are ignored, SECURITY.md), verified by
 * signature, type, issuer, audience and lifetime, and then its session must still be live, so a
 * logout or revocation takes effect at once (API.md §3).
 */
final class BearerAuth {
    private static final int MAX_TOKEN = 8192;

    private final AccessTokenVerifier verifier;
    private final SessionService sessions;

    BearerAuth(AccessTokenVerifier verifier, SessionService sessions) {
        this.verifier = verifier;
        this.sessions = sessions;
    }

    Principal require(Context ctx) {
        Principal principal = signedToken(ctx);
        if (principal.sessionId() == null || !sessions.isLive(principal.sessionId())) {
            throw new ApiException(ErrorCode.INVALID_TOKEN, "The session of this token has ended");
        }
        return principal;
    }

    /**
     * Signature, type, issuer, audience and lifetime only: the caller MUST check that the session
     * is live itself, in the query that reads what it needs anyway (saves one read per request).
     */
    Principal signedToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.isEmpty()) throw new ApiException(ErrorCode.INVALID_TOKEN, "No access token");
        if (header.length() > MAX_TOKEN + 7 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new ApiException(ErrorCode.INVALID_TOKEN, "Authorization must be: Bearer <access token>");
        }
        String token = header.substring(7).trim();
        VerifiedAccessToken verified;
        try {
            verified = verifier.verify(token);
        } catch (InvalidTokenException e) {
            throw new ApiException(ErrorCode.INVALID_TOKEN, e.getMessage());
        }
        return new Principal(verified.subject(), verified.sessionId(), verified.clientId(), verified.scope(), verified.roles());
    }
}
