package dev.gatehouse.web.http;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.rbac.Authorizer;
import io.javalin.http.Context;

/**
 * The one authorization check of the admin API (API.md §4). The Bearer token is verified
 * (signature, type, issuer, audience, lifetime, and issued to a first-party client: see
 * {@link BearerAuth}), then ONE indexed query checks together that its session is live, the user
 * is not disabled, and the user's CURRENT roles grant the permission:
 * a token issued before its admin role was removed is refused on the next request, whatever its
 * claims say. The token's own scope must carry the permission as well (a narrowed token stays
 * narrow, RFC 6749 §3.3).
 */
final class AdminAccess {
    private final BearerAuth bearer;
    private final Authorizer authorizer;
    private final ClientIp clientIp;

    AdminAccess(BearerAuth bearer, Authorizer authorizer, ClientIp clientIp) {
        this.bearer = bearer;
        this.authorizer = authorizer;
        this.clientIp = clientIp;
    }

    /** @throws DomainException 401 invalid_token without a usable token or session, 403 forbidden without the permission */
    Principal require(Context ctx, String permission) {
        Principal p = bearer.signedToken(ctx);
        if (p.sessionId() == null) {
            // Client tokens (no session, no user) never administer: RFC 6750 §3.1 invalid_token.
            throw new DomainException(ErrorCode.INVALID_TOKEN, "This token does not belong to a user session");
        }
        switch (authorizer.check(p.userId(), p.sessionId(), permission)) {
            case NO_SESSION -> throw new DomainException(ErrorCode.INVALID_TOKEN, "The session of this token has ended");
            case DENIED -> {
                authorizer.denied(p.userId(), permission, clientIp.of(ctx));
                throw new DomainException(ErrorCode.FORBIDDEN, "Requires the permission " + permission);
            }
            case GRANTED -> {
                if (p.scope() == null || !p.scope().contains(permission)) {
                    authorizer.denied(p.userId(), permission, clientIp.of(ctx));
                    throw new DomainException(ErrorCode.FORBIDDEN, "The token's scope lacks " + permission + "; log in again");
                }
            }
        }
        return p;
    }
}
