package dev.gatehouse.store.jdbi;

import dev.gatehouse.oauth.client.ClientStore;
import dev.gatehouse.oauth.client.ClientType;
import dev.gatehouse.oauth.client.OAuthClient;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

public final class JdbiClientStore implements ClientStore {
    private static final String COLUMNS = """
            client_id, name, client_type, secret_hash, token_endpoint_auth_method, redirect_uris,
            post_logout_redirect_uris, grant_types, scopes, jwks, jwks_uri, first_party, access_token_ttl_seconds,
            refresh_token_ttl_seconds, id_token_signed_response_alg, access_token_signed_response_alg, audience, require_mfa, web_origins, created_at""";

    private final Jdbi jdbi;

    public JdbiClientStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(OAuthClient c, String secretHash) {
        try {
            jdbi.useHandle(h -> bindAll(h.createUpdate("""
                            INSERT INTO oauth_clients (client_id, name, client_type, secret_hash, token_endpoint_auth_method,
                              redirect_uris, post_logout_redirect_uris, grant_types, scopes, jwks, jwks_uri, first_party,
                              access_token_ttl_seconds, refresh_token_ttl_seconds, id_token_signed_response_alg,
                              access_token_signed_response_alg, audience, require_mfa, web_origins, created_at, updated_at)
                            VALUES (:id, :name, :type, :secret, :method, :redirects, :logout, :grants, :scopes, :jwks,
                              :jwks_uri, :first_party, :at_ttl, :rt_ttl, :alg, :at_alg, :audience, :require_mfa, :web_origins, :created, :created)
                            """), c)
                    .bind("type", c.type().wire()).bind("secret", secretHash)
                    .bind("created", c.createdAt().toEpochMilli()).execute());
        } catch (UnableToExecuteStatementException e) {
            throw Unique.translate(e, "client_id");
        }
    }

    private static Update bindAll(Update u, OAuthClient c) {
        return u.bind("id", c.clientId()).bind("name", c.name()).bind("method", c.authMethod())
                .bind("redirects", join(c.redirectUris())).bind("logout", join(c.postLogoutRedirectUris()))
                .bind("grants", join(c.grantTypes())).bind("scopes", join(c.scopes()))
                .bind("jwks", c.jwks()).bind("jwks_uri", c.jwksUri()).bind("first_party", c.firstParty())
                .bind("at_ttl", c.accessTokenTtl() == null ? null : c.accessTokenTtl().toSeconds())
                .bind("rt_ttl", c.refreshTokenTtl() == null ? null : c.refreshTokenTtl().toSeconds())
                .bind("alg", c.idTokenSignedResponseAlg()).bind("at_alg", c.accessTokenSignedResponseAlg())
                .bind("audience", join(c.audience())).bind("require_mfa", c.requireMfa())
                .bind("web_origins", join(c.webOrigins()));
    }

    @Override
    public Optional<Stored> find(String clientId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM oauth_clients WHERE client_id = :id")
                .bind("id", clientId)
                .map((rs, ctx) -> new Stored(map(rs, ctx), rs.getString("secret_hash"))).findOne());
    }

    @Override
    public List<OAuthClient> list(String afterClientId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM oauth_clients WHERE (:after IS NULL OR client_id > :after) ORDER BY client_id LIMIT :limit")
                .bind("after", afterClientId).bind("limit", limit).map(JdbiClientStore::map).list());
    }

    @Override
    public boolean update(OAuthClient c, Instant now) {
        return jdbi.withHandle(h -> bindAll(h.createUpdate("""
                        UPDATE oauth_clients SET name = :name, token_endpoint_auth_method = :method, redirect_uris = :redirects,
                          post_logout_redirect_uris = :logout, grant_types = :grants, scopes = :scopes, jwks = :jwks,
                          jwks_uri = :jwks_uri, first_party = :first_party, access_token_ttl_seconds = :at_ttl,
                          refresh_token_ttl_seconds = :rt_ttl, id_token_signed_response_alg = :alg,
                          access_token_signed_response_alg = :at_alg, audience = :audience, require_mfa = :require_mfa,
                          web_origins = :web_origins, updated_at = :now
                         WHERE client_id = :id
                        """), c).bind("now", now.toEpochMilli()).execute()) > 0;
    }

    @Override
    public boolean updateSecret(String clientId, String secretHash, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate(
                        "UPDATE oauth_clients SET secret_hash = :secret, updated_at = :now WHERE client_id = :id")
                .bind("secret", secretHash).bind("now", now.toEpochMilli()).bind("id", clientId).execute()) > 0;
    }

    @Override
    public boolean delete(String clientId) {
        return jdbi.withHandle(h -> {
            h.createUpdate("DELETE FROM client_assertion_jtis WHERE client_id = :id").bind("id", clientId).execute();
            return h.createUpdate("DELETE FROM oauth_clients WHERE client_id = :id").bind("id", clientId).execute() > 0;
        });
    }

    @Override
    public List<OAuthClient> withWebOrigins() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM oauth_clients WHERE web_origins <> ''")
                .map(JdbiClientStore::map).list());
    }

    @Override
    public boolean rememberAssertion(String clientId, String jti, Instant expiresAt, Instant now) {
        // One statement decides a parallel replay: the primary key lets exactly one insert through. A
        // row whose assertion has expired may be taken over (its jti can no longer be replayed anyway).
        return jdbi.withHandle(h -> h.createUpdate("""
                        INSERT INTO client_assertion_jtis (client_id, jti, expires_at) VALUES (:client, :jti, :exp)
                        ON CONFLICT (client_id, jti) DO UPDATE SET expires_at = excluded.expires_at
                         WHERE client_assertion_jtis.expires_at <= :now
                        """)
                .bind("client", clientId).bind("jti", jti).bind("exp", expiresAt.toEpochMilli())
                .bind("now", now.toEpochMilli()).execute()) == 1;
    }

    private static String join(List<String> values) {
        return String.join(" ", values);
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    private static OAuthClient map(ResultSet rs, StatementContext ctx) throws SQLException {
        long at = rs.getLong("access_token_ttl_seconds");
        Duration accessTtl = rs.wasNull() ? null : Duration.ofSeconds(at);
        long rt = rs.getLong("refresh_token_ttl_seconds");
        Duration refreshTtl = rs.wasNull() ? null : Duration.ofSeconds(rt);
        return new OAuthClient(rs.getString("client_id"), rs.getString("name"), ClientType.fromWire(rs.getString("client_type")),
                split(rs.getString("redirect_uris")), split(rs.getString("post_logout_redirect_uris")),
                split(rs.getString("grant_types")), split(rs.getString("scopes")), rs.getString("token_endpoint_auth_method"),
                rs.getString("jwks"), rs.getString("jwks_uri"), rs.getBoolean("first_party"), accessTtl, refreshTtl,
                rs.getString("id_token_signed_response_alg"), rs.getString("access_token_signed_response_alg"),
                Rows.instant(rs, "created_at"), split(rs.getString("audience")), rs.getBoolean("require_mfa"),
                split(rs.getString("web_origins")));
    }
}
