package dev.gatehouse.load;

/**
 * {@code POST /oauth2/token} with {@code grant_type=client_credentials} and client_secret_basic:
 * client authentication (one SHA-256 and a client read) plus signing a token. The request never
 * changes, so it is encoded once.
 */
final class ClientCredentialsScenario implements Scenario {

    private final Request request;

    ClientCredentialsScenario(HttpTarget target, String tokenPath, String clientId, String clientSecret) {
        this.request = target.postForm(tokenPath, "grant_type=client_credentials", clientId, clientSecret);
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
        Outcome outcome = Outcome.ofStatus(response.status());
        if (outcome == Outcome.OK && response.field("access_token") == null) {
            return Outcome.INVALID;
        }
        return outcome;
    }
}
