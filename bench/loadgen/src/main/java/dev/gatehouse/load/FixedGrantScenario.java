package dev.gatehouse.load;

/**
 * The same token request again and again, with client_secret_basic: {@code grant_type=client_credentials}
 * (client authentication, one SHA-256 and a client read, plus signing a token), or the password grant
 * (RFC 6749 §4.3, Keycloak's "direct access grants"; the {@code password_login} comparison for the
 * first-party JSON login of a server without that grant), whose 429 and 503 count apart as in the other
 * login scenarios. The request never changes, so it is encoded once.
 */
final class FixedGrantScenario implements Scenario {

    private final Request request;
    private final boolean login;

    /** @param login a password login: 429 and 503 are the server shedding a storm, not errors */
    FixedGrantScenario(HttpTarget target, String tokenPath, String form, String clientId, String clientSecret, boolean login) {
        this.request = target.postForm(tokenPath, form, clientId, clientSecret);
        this.login = login;
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) {
    }

    @Override
    public Request next(ConnState state) {
        return request;
    }

    @Override
    public Outcome onResponse(ConnState state, Response response) {
        Outcome outcome = login ? Outcome.ofStatusUnderStorm(response.status()) : Outcome.ofStatus(response.status());
        if (outcome == Outcome.OK && response.field("access_token") == null) {
            return Outcome.INVALID;
        }
        return outcome;
    }
}
