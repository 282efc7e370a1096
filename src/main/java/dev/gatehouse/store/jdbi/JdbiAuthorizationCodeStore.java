package dev.gatehouse.store.jdbi;

import dev.gatehouse.oauth.authorize.AuthorizationCode;
import dev.gatehouse.oauth.authorize.AuthorizationCodeStore;
import dev.gatehouse.oauth.authorize.FirstRedemption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

public final class JdbiAuthorizationCodeStore implements AuthorizationCodeStore {
    private static final String COLUMNS = "client_id, user_id, redirect_uri, scope, nonce, code_challenge, auth_time, amr, "
            + "login_session_id, created_at, expires_at, resource";

    private final Jdbi jdbi;

    public JdbiAuthorizationCodeStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(String codeHash, AuthorizationCode c) {
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO authorization_codes (code_hash, client_id, user_id, redirect_uri, scope, nonce, code_challenge,
                                                         auth_time, amr, login_session_id, created_at, expires_at, resource)
                        VALUES (:hash, :client, :user, :redirect, :scope, :nonce, :challenge, :auth, :amr, :login, :created, :expires,
                                :resource)
                        """)
                .bind("hash", codeHash).bind("client", c.clientId()).bind("user", c.userId()).bind("redirect", c.redirectUri())
                .bind("scope", String.join(" ", c.scope())).bind("nonce", c.nonce()).bind("challenge", c.codeChallenge())
                .bind("auth", c.authTime().toEpochMilli()).bind("amr", String.join(" ", c.amr())).bind("login", c.loginSessionId())
                .bind("created", c.createdAt().toEpochMilli()).bind("expires", c.expiresAt().toEpochMilli())
                .bind("resource", c.resources().isEmpty() ? null : String.join(" ", c.resources()))
                .execute());
    }

    @Override
    public Optional<AuthorizationCode> redeem(String codeHash, Instant now) {
        // One conditional UPDATE: of N parallel redemptions exactly one sees used_at IS NULL.
        return jdbi.withHandle(h -> h.createQuery("""
                        UPDATE authorization_codes SET used_at = :now
                         WHERE code_hash = :hash AND used_at IS NULL AND expires_at > :now
                        RETURNING\s""" + COLUMNS)
                .bind("now", now.toEpochMilli()).bind("hash", codeHash)
                .map(JdbiAuthorizationCodeStore::map).findOne());
    }

    @Override
    public Optional<FirstRedemption> markReused(String codeHash, Instant now) {
        // On PostgreSQL this waits for a redemption transaction that holds the row (naming its session)
        // and then returns what it committed; on SQLite writes take turns.
        return jdbi.withHandle(h -> h.createQuery("""
                        UPDATE authorization_codes SET reused_at = :now
                         WHERE code_hash = :hash AND used_at IS NOT NULL
                        RETURNING session_id, session_created_at""")
                .bind("now", now.toEpochMilli()).bind("hash", codeHash)
                .map((rs, ctx) -> new FirstRedemption(rs.getString("session_id"), Rows.instant(rs, "session_created_at"))).findOne());
    }

    private static AuthorizationCode map(ResultSet rs, StatementContext ctx) throws SQLException {
        String scope = rs.getString("scope");
        String amr = rs.getString("amr");
        String resource = rs.getString("resource");
        return new AuthorizationCode(rs.getString("client_id"), rs.getString("user_id"), rs.getString("redirect_uri"),
                scope.isEmpty() ? List.of() : Arrays.asList(scope.split(" ")), rs.getString("nonce"), rs.getString("code_challenge"),
                Rows.instant(rs, "auth_time"), amr.isEmpty() ? List.of() : Arrays.asList(amr.split(" ")),
                rs.getString("login_session_id"), Rows.instant(rs, "created_at"), Rows.instant(rs, "expires_at"),
                resource == null || resource.isEmpty() ? List.of() : Arrays.asList(resource.split(" ")));
    }
}
