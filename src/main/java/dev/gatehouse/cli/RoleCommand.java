package dev.gatehouse.cli;

import dev.gatehouse.admin.Actor;
import dev.gatehouse.admin.RoleView;
import dev.gatehouse.admin.UserView;
import dev.gatehouse.bootstrap.Services;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Roles (API.md §4) through the admin API's services, audited with actor {@code cli}. */
@Command(name = "role", description = "Role commands.", subcommands = {RoleCommand.Create.class, RoleCommand.List_.class,
        RoleCommand.Show.class, RoleCommand.Grant.class, RoleCommand.Revoke.class, RoleCommand.Delete.class})
final class RoleCommand implements Runnable {
    /** The audit log's actor for changes made from the command line. */
    static final Actor CLI = Actor.operator("cli");

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw GatehouseCommand.needsSubcommand(spec);
    }

    @Command(name = "create", description = "Create a role with the given permissions (resource:action).")
    static final class Create extends ServiceCommand.Printing {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--description")
        String description;

        @Option(names = "--permission", description = "a permission, e.g. notes:read (repeatable)")
        List<String> permissions = new ArrayList<>();

        @Override
        void run(Services s) {
            output.result(RoleView.of(s.roles().create(CLI, name, description, permissions)));
        }
    }

    @Command(name = "list", description = "List roles and their permissions.")
    static final class List_ extends ServiceCommand.Printing {
        @Override
        void run(Services s) {
            output.list(s.roles().list().stream().map(RoleView::of).toList(), "name", "built_in", "description", "permissions");
        }
    }

    @Command(name = "show", description = "Show one role.")
    static final class Show extends ServiceCommand.Printing {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        void run(Services s) {
            output.object(RoleView.of(s.roles().get(name)));
        }
    }

    /** The user and role options of grant and revoke. */
    abstract static class Assignment extends ServiceCommand.Printing {
        @Option(names = "--username", required = true, description = "the user's username or id")
        String username;

        @Option(names = "--role", required = true)
        String role;
    }

    @Command(name = "grant", description = "Give a user a role (the user's other roles stay).")
    static final class Grant extends Assignment {
        @Override
        void run(Services s) {
            output.result(UserView.of(s.userAdmin().grantRole(CLI, username, role)));
        }
    }

    @Command(name = "revoke", description = "Take a role from a user (the user's other roles stay).")
    static final class Revoke extends Assignment {
        @Override
        void run(Services s) {
            output.result(UserView.of(s.userAdmin().revokeRole(CLI, username, role)));
        }
    }

    @Command(name = "delete", description = "Delete a role (not a built-in one); its holders lose it. Prints nothing on standard output.")
    static final class Delete extends ServiceCommand {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        void run(Services s) {
            s.roles().delete(CLI, name);
            System.err.println("deleted role " + name);
        }
    }
}
