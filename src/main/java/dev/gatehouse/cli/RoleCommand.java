package dev.gatehouse.cli;

import dev.gatehouse.admin.Actor;
import dev.gatehouse.admin.RoleView;
import dev.gatehouse.admin.UserView;
import dev.gatehouse.bootstrap.Gatehouse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Roles (API.md §4) through the admin API's service, audited with actor {@code cli}. */
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
    static final class Create implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--description")
        String description;

        @Option(names = "--permission", description = "a permission, e.g. notes:read (repeatable)")
        List<String> permissions = new ArrayList<>();

        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                output.result(RoleView.of(g.services().roles().create(CLI, name, description, permissions)));
                return Exits.OK;
            }
        }
    }

    @Command(name = "list", description = "List roles and their permissions.")
    static final class List_ implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                output.list(g.services().roles().list().stream().map(RoleView::of).toList(), "name", "built_in", "description", "permissions");
                return Exits.OK;
            }
        }
    }

    @Command(name = "show", description = "Show one role.")
    static final class Show implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                output.object(RoleView.of(g.services().roles().get(name)));
                return Exits.OK;
            }
        }
    }

    @Command(name = "grant", description = "Give a user a role (the user's other roles stay).")
    static final class Grant implements Callable<Integer> {
        @Option(names = "--username", required = true, description = "the user's username or id")
        String username;

        @Option(names = "--role", required = true)
        String role;

        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                output.result(UserView.of(g.services().userAdmin().grantRole(CLI, username, role)));
                return Exits.OK;
            }
        }
    }

    @Command(name = "revoke", description = "Take a role from a user (the user's other roles stay).")
    static final class Revoke implements Callable<Integer> {
        @Option(names = "--username", required = true, description = "the user's username or id")
        String username;

        @Option(names = "--role", required = true)
        String role;

        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                output.result(UserView.of(g.services().userAdmin().revokeRole(CLI, username, role)));
                return Exits.OK;
            }
        }
    }

    @Command(name = "delete", description = "Delete a role (not a built-in one); its holders lose it. Prints nothing on standard output.")
    static final class Delete implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                g.services().roles().delete(CLI, name);
                System.err.println("deleted role " + name);
                return Exits.OK;
            }
        }
    }
}
