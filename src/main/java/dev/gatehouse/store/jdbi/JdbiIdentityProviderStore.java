package dev.gatehouse.store.jdbi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.config.Secret;
import dev.gatehouse.federation.IdentityProvider;
import dev.gatehouse.federation.IdentityProviderStore;
import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.ProviderType;
import dev.gatehouse.keys.MasterKey;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * Providers in {@code identity_providers}. The client secret is sealed here, with the master key and
 * the provider id as associated data, so it never reaches the database in the clear and a sealed value
 * copied to another provider's row does not open.
 */
public final class JdbiIdentityProviderStore implements IdentityProviderStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<TreeMap<String, String>> ENDPOINTS = new TypeReference<>() {};
    private static final String COLUMNS = """
            id, type, name, enabled, create_users, trust_email, link_policy, issuer, client_id, client_secret_sealed,
            scopes, audiences, tenant, team_id, key_id, endpoints, created_at, updated_at""";

    private final Jdbi jdbi;
    private final MasterKey masterKey;

    public JdbiIdentityProviderStore(Jdbi jdbi, MasterKey masterKey) {
        this.jdbi = jdbi;
        this.masterKey = masterKey;
    }

    @Override
    public void insert(IdentityProvider p) {
        try {
            jdbi.useHandle(h -> bind(h.createUpdate("INSERT INTO identity_providers (" + COLUMNS + """
                            ) VALUES (:id, :type, :name, :enabled, :create_users, :trust_email, :link_policy, :issuer,
                              :client_id, :secret, :scopes, :audiences, :tenant, :team_id, :key_id, :endpoints, :created, :updated)
                            """), p)
                    .bind("secret", seal(p.id(), p.settings().clientSecret()))
                    .bind("created", p.createdAt().toEpochMilli()).execute());
        } catch (UnableToExecuteStatementException e) {
            throw Unique.translate(e, "id");
        }
    }

    @Override
    public Optional<IdentityProvider> find(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM identity_providers WHERE id = :id")
                .bind("id", id).map(this::map).findOne());
    }

    @Override
    public List<IdentityProvider> list() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM identity_providers ORDER BY id")
                .map(this::map).list());
    }

    /** A null secret keeps the stored one; a {@link Secret} without a value erases it. */
    @Override
    public boolean update(IdentityProvider p) {
        Secret secret = p.settings().clientSecret();
        String sql = """
                UPDATE identity_providers SET type = :type, name = :name, enabled = :enabled, create_users = :create_users,
                  trust_email = :trust_email, link_policy = :link_policy, issuer = :issuer, client_id = :client_id,
                  scopes = :scopes, audiences = :audiences, tenant = :tenant, team_id = :team_id, key_id = :key_id,
                  endpoints = :endpoints, updated_at = :updated"""
                + (secret == null ? "" : ", client_secret_sealed = :secret") + " WHERE id = :id";
        return jdbi.withHandle(h -> {
            Update u = bind(h.createUpdate(sql), p);
            if (secret != null) u.bind("secret", seal(p.id(), secret));
            return u.execute();
        }) > 0;
    }

    @Override
    public boolean delete(String id) {
        // user_identities rows go with it (ON DELETE CASCADE).
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM identity_providers WHERE id = :id").bind("id", id).execute()) > 0;
    }

    private static Update bind(Update u, IdentityProvider p) {
        ProviderSettings s = p.settings();
        return u.bind("id", s.id()).bind("type", s.type().wireName()).bind("name", p.name()).bind("enabled", p.enabled())
                .bind("create_users", p.createUsers()).bind("trust_email", s.trustEmail())
                .bind("link_policy", p.linkPolicy().wireName()).bind("issuer", s.issuer()).bind("client_id", s.clientId())
                .bind("scopes", String.join(" ", s.scopes())).bind("audiences", String.join(" ", s.audiences()))
                .bind("tenant", s.tenant()).bind("team_id", s.teamId()).bind("key_id", s.keyId())
                .bind("endpoints", json(s.endpoints())).bind("updated", p.updatedAt().toEpochMilli());
    }

    private IdentityProvider map(ResultSet rs, StatementContext ctx) throws SQLException {
        String id = rs.getString("id");
        ProviderSettings settings = new ProviderSettings(id, ProviderType.valueOf(rs.getString("type").toUpperCase(Locale.ROOT)),
                rs.getString("issuer"), rs.getString("client_id"), open(id, rs.getString("client_secret_sealed")),
                split(rs.getString("scopes")), split(rs.getString("audiences")), rs.getBoolean("trust_email"),
                rs.getString("tenant"), rs.getString("team_id"), rs.getString("key_id"), endpoints(rs.getString("endpoints")));
        return new IdentityProvider(settings, rs.getString("name"), rs.getBoolean("enabled"), rs.getBoolean("create_users"),
                LinkPolicy.valueOf(rs.getString("link_policy").toUpperCase(Locale.ROOT)), Rows.instant(rs, "created_at"),
                Rows.instant(rs, "updated_at"));
    }

    /** Associated data of a sealed provider secret: its purpose and the provider id, so rows cannot be swapped. */
    static byte[] aad(String providerId) {
        return ("gatehouse/identity-provider/" + providerId).getBytes(StandardCharsets.UTF_8);
    }

    private String seal(String id, Secret secret) {
        if (secret == null || !secret.isPresent()) return null;
        return Base64.getEncoder().encodeToString(masterKey.encrypt(secret.value().getBytes(StandardCharsets.UTF_8), aad(id)));
    }

    private Secret open(String id, String sealed) {
        if (sealed == null) return new Secret(null);
        return new Secret(new String(masterKey.decrypt(Base64.getDecoder().decode(sealed), aad(id)), StandardCharsets.UTF_8));
    }

    private static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    private static String json(Map<String, String> endpoints) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(endpoints));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> endpoints(String json) {
        try {
            return json == null || json.isEmpty() ? Map.of() : JSON.readValue(json, ENDPOINTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("identity_providers.endpoints is not a JSON object of strings", e);
        }
    }
}
