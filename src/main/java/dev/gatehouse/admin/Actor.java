package dev.gatehouse.admin;

/**
 * Who performs an admin action: the admin's user id and client IP, for the audit log and for the
 * {@link PrivilegeGuard}. An {@code operator} is someone with the server's own configuration and
 * database in hand (the CLI): no permission check could hold them back, so none applies.
 */
public record Actor(String userId, String ip, boolean operator) {
    /** A user of the admin API: bound by the permissions of their current roles. */
    public Actor(String userId, String ip) {
        this(userId, ip, false);
    }

    /** The operator at the command line, named for the audit log. */
    public static Actor operator(String name) {
        return new Actor(name, null, true);
    }
}
