package dev.gatehouse.load;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Introspection of an access token by a confidential client (client_secret_basic), with the token
 * fetched from the token endpoint by a configurable form (client_credentials by default, a password
 * grant for a user token), so the same run works against any OAuth server (the side-by-side runs
 * against Keycloak): each connection gets its token once in setup, then asks about it again and again.
 */
final class ClientIntrospectScenario implements Scenario {

    private final HttpTarget target;
    private final String tokenPath;
    private final String tokenForm;
    private final String introspectPath;
    private final String clientId;
    private final String clientSecret;

    ClientIntrospectScenario(HttpTarget target, String tokenPath, String tokenForm, String introspectPath, String clientId,
                             String clientSecret) {
        this.target = target;
        this.tokenPath = tokenPath;
        this.tokenForm = tokenForm;
        this.introspectPath = introspectPath;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) throws IOException {
        Response token = conn.send(target.postForm(tokenPath, tokenForm, clientId, clientSecret));
        String accessToken = token.isSuccess() ? token.field("access_token") : null;
        if (accessToken == null) {
            throw new Accounts.SetupException("client_credentials at " + tokenPath + " answered " + token.status());
        }
        state.cachedRequest(target.postForm(introspectPath,
                "token=" + URLEncoder.encode(accessToken, StandardCharsets.UTF_8) + "&token_type_hint=access_token",
                clientId, clientSecret));
    }

    @Override
    public Request next(ConnState state) {
        return state.cachedRequest();
    }

    @Override
    public Outcome onResponse(ConnState state, Response response) {
        Outcome outcome = Outcome.ofStatus(response.status());
        if (outcome == Outcome.OK && !response.bodyText().replace(" ", "").contains("\"active\":true")) {
            return Outcome.INVALID;
        }
        return outcome;
    }
}
