package dev.gatehouse.cli;

import dev.gatehouse.admin.Paging;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.admin.UserSummary;
import dev.gatehouse.admin.UserView;
import dev.gatehouse.account.User;
import dev.gatehouse.bootstrap.Gatehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The everyday user commands beside {@code user create}: each calls the admin API's service
 * ({@link UserAdmin}) with the operator as actor, so the checks, the session revocations and the audit
 * events ({@code admin_user_update}, {@code admin_user_delete}, ...; actor {@code cli}) are the API's.
 * A user is named by id or username.
 */
final class UserAdminCommands {
    private UserAdminCommands() {}

    /** The user argument every command here takes. */
    static final class Target {
        @Parameters(index = "0", paramLabel = "USER", description = "the user's id or username")
        String user;
    }

    @Command(name = "list", description = "List users (all, or those whose username or email starts with --query).")
    static final class ListUsers implements Callable<Integer> {
        @Option(names = "--query", description = "a prefix of the username, or of the email when it contains @")
        String query;

        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                List<UserSummary> all = new ArrayList<>();
                String cursor = null;
                do {
                    Paging.Page<User> page = g.services().userAdmin().search(query, String.valueOf(Paging.MAX_LIMIT), cursor);
                    page.items().forEach(u -> all.add(UserSummary.of(u)));
                    cursor = page.nextCursor();
                } while (cursor != null);
                output.list(all, "id", "username", "email", "email_verified", "disabled", "created_at");
                return Exits.OK;
            }
        }
    }

    @Command(name = "show", description = "Show one user with roles and permissions.")
    static final class Show implements Callable<Integer> {
        @Mixin
        Target target;

        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                output.object(UserView.of(g.services().userAdmin().find(target.user)));
                return Exits.OK;
            }
        }
    }

    @Command(name = "disable", description = "Disable a user: no more sign-ins, and every session ends.")
    static final class Disable implements Callable<Integer> {
        @Mixin
        Target target;

        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            return setDisabled(options, output, target, true);
        }
    }

    @Command(name = "enable", description = "Enable a disabled user again.")
    static final class Enable implements Callable<Integer> {
        @Mixin
        Target target;

        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            return setDisabled(options, output, target, false);
        }
    }

    /** PATCH /admin/v1/users/{id} with {"disabled": ...}. */
    private static int setDisabled(ConfigOptions options, Output output, Target target, boolean disabled) {
        try (Gatehouse g = options.open()) {
            UserAdmin users = g.services().userAdmin();
            String id = users.find(target.user).user().id();
            output.result(UserView.of(users.update(RoleCommand.CLI, id, Optional.empty(), false, Optional.empty(), disabled, null)));
            return Exits.OK;
        }
    }

    @Command(name = "delete", description = "Delete a user and end every session; prints nothing on standard output.")
    static final class Delete implements Callable<Integer> {
        @Mixin
        Target target;

        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                UserAdmin users = g.services().userAdmin();
                User user = users.find(target.user).user();
                users.delete(RoleCommand.CLI, user.id());
                System.err.println("deleted user " + user.username() + " (" + user.id() + ")");
                return Exits.OK;
            }
        }
    }

    /**
     * Sends the user a password reset link, as POST /admin/v1/users/{id}/password-reset does: the operator
     * never learns or chooses the password, and the user's second factors stay. The mail is queued in the
     * database; the running server sends it (with mail.transport=log, into its log).
     */
    @Command(name = "reset-password", description = "Mail the user a password reset link (the server sends it; the operator never sees it).")
    static final class ResetPassword implements Callable<Integer> {
        @Mixin
        Target target;

        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                UserAdmin users = g.services().userAdmin();
                User user = users.find(target.user).user();
                users.triggerReset(RoleCommand.CLI, user.id());
                System.err.println("queued a password reset mail to " + user.email() + " for user " + user.username());
                return Exits.OK;
            }
        }
    }
}
