package dev.gatehouse.store.jdbi;

import dev.gatehouse.federation.UpstreamLogin;
import dev.gatehouse.federation.UpstreamLoginStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

public final class JdbiUpstreamLoginStore implements UpstreamLoginStore {
    private static final String COLUMNS = "key_hash, kind, provider_id, binding_hash, nonce, verifier_sealed, return_to_sealed, "
            + "user_id, subject, email, amr, created_at, expires_at";

    private final Jdbi jdbi;

    public JdbiUpstreamLoginStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(UpstreamLogin l) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO upstream_logins (" + COLUMNS + """
                        ) VALUES (:key, :kind, :provider, :binding, :nonce, :verifier, :returnTo, :user, :subject, :email, :amr,
                                  :created, :expires)
                        """)
                .bind("key", l.keyHash()).bind("kind", l.kind().wireName()).bind("provider", l.providerId())
                .bind("binding", l.bindingHash()).bind("nonce", l.nonce()).bind("verifier", l.verifierSealed())
                .bind("returnTo", l.returnToSealed()).bind("user", l.userId()).bind("subject", l.subject())
                .bind("email", l.email()).bind("amr", String.join(" ", l.amr()))
                .bind("created", l.createdAt().toEpochMilli()).bind("expires", l.expiresAt().toEpochMilli()).execute());
    }

    @Override
    public Optional<UpstreamLogin> find(String keyHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM upstream_logins WHERE key_hash = :key AND expires_at > :now")
                .bind("key", keyHash).bind("now", now.toEpochMilli()).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public List<UpstreamLogin> byBinding(String bindingHash, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + """
                         FROM upstream_logins WHERE binding_hash = :binding AND kind = 'round_trip' AND expires_at > :now
                         ORDER BY created_at LIMIT 10
                        """)
                .bind("binding", bindingHash).bind("now", now.toEpochMilli()).map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public boolean delete(String keyHash) {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM upstream_logins WHERE key_hash = :key").bind("key", keyHash).execute()) == 1;
    }

    private static UpstreamLogin map(ResultSet rs) throws SQLException {
        String amr = rs.getString("amr");
        return new UpstreamLogin(rs.getString("key_hash"), UpstreamLogin.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                rs.getString("provider_id"), rs.getString("binding_hash"), rs.getString("nonce"), rs.getString("verifier_sealed"),
                rs.getString("return_to_sealed"), rs.getString("user_id"), rs.getString("subject"), rs.getString("email"),
                amr == null || amr.isEmpty() ? List.of() : Arrays.asList(amr.split(" ")),
                Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at"));
    }
}
