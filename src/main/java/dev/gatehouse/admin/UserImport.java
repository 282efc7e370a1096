package dev.gatehouse.admin;

import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.password.ImportedHash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Imports users from another system (API.md §8, {@code gatehouse user import}): each user is
 * checked like {@code POST /admin/v1/users} (an operator acts, so any role may be given), then a
 * batch is written in one transaction. An imported hash is stored as it is and costs nothing here;
 * a plain password is hashed, one Argon2id each.
 *
 * <p>Re-running an import is safe: a username that exists is never changed. It is reported as
 * {@code username_taken}, or as skipped with {@code skipExisting}.
 */
public final class UserImport {
    public enum Status { OK, SKIPPED, FAILED }

    /** One user of the input; {@code user} null when the record could not be read ({@code readError} says why). */
    public record Entry(String where, ImportedUser user, String readError) {}

    /** @param reason why it failed or was skipped, or the notes of an imported user; never a password or hash */
    public record Outcome(String where, String username, Status status, String reason) {}

    private final AccountService accounts;
    private final RoleAdmin roles;
    private final UserStore users;
    private final UserAdminStore store;
    private final AuditLog audit;
    private final Map<List<String>, List<String>> resolvedRoles = new HashMap<>();

    public UserImport(AccountService accounts, RoleAdmin roles, UserStore users, UserAdminStore store, AuditLog audit) {
        this.accounts = accounts;
        this.roles = roles;
        this.users = users;
        this.store = store;
        this.audit = audit;
    }

    /** Checks and writes one batch (one transaction); one outcome per entry, in order. */
    public List<Outcome> importBatch(List<Entry> entries, boolean skipExisting) {
        Outcome[] outcomes = new Outcome[entries.size()];
        List<AccountService.NewAccount> ready = new ArrayList<>();
        List<Integer> readyAt = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.user() == null) {
                outcomes[i] = new Outcome(e.where(), null, Status.FAILED, e.readError());
                continue;
            }
            ImportedUser u = e.user();
            try {
                ready.add(accounts.prepareImport(u.username(), u.password(), u.passwordHash(), u.email(), u.name(), resolve(u.roles()),
                        u.emailVerified(), u.disabled()));
                readyAt.add(i);
            } catch (DomainException ex) {
                boolean taken = ex.error() == ErrorCode.USERNAME_TAKEN;
                outcomes[i] = taken ? taken(e, skipExisting) : new Outcome(e.where(), u.username(), Status.FAILED, reason(ex, u));
            } catch (IllegalArgumentException ex) {
                // A value the checks above let through but a lower layer refuses: this user only, never the import.
                outcomes[i] = new Outcome(e.where(), u.username(), Status.FAILED, "invalid_request: " + ex.getMessage());
            }
        }
        List<UserAdminStore.Inserted> written = store.insertAll(ready);
        int imported = 0;
        for (int k = 0; k < written.size(); k++) {
            int i = readyAt.get(k);
            Entry e = entries.get(i);
            outcomes[i] = switch (written.get(k)) {
                case DONE -> {
                    imported++;
                    yield new Outcome(e.where(), e.user().username(), Status.OK, String.join("; ", e.user().notes()));
                }
                case USERNAME_TAKEN -> taken(e, skipExisting);
                // Both indexes may refuse one row and either may answer first: a username that exists decides.
                case EMAIL_TAKEN -> users.existsByUsernameNorm(ready.get(k).usernameNorm()) ? taken(e, skipExisting)
                        : new Outcome(e.where(), e.user().username(), Status.FAILED, "email_taken: another user has this email address");
            };
        }
        if (imported > 0) audit.record("user_import", "success", null, "cli", null, null, "users=" + imported);
        return List.of(outcomes);
    }

    private static Outcome taken(Entry e, boolean skipExisting) {
        return skipExisting ? new Outcome(e.where(), e.user().username(), Status.SKIPPED, "a user with this username exists")
                : new Outcome(e.where(), e.user().username(), Status.FAILED, "username_taken: a user with this username exists");
    }

    private List<String> resolve(List<String> names) {
        if (names == null) return List.of(AccountService.DEFAULT_ROLE);
        return resolvedRoles.computeIfAbsent(List.copyOf(names), roles::resolve);
    }

    /** The error code and each field's problem; for an imported hash, the defect in words. */
    private static String reason(DomainException ex, ImportedUser u) {
        if (ex.fieldErrors().isEmpty()) return ex.error().code() + (ex.getMessage() == null ? "" : ": " + ex.getMessage());
        return ex.error().code() + ": " + ex.fieldErrors().stream().map(f -> describe(f, u)).collect(Collectors.joining(", "));
    }

    private static String describe(FieldError f, ImportedUser u) {
        String text = f.field() + " " + f.code();
        if (f.field().equals("password_hash") && u.passwordHash() != null && !u.passwordHash().isEmpty()) {
            text += ImportedHash.problem(u.passwordHash()).map(p -> " (" + p.detail() + ")").orElse("");
        }
        return text;
    }
}
