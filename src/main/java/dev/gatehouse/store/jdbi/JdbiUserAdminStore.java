package dev.gatehouse.store.jdbi;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.User;
import dev.gatehouse.admin.UserAdminStore;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.UniqueViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

public final class JdbiUserAdminStore implements UserAdminStore {
    private static final String COLUMNS = "id, username, email, email_verified, name, password_hash, disabled, created_at";
    private static final String ADMIN = "admin";

    private final Jdbi jdbi;

    public JdbiUserAdminStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<Hit> byUsername(String from, String to, String after, int limit) {
        return search("username_norm", from, to, after, limit);
    }

    @Override
    public List<Hit> byEmail(String from, String to, String after, int limit) {
        return search("email_norm", from, to, after, limit);
    }

    /**
     * A range scan of the column's unique index in index order, stopped by LIMIT: the cost is the
     * page, not the number of matches. A range rather than LIKE, which neither database turns into
     * an index range under its default settings.
     */
    private List<Hit> search(String column, String from, String to, String after, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", " + column + " AS k FROM users WHERE " + column + " >= :from");
        if (to != null) sql.append(" AND ").append(column).append(" < :to");
        if (after != null) sql.append(" AND ").append(column).append(" > :after");
        sql.append(" ORDER BY ").append(column).append(" LIMIT :limit");
        return jdbi.withHandle(h -> {
            var q = h.createQuery(sql.toString()).bind("from", from).bind("limit", limit);
            if (to != null) q.bind("to", to);
            if (after != null) q.bind("after", after);
            return q.map((rs, ctx) -> new Hit(new User(rs.getString("id"), rs.getString("username"), rs.getString("email"),
                        rs.getBoolean("email_verified"), rs.getString("name"), null, rs.getBoolean("disabled"),
                        Rows.instant(rs, "created_at")), rs.getString("k")))
                .list();
        });
    }

    /**
     * One batch of each statement in one transaction: the common case, a batch of new users, costs
     * two round trips and one commit. When a unique index refuses any of them the transaction is
     * rolled back and the batch written again one user at a time, each inside a savepoint, so a
     * duplicate leaves out only itself (PostgreSQL aborts the whole transaction on an error outside
     * a savepoint).
     */
    @Override
    public List<Inserted> insertAll(List<AccountService.NewAccount> users) {
        if (users.isEmpty()) return List.of();
        try {
            jdbi.useTransaction(h -> {
                PreparedBatch batch = h.prepareBatch(JdbiUserStore.INSERT_USER).define(LiveSessionWrites.KEEPS_LIVE_SESSIONS, true);
                for (AccountService.NewAccount a : users) JdbiUserStore.bindUser(batch, a.user(), a.usernameNorm(), a.emailNorm()).add();
                batch.execute();
                insertRoles(h, users);
            });
            return java.util.Collections.nCopies(users.size(), Inserted.DONE);
        } catch (UnableToExecuteStatementException e) {
            if (!(Unique.translate(e) instanceof UniqueViolation)) throw e;
        }
        return jdbi.inTransaction(h -> {
            List<Inserted> out = new ArrayList<>(users.size());
            for (AccountService.NewAccount a : users) {
                h.savepoint("import_user");
                try {
                    JdbiUserStore.bindUser(h.createUpdate(JdbiUserStore.INSERT_USER), a.user(), a.usernameNorm(), a.emailNorm())
                            .define(LiveSessionWrites.KEEPS_LIVE_SESSIONS, true).execute();
                    insertRoles(h, List.of(a));
                    h.releaseSavepoint("import_user");
                    out.add(Inserted.DONE);
                } catch (UnableToExecuteStatementException e) {
                    RuntimeException translated = Unique.translate(e, "email", "username");
                    if (!(translated instanceof UniqueViolation u)) throw e;
                    h.rollbackToSavepoint("import_user");
                    out.add("email".equals(u.field()) ? Inserted.EMAIL_TAKEN : Inserted.USERNAME_TAKEN);
                }
            }
            return out;
        });
    }

    private static void insertRoles(Handle h, List<AccountService.NewAccount> users) {
        PreparedBatch roles = h.prepareBatch(JdbiUserStore.INSERT_ROLE).define(LiveSessionWrites.KEEPS_LIVE_SESSIONS, true);
        for (AccountService.NewAccount a : users) {
            for (String role : a.roles()) roles.bind("user", a.user().id()).bind("role", role).add();
        }
        if (roles.size() > 0) roles.execute();
    }

    @Override
    public Change setFlags(String userId, Boolean disabled, Boolean emailVerified, Instant now) {
        return guarded(userId, h -> {
            StringBuilder set = new StringBuilder("updated_at = :now");
            if (disabled != null) set.append(", disabled = :disabled");
            if (emailVerified != null) set.append(", email_verified = :verified");
            var update = h.createUpdate("UPDATE users SET " + set + " WHERE id = :id").bind("now", now.toEpochMilli()).bind("id", userId);
            if (disabled != null) update.bind("disabled", disabled.booleanValue());
            if (emailVerified != null) update.bind("verified", emailVerified.booleanValue());
            int n = update.execute();
            if (n > 0 && Boolean.TRUE.equals(disabled)) {
                // SECURITY.md: user disable ends sessions at once, in the same commit as the flag.
                h.createUpdate("UPDATE sessions SET revoked_at = :now WHERE user_id = :id AND revoked_at IS NULL")
                        .bind("now", now.toEpochMilli()).bind("id", userId).execute();
            }
            return n > 0;
        });
    }

    @Override
    public Change setRoles(String userId, List<String> roles) {
        return guarded(userId, h -> {
            if (h.createQuery("SELECT 1 FROM users WHERE id = :id").bind("id", userId).mapTo(Integer.class).findOne().isEmpty()) {
                return false;
            }
            h.createUpdate("DELETE FROM user_roles WHERE user_id = :id").bind("id", userId).execute();
            if (!roles.isEmpty()) {
                var batch = h.prepareBatch("INSERT INTO user_roles (user_id, role_name) VALUES (:user, :role)");
                for (String role : roles) batch.bind("user", userId).bind("role", role).add();
                try {
                    batch.execute();
                } catch (UnableToExecuteStatementException e) {
                    // A role deleted between the caller's lookup and this insert: the foreign key
                    // refuses it, and the whole change rolls back.
                    if (isForeignKey(e)) throw new DomainException(ErrorCode.UNKNOWN_ROLE, "A role was deleted meanwhile; try again");
                    throw e;
                }
            }
            return true;
        });
    }

    @Override
    public Change addRole(String userId, String role) {
        return guarded(userId, h -> {
            if (!exists(h, userId)) return false;
            try {
                // Portable "insert unless present": the guarded transaction serialises role changes on both databases.
                h.createUpdate("""
                        INSERT INTO user_roles (user_id, role_name) SELECT :user, :role
                        WHERE NOT EXISTS (SELECT 1 FROM user_roles WHERE user_id = :user AND role_name = :role)""")
                        .bind("user", userId).bind("role", role).execute();
            } catch (UnableToExecuteStatementException e) {
                if (isForeignKey(e)) throw new DomainException(ErrorCode.UNKNOWN_ROLE, "A role was deleted meanwhile; try again");
                throw e;
            }
            return true;
        });
    }

    @Override
    public Change removeRole(String userId, String role) {
        return guarded(userId, h -> {
            if (!exists(h, userId)) return false;
            h.createUpdate("DELETE FROM user_roles WHERE user_id = :user AND role_name = :role").bind("user", userId).bind("role", role).execute();
            return true;
        });
    }

    private static boolean exists(Handle h, String userId) {
        return h.createQuery("SELECT 1 FROM users WHERE id = :id").bind("id", userId).mapTo(Integer.class).findOne().isPresent();
    }

    @Override
    public Change delete(String userId) {
        return guarded(userId, h -> h.createUpdate("DELETE FROM users WHERE id = :id").bind("id", userId).execute() > 0);
    }

    /**
     * Runs a change that may take away an enabled admin, race-safe on both databases: every such
     * change first writes the admin role's row, which serialises them (PostgreSQL holds the row lock
     * to commit, and READ COMMITTED lets each later statement see the earlier commits; SQLite
     * transactions take the one write lock at BEGIN IMMEDIATE). Then it counts the enabled admins
     * before and after in the same transaction and rolls back if the change took the last one away.
     * Two concurrent demotions of the last two admins: the second one sees the first one's commit.
     */
    private Change guarded(String userId, Function<Handle, Boolean> change) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE roles SET built_in = built_in WHERE name = :admin").bind("admin", ADMIN).execute();
            int before = enabledAdmins(h);
            if (!change.apply(h)) {
                h.rollback();
                return Change.NOT_FOUND;
            }
            if (before > 0 && enabledAdmins(h) == 0) {
                h.rollback();
                return Change.LAST_ADMIN;
            }
            return Change.DONE;
        });
    }

    private static int enabledAdmins(Handle h) {
        return h.createQuery("""
                        SELECT COUNT(*) FROM user_roles ur JOIN users u ON u.id = ur.user_id
                         WHERE ur.role_name = :admin AND u.disabled = :no
                        """)
                .bind("admin", ADMIN).bind("no", false).mapTo(Integer.class).one();
    }

    private static boolean isForeignKey(UnableToExecuteStatementException e) {
        // PostgreSQL: SQLSTATE 23503; SQLite: "FOREIGN KEY constraint failed".
        return e.getCause() instanceof java.sql.SQLException sql
                && ("23503".equals(sql.getSQLState()) || String.valueOf(sql.getMessage()).contains("FOREIGN KEY constraint failed"));
    }
}
