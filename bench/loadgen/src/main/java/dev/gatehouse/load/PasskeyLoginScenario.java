package dev.gatehouse.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Passwordless passkey sign-ins (API.md §7): {@code POST /api/v1/login/passkey/options} gives a
 * challenge for a discoverable credential, a {@link SoftAuthenticator} of the generator signs it (ES256
 * on P-256, user verified, its counter growing by one per use) and {@code POST /api/v1/login/passkey}
 * answers the tokens; the two requests are one measured sign-in. Setup signs up this connection's
 * share of the pool (users i, i+N, ...) and registers one passkey each through the account API.
 * The origin is the issuer's: that of the {@code --url} the generator targets.
 */
final class PasskeyLoginScenario extends TwoStepSignIns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String origin;
    /** Per user; each belongs to one connection's thread (its counter is not shared). */
    private final SoftAuthenticator[] keys;

    PasskeyLoginScenario(HttpTarget target, Accounts accounts, Credentials[] users, int connections, String origin) {
        super("passkey_login", target, accounts, users, connections);
        this.origin = origin;
        this.keys = new SoftAuthenticator[users.length];
    }

    @Override
    void addFactor(HttpConnection conn, int i, String access) throws IOException {
        Response options = expect(conn.send(target.postJson("/api/v1/me/passkeys/options", "{}", access)), 200, "passkey options");
        JsonNode o = JSON.readTree(options.body());
        SoftAuthenticator key = new SoftAuthenticator(origin);
        String credential = key.register(o.path("rp").path("id").asText(), o.path("challenge").asText(), o.path("user").path("id").asText());
        expect(conn.send(target.postJson("/api/v1/me/passkeys", "{\"credential\":" + credential + "}", access)), 201, "passkey registration");
        keys[i] = key;
    }

    @Override
    public Request next(ConnState state) {
        firstStep(state);
        return target.postJson("/api/v1/login/passkey/options", "{}", null);
    }

    @Override
    public Request followUp(ConnState state, Response response) {
        int c = state.index();
        String challengeId = response.field("challenge_id");
        String challenge = response.field("challenge");
        String rpId = response.field("rpId");
        if (response.status() != 200 || challengeId == null || challenge == null || rpId == null || !secondStep(state)) {
            return null;
        }
        // The user who picks a passkey: this connection's users in turn.
        int user = c + (int) (state.nextIteration() % share(c)) * connections;
        return target.postJson("/api/v1/login/passkey", "{\"challenge_id\":\"" + challengeId + "\",\"credential\":"
                + keys[user].assertion(rpId, challenge) + "}", null);
    }
}
