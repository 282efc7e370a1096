package dev.gatehouse.load;

import java.io.IOException;

/**
 * Federated sign-ins through the native-app endpoint ({@code POST /api/v1/login/idp/{id}}) with ID
 * tokens of {@link UpstreamStub}, over a pool of K upstream users: the counterpart of the login
 * scenario without a password hash. Setup signs each user in once (the first sign-in creates the
 * account), so the loop measures returning users.
 */
final class IdpLoginScenario extends PooledLogins {

    IdpLoginScenario(HttpTarget target, UpstreamStub upstream, String idp, String userPrefix, int users, int connections) {
        super(requests(target, upstream, idp, userPrefix, users), connections);
    }

    private static Request[] requests(HttpTarget target, UpstreamStub upstream, String idp, String userPrefix, int users) {
        Request[] logins = new Request[users];
        for (int i = 0; i < users; i++) {
            logins[i] = target.postJson("/api/v1/login/idp/" + idp,
                    JsonFields.object("id_token", upstream.idToken(userPrefix + i)), null);
        }
        return logins;
    }

    @Override
    public void setup(HttpConnection conn, ConnState state) throws IOException {
        if (state.registered()) {
            return;
        }
        for (int i = state.index(); i < size(); i += connections()) {
            Response response = conn.send(login(i));
            if (!response.isSuccess()) {
                throw new Accounts.SetupException("first federated sign-in answered " + response.status() + ": "
                        + response.bodyText());
            }
        }
        state.registered(true);
    }
}
