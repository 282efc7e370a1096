package dev.gatehouse.federation.upstream;

import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub OAuth apps ("Authorizing OAuth apps"; REST API "Users" and "Emails"). The subject is the
 * numeric account id (a login can be renamed and then taken by someone else). The email is the
 * primary address only when GitHub marks it verified; the profile's public {@code email} is never used:
 * anyone can set it to any address.
 */
final class GitHubProfile implements OAuthProfile {
    static final GitHubProfile INSTANCE = new GitHubProfile();

    @Override
    public String authorizationEndpoint() {
        return "https://github.com/login/oauth/authorize";
    }

    @Override
    public String tokenEndpoint() {
        return "https://github.com/login/oauth/access_token";
    }

    @Override
    public String apiBase() {
        return "https://api.github.com";
    }

    @Override
    public List<String> defaultScopes() {
        return List.of("read:user", "user:email");
    }

    @Override
    public Map<String, Object> user(UpstreamHttp http, URI apiBase, String accessToken) throws UpstreamException {
        Map<String, Object> user = http.getObject("user_api", OAuthUpstream.under(apiBase, "/user"), accessToken);
        if (!(user.get("id") instanceof Number id)) throw new UpstreamException(Reason.INVALID, "github user has no numeric id");
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", Long.toString(id.longValue()));
        claims.put("preferred_username", user.get("login"));
        claims.put("name", user.get("name"));
        for (Object e : http.getArray("user_api", OAuthUpstream.under(apiBase, "/user/emails"), accessToken)) {
            if (e instanceof Map<?, ?> entry && Boolean.TRUE.equals(entry.get("primary")) && Boolean.TRUE.equals(entry.get("verified"))
                    && entry.get("email") instanceof String email) {
                claims.put("email", email);
                claims.put("email_verified", true);
            }
        }
        return claims;
    }
}
