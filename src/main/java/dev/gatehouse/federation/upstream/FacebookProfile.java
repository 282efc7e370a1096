package dev.gatehouse.federation.upstream;

import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Facebook Login ("Manually Build a Login Flow", Graph API {@code /me}). Facebook does not say whether
 * the address was verified, so it counts as verified only when the operator trusts the provider
 * ({@code trust_email}, false by default).
 */
final class FacebookProfile implements OAuthProfile {
    static final FacebookProfile INSTANCE = new FacebookProfile();
    static final String VERSION = "v19.0";

    @Override
    public String authorizationEndpoint() {
        return "https://www.facebook.com/" + VERSION + "/dialog/oauth";
    }

    @Override
    public String tokenEndpoint() {
        return "https://graph.facebook.com/" + VERSION + "/oauth/access_token";
    }

    @Override
    public String apiBase() {
        return "https://graph.facebook.com/" + VERSION;
    }

    @Override
    public List<String> defaultScopes() {
        return List.of("email", "public_profile");
    }

    @Override
    public Map<String, Object> user(UpstreamHttp http, URI apiBase, String accessToken) throws UpstreamException {
        Map<String, Object> me = http.getObject("user_api",
                OAuthUpstream.under(apiBase, "/me?fields=id,name,email,first_name,last_name"), accessToken);
        if (!(me.get("id") instanceof String id) || id.isEmpty()) throw new UpstreamException(Reason.INVALID, "facebook user has no id");
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", id);
        claims.put("name", me.get("name"));
        claims.put("given_name", me.get("first_name"));
        claims.put("family_name", me.get("last_name"));
        if (me.get("email") instanceof String email) {
            claims.put("email", email);
            claims.put("email_verified", true); // and trust_email, in UserClaims
        }
        return claims;
    }
}
