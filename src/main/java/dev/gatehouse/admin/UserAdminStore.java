package dev.gatehouse.admin;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.User;
import java.time.Instant;
import java.util.List;

/** What user administration needs from storage beyond the account package's {@code UserStore}. */
public interface UserAdminStore {
    /** A user and the normalised key it was found by (the keyset position for the next page). */
    record Hit(User user, String key) {}

    enum Change { DONE, NOT_FOUND, LAST_ADMIN }

    /** What became of one user of {@link #insertAll}. */
    enum Inserted { DONE, USERNAME_TAKEN, EMAIL_TAKEN }

    /**
     * Users whose normalised username is in [{@code from}, {@code to}) ({@code to} null: unbounded)
     * and greater than {@code after} (null: from the start), in code-point order, at most {@code limit}.
     */
    List<Hit> byUsername(String from, String to, String after, int limit);

    /** The same over normalised emails. */
    List<Hit> byEmail(String from, String to, String after, int limit);

    /**
     * Sets {@code disabled} and/or {@code emailVerified} (null: unchanged). Disabling revokes every
     * session in the same transaction, and is refused when it would leave no enabled admin.
     */
    Change setFlags(String userId, Boolean disabled, Boolean emailVerified, Instant now);

    /** Replaces the user's roles (stored names); refused when it would leave no enabled admin. */
    Change setRoles(String userId, List<String> roles);

    /**
     * Adds one role (stored name) to the user's roles, in one statement: two grants at once both land,
     * where read-then-{@link #setRoles} would lose one. Holding it already is fine.
     */
    Change addRole(String userId, String role);

    /** Takes one role (stored name) from the user; not holding it is fine; refused when it would leave no enabled admin. */
    Change removeRole(String userId, String role);

    /**
     * Inserts the users in one transaction, in order, with their roles. One whose username (or a
     * look-alike of it) or email is taken, in the database or earlier in the list, is left out and
     * reported; the others are stored. The answer has one entry per user, in the same order.
     */
    List<Inserted> insertAll(List<AccountService.NewAccount> users);

    /** Deletes the user and, by cascade, its sessions and grants; refused when it would leave no enabled admin. */
    Change delete(String userId);
}
