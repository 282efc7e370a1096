package dev.gatehouse.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.gatehouse.account.User;
import dev.gatehouse.admin.Paging;
import dev.gatehouse.admin.UserAdmin;
import dev.gatehouse.admin.UserSummary;
import dev.gatehouse.admin.UserView;
import dev.gatehouse.bootstrap.Services;
import dev.gatehouse.federation.ProviderJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
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

    @Command(name = "list", description = "List users (all, or those whose username or email starts with --query).")
    static final class ListUsers extends ServiceCommand.Printing {
        @Option(names = "--query", description = "a prefix of the username, or of the email when it contains @")
        String query;

        @Override
        void run(Services s) {
            List<UserSummary> all = new ArrayList<>();
            String cursor = null;
            do {
                Paging.Page<User> page = s.userAdmin().search(query, String.valueOf(Paging.MAX_LIMIT), cursor);
                page.items().forEach(u -> all.add(UserSummary.of(u)));
                cursor = page.nextCursor();
            } while (cursor != null);
            output.list(all, "id", "username", "email", "email_verified", "disabled", "created_at");
        }
    }

    /** The user argument of the commands on one user. */
    abstract static class OnUser extends ServiceCommand.Printing {
        @Parameters(index = "0", paramLabel = "USER", description = "the user's id or username")
        String user;

        /** PATCH /admin/v1/users/{id} with {"disabled": ...}; disabling ends every session. */
        void setDisabled(UserAdmin users, boolean disabled) {
            String id = users.find(user).user().id();
            output.result(UserView.of(users.update(RoleCommand.CLI, id, Optional.empty(), false, Optional.empty(), disabled, null)));
        }
    }

    @Command(name = "show", description = "Show one user with roles, permissions and linked upstream identities.")
    static final class Show extends OnUser {
        /** As GET /admin/v1/users/{id}: the user's view and, beside its members, the linked identities. */
        @Override
        void run(Services s) {
            UserView view = UserView.of(s.userAdmin().find(user));
            Map<String, Object> shown = Output.JSON.convertValue(view, new TypeReference<LinkedHashMap<String, Object>>() {});
            shown.put("identities", s.federation().admin().list(view.id()).stream().map(i -> ProviderJson.identity(i, true)).toList());
            output.object(shown);
        }
    }

    @Command(name = "disable", description = "Disable a user: no more sign-ins, and every session ends.")
    static final class Disable extends OnUser {
        @Override
        void run(Services s) {
            setDisabled(s.userAdmin(), true);
        }
    }

    @Command(name = "enable", description = "Enable a disabled user again.")
    static final class Enable extends OnUser {
        @Override
        void run(Services s) {
            setDisabled(s.userAdmin(), false);
        }
    }

    /** The user argument of the commands that print nothing on standard output. */
    abstract static class QuietlyOnUser extends ServiceCommand {
        @Parameters(index = "0", paramLabel = "USER", description = "the user's id or username")
        String user;
    }

    @Command(name = "delete", description = "Delete a user and end every session; prints nothing on standard output.")
    static final class Delete extends QuietlyOnUser {
        @Override
        void run(Services s) {
            User found = s.userAdmin().find(user).user();
            s.userAdmin().delete(RoleCommand.CLI, found.id());
            System.err.println("deleted user " + found.username() + " (" + found.id() + ")");
        }
    }

    /**
     * Sends the user a password reset link, as POST /admin/v1/users/{id}/password-reset does: the operator
     * never learns or chooses the password, and the user's second factors stay. The mail is queued in the
     * database; the running server sends it (with mail.transport=log, into its log).
     */
    @Command(name = "reset-password", description = "Mail the user a password reset link (the server sends it; the operator never sees it).")
    static final class ResetPassword extends QuietlyOnUser {
        @Override
        void run(Services s) {
            User found = s.userAdmin().find(user).user();
            s.userAdmin().triggerReset(RoleCommand.CLI, found.id());
            System.err.println("queued a password reset mail to " + found.email() + " for user " + found.username());
        }
    }
}
