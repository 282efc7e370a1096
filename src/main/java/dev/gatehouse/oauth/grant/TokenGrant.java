package dev.gatehouse.oauth.grant;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.GrantType;
import dev.gatehouse.oauth.client.OAuthClient;
import java.time.Instant;

/**
 * One grant type of the token endpoint (RFC 6749 §4, §6). The endpoint has already authenticated the
 * client and checked that it may use this grant; the grant checks the rest and issues the tokens.
 * Failures are {@link dev.gatehouse.oauth.OAuthException}s.
 */
public interface TokenGrant {
    GrantType type();

    /** @param ip the caller's address, for the audit log */
    AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip);

    /**
     * As {@link #handle(TokenParameters, OAuthClient, String)}, for a request that reached the token
     * endpoint at {@code arrived} (before client authentication), for a grant whose answer depends on
     * the order of requests.
     */
    default AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip, Instant arrived) {
        return handle(request, client, ip);
    }
}
