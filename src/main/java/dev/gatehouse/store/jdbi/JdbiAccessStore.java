package dev.gatehouse.store.jdbi;

import dev.gatehouse.rbac.Access;
import dev.gatehouse.rbac.AccessStore;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

public final class JdbiAccessStore implements AccessStore {
    /*
     * Primary-key lookups only: sessions(id), users(id), user_roles(user_id, role_name) and
     * role_permissions(role_name, permission). No row: the session or the user is not usable.
     */
    private static final String CHECK = """
            SELECT CASE WHEN EXISTS (
                       SELECT 1 FROM user_roles ur
                         JOIN role_permissions rp ON rp.role_name = ur.role_name AND rp.permission = :perm
                        WHERE ur.user_id = u.id) THEN 1 ELSE 0 END
              FROM sessions s
              JOIN users u ON u.id = s.user_id
             WHERE s.id = :sid AND s.user_id = :uid AND s.revoked_at IS NULL AND s.expires_at > :now
               AND u.disabled = :no
            """;

    private final Jdbi jdbi;

    public JdbiAccessStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Access check(String userId, String sessionId, String permission, Instant now) {
        return run(CHECK, userId, sessionId, permission, now);
    }

    private Access run(String sql, String userId, String sessionId, String permission, Instant now) {
        return jdbi.withHandle(h -> h.createQuery(sql)
                        .bind("perm", permission).bind("sid", sessionId).bind("uid", userId)
                        .bind("now", now.toEpochMilli()).bind("no", false)
                        .mapTo(Integer.class).findOne())
                .map(granted -> granted == 1 ? Access.GRANTED : Access.DENIED)
                .orElse(Access.NO_SESSION);
    }
}
