package dev.gatehouse.load;

/**
 * Password logins at the token endpoint: the password grant (RFC 6749 §4.3, Keycloak's "direct access
 * grants") with client_secret_basic, the same request every time ({@code --token-form}). The
 * comparison for the first-party JSON login ({@code login} scenario) of a server without that grant.
 * 429 and 503 count apart, as in the other login scenarios.
 */
final class PasswordGrantScenario implements Scenario {

    private final Request request;

    PasswordGrantScenario(HttpTarget target, String tokenPath, String form, String clientId, String clientSecret) {
        this.request = target.postForm(tokenPath, form, clientId, clientSecret);
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
        Outcome outcome = Outcome.ofStatusUnderStorm(response.status());
        if (outcome == Outcome.OK && response.field("access_token") == null) {
            return Outcome.INVALID;
        }
        return outcome;
    }
}
