package dev.gatehouse.oauth.grant;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.GrantType;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.OAuthClient;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A grant whose answers are counted by outcome ({@code success}, or {@code failure} for an OAuth
 * error answer), for the metrics: the client was already authenticated, so only the grant's own
 * verdict is counted.
 */
public record CountedGrant(TokenGrant grant, Consumer<String> outcomes) implements TokenGrant {
    @Override
    public GrantType type() {
        return grant.type();
    }

    @Override
    public AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip) {
        return handle(request, client, ip, null);
    }

    @Override
    public AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip, Instant arrived) {
        AccessTokenResponse response;
        try {
            response = arrived == null ? grant.handle(request, client, ip) : grant.handle(request, client, ip, arrived);
        } catch (OAuthException e) {
            outcomes.accept("failure");
            throw e;
        }
        outcomes.accept("success");
        return response;
    }
}
