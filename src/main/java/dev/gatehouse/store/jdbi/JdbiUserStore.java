package dev.gatehouse.store.jdbi;

import dev.gatehouse.account.Identifiers;
import dev.gatehouse.account.LiveSessionClaims;
import dev.gatehouse.account.LiveSessionUser;
import dev.gatehouse.account.User;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.rbac.Grants;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

public final class JdbiUserStore implements UserStore {
    private static final String COLUMNS_WITH_GRANTS = """
            SELECT u.id, u.username, u.email, u.email_verified, u.name, u.password_hash, u.disabled, u.created_at,
                   ur.role_name, rp.permission""";
    private static final String FROM_WITH_GRANTS = """

              FROM users u
              LEFT JOIN user_roles ur ON ur.user_id = u.id
              LEFT JOIN role_permissions rp ON rp.role_name = ur.role_name
            """;
    private static final String SELECT_WITH_GRANTS = COLUMNS_WITH_GRANTS + FROM_WITH_GRANTS;

    static final String INSERT_USER = """
            INSERT INTO users (id, username, username_norm, username_skeleton, email, email_norm, email_verified, name,
                               password_hash, disabled, created_at, updated_at)
            VALUES (:id, :username, :usernameNorm, :skeleton, :email, :emailNorm, :verified, :name, :hash, :disabled, :now, :now)
            """;
    static final String INSERT_ROLE = "INSERT INTO user_roles (user_id, role_name) VALUES (:user, :role)";

    private final Jdbi jdbi;

    /** The parameters of {@link #INSERT_USER}, on a single statement or a batch. */
    static <T extends SqlStatement<T>> T bindUser(T statement, User user, String usernameNorm, String emailNorm) {
        return statement.bind("id", user.id()).bind("username", user.username()).bind("usernameNorm", usernameNorm)
                .bind("skeleton", Identifiers.skeleton(usernameNorm))
                .bind("email", user.email()).bind("emailNorm", emailNorm).bind("verified", user.emailVerified())
                .bind("name", user.name()).bind("hash", user.passwordHash()).bind("disabled", user.disabled())
                .bind("now", user.createdAt().toEpochMilli());
    }

    public JdbiUserStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(User user, String usernameNorm, String emailNorm, List<String> roles) {
        try {
            jdbi.useTransaction(h -> {
                bindUser(h.createUpdate(INSERT_USER), user, usernameNorm, emailNorm)
                        .define(LiveSessionWrites.KEEPS_LIVE_SESSIONS, true) // a new user: no session yet
                        .execute();
                if (!roles.isEmpty()) {
                    var batch = h.prepareBatch(INSERT_ROLE).define(LiveSessionWrites.KEEPS_LIVE_SESSIONS, true);
                    for (String role : roles) batch.bind("user", user.id()).bind("role", role).add();
                    batch.execute();
                }
            });
        } catch (UnableToExecuteStatementException e) {
            throw Unique.translate(e, "email", "username");
        }
    }

    @Override
    public Optional<UserWithGrants> findByLogin(String normalizedIdentifier) {
        return query(SELECT_WITH_GRANTS + " WHERE u.username_norm = :id OR u.email_norm = :id", normalizedIdentifier);
    }

    @Override
    public Optional<UserWithGrants> findById(String id) {
        return query(SELECT_WITH_GRANTS + " WHERE u.id = :id", id);
    }

    @Override
    public Optional<LiveSessionUser> findByLiveSession(String userId, String sessionId, Instant now) {
        return query(COLUMNS_WITH_GRANTS + ", s.expires_at AS session_expires_at" + FROM_WITH_GRANTS + """
                  JOIN sessions s ON s.user_id = u.id
                 WHERE u.id = :id AND s.id = :sid AND s.revoked_at IS NULL AND s.expires_at > :now
                """, userId, q -> q.bind("sid", sessionId).bind("now", now.toEpochMilli()),
                (rs, ctx) -> Rows.instant(rs, "session_expires_at"))
                .map(found -> new LiveSessionUser(found.user(), found.extra()));
    }

    @Override
    public Optional<LiveSessionClaims> findClaimsByLiveSession(String userId, String sessionId, Instant now) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT u.id, u.username, u.email, u.email_verified, u.name, u.disabled, s.expires_at
                          FROM sessions s
                          JOIN users u ON u.id = s.user_id
                         WHERE s.id = :sid AND u.id = :id AND s.revoked_at IS NULL AND s.expires_at > :now
                        """).bind("sid", sessionId).bind("id", userId).bind("now", now.toEpochMilli())
                .map((rs, ctx) -> new LiveSessionClaims(rs.getString("id"), rs.getString("username"), rs.getString("email"),
                        rs.getBoolean("email_verified"), rs.getString("name"), rs.getBoolean("disabled"), Rows.instant(rs, "expires_at")))
                .findOne());
    }

    private Optional<UserWithGrants> query(String sql, String id) {
        return query(sql, id, q -> q, (rs, ctx) -> null).map(Found::user);
    }

    /** One row per (role, permission) pair, folded into one user; {@code extra} reads one more column of the first row. */
    private <T> Optional<Found<T>> query(String sql, String id, UnaryOperator<Query> binds, RowMapper<T> extra) {
        record Row<T>(User user, String role, String permission, T extra) {}
        List<Row<T>> rows = jdbi.withHandle(h -> binds.apply(h.createQuery(sql).bind("id", id)).map((rs, ctx) -> new Row<>(
                new User(rs.getString("id"), rs.getString("username"), rs.getString("email"), rs.getBoolean("email_verified"),
                        rs.getString("name"), rs.getString("password_hash"), rs.getBoolean("disabled"), Rows.instant(rs, "created_at")),
                rs.getString("role_name"), rs.getString("permission"), extra.map(rs, ctx))).list());
        if (rows.isEmpty()) return Optional.empty();
        Set<String> roles = new HashSet<>();
        Set<String> permissions = new HashSet<>();
        for (Row<T> row : rows) {
            if (row.role() != null) roles.add(row.role());
            if (row.permission() != null) permissions.add(row.permission());
        }
        Row<T> first = rows.get(0);
        return Optional.of(new Found<>(new UserWithGrants(first.user(), new Grants(new ArrayList<>(roles), permissions)), first.extra()));
    }

    private record Found<T>(UserWithGrants user, T extra) {}

    @Override
    public boolean existsByUsernameNorm(String usernameNorm) {
        return jdbi.withHandle(h -> h.createQuery("SELECT 1 FROM users WHERE username_norm = :u")
                .bind("u", usernameNorm).mapTo(Integer.class).findOne().isPresent());
    }

    @Override
    public void updatePasswordHash(String userId, String passwordHash, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .bind("hash", passwordHash).bind("now", now.toEpochMilli()).bind("id", userId).execute());
    }

    @Override
    public void updateLocale(String userId, String locale) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE users SET locale = :locale WHERE id = :id AND (locale IS NULL OR locale <> :locale)")
                .bind("locale", locale).bind("id", userId).execute());
    }

    @Override
    public Optional<String> locale(String userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(locale, '') FROM users WHERE id = :id").bind("id", userId)
                .mapTo(String.class).findFirst()).filter(l -> !l.isEmpty());
    }

    @Override
    public boolean replacePasswordHash(String userId, String expected, String replacement, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE users SET password_hash = :hash, updated_at = :now WHERE id = :id AND password_hash = :expected
                        """)
                .bind("hash", replacement).bind("now", now.toEpochMilli()).bind("id", userId).bind("expected", expected)
                .execute()) == 1;
    }

    @Override
    public void updateProfile(String userId, String name, String email, String emailNorm, boolean emailVerified, Instant now) {
        try {
            jdbi.useHandle(h -> h.createUpdate("""
                            UPDATE users SET name = :name, email = :email, email_norm = :emailNorm,
                                             email_verified = :verified, updated_at = :now
                             WHERE id = :id
                            """)
                    .bind("name", name).bind("email", email).bind("emailNorm", emailNorm).bind("verified", emailVerified)
                    .bind("now", now.toEpochMilli()).bind("id", userId).execute());
        } catch (UnableToExecuteStatementException e) {
            throw Unique.translate(e, "email");
        }
    }

    @Override
    public void setVerifiedEmail(String userId, String email, String emailNorm, Instant now) {
        try {
            jdbi.useHandle(h -> h.createUpdate("""
                            UPDATE users SET email = :email, email_norm = :emailNorm, email_verified = :verified, updated_at = :now
                             WHERE id = :id
                            """)
                    .bind("email", email).bind("emailNorm", emailNorm).bind("verified", true)
                    .bind("now", now.toEpochMilli()).bind("id", userId).execute());
        } catch (UnableToExecuteStatementException e) {
            throw Unique.translate(e, "email");
        }
    }
}
