package dev.gatehouse.load;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * {@code POST /oauth2/introspect} of a user's access token by a resource server (client_secret_basic):
 * client authentication, token verification and the session check. Each connection logs its own
 * user in once; an answer other than {@code "active":true} logs in again.
 */
final class IntrospectScenario implements Scenario {

    private final HttpTarget target;
    private final Accounts accounts;
    private final Credentials[] users;
    private final String introspectPath;
    private final String clientId;
    private final String clientSecret;

    IntrospectScenario(HttpTarget target, Accounts accounts, Credentials[] usersByConnection, String introspectPath,
                       String clientId, String clientSecret) {
        this.introspectPath = introspectPath;
        this.target = target;
        this.accounts = accounts;
        this.users = usersByConnection.clone();
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) throws IOException {
        accounts.signUpOnceAndLogIn(conn, state, users[state.index()]);
        state.cachedRequest(target.postForm(introspectPath,
                "token=" + URLEncoder.encode(state.accessToken(), StandardCharsets.UTF_8) + "&token_type_hint=access_token",
                clientId, clientSecret));
    }

    @Override
    public Request next(ConnState state) {
        return state.cachedRequest();
    }

    @Override
    public Outcome onResponse(ConnState state, Response response) {
        Outcome outcome = Outcome.ofStatus(response.status());
        if (outcome == Outcome.OK && !response.bodyText().contains("\"active\":true")) {
            state.invalidate();
            return Outcome.INVALID;
        }
        return outcome;
    }
}
