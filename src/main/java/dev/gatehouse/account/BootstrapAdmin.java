package dev.gatehouse.account;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first administrator, from configuration, so a fresh install can be administered. Created
 * once; when the name is taken (a later start, or an existing user) nothing changes.
 */
public final class BootstrapAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(BootstrapAdmin.class);

    private BootstrapAdmin() {}

    /** Does nothing when {@code username} is null (not configured). */
    public static void ensure(AccountService accounts, AuditLog audit, String username, String password) {
        if (username == null) return;
        try {
            User admin = accounts.create(username, password, null, null, List.of("user", "admin"), null);
            audit.record("bootstrap_admin", "success", admin.id(), "system", null, null, null);
            LOG.info("created bootstrap admin '{}'", username);
        } catch (DomainException e) {
            if (e.error() != ErrorCode.USERNAME_TAKEN) {
                throw new IllegalStateException("bootstrap admin: " + e.error().code() + " " + e.fieldErrors());
            }
        }
    }
}
