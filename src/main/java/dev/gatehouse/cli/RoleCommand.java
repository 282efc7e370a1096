package dev.gatehouse.cli;

import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.bootstrap.Gatehouse;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.rbac.Role;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "role", description = "Role commands.", subcommands = {RoleCommand.Create.class, RoleCommand.List_.class, RoleCommand.Grant.class})
final class RoleCommand implements Runnable {
    /** The audit log's actor for changes made from the command line. */
    static final Actor CLI = Actor.operator("cli");

    @Override
    public void run() {
        throw new UsageException("use: gatehouse role create NAME [--description D] [--permission P]... | role list | "
                + "role grant --username U --role R");
    }

    /** Same exit code and output shape as {@code user create}: a refused request is a usage error (2). */
    static int refused(DomainException e) {
        System.err.println("error: " + e.error().code() + (e.fieldErrors().isEmpty() ? "" : " " + e.fieldErrors()));
        return 2;
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

        @Override
        public Integer call() {
            try (Gatehouse g = Gatehouse.open(options.load(), Clock.systemUTC(), true)) {
                Role role = g.services().roles().create(CLI, name, description, permissions);
                System.out.println("created role " + role.name() + " permissions=" + role.permissions());
                return 0;
            } catch (DomainException e) {
                return refused(e);
            }
        }
    }

    @Command(name = "list", description = "List roles and their permissions.")
    static final class List_ implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() {
            try (Gatehouse g = Gatehouse.open(options.load(), Clock.systemUTC(), true)) {
                for (Role r : g.services().roles().list()) {
                    System.out.println(r.name() + (r.builtIn() ? " (built-in)" : "") + " " + String.join(" ", r.permissions()));
                }
                return 0;
            }
        }
    }

    @Command(name = "grant", description = "Give a user a role (the user's other roles stay).")
    static final class Grant implements Callable<Integer> {
        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--role", required = true)
        String role;

        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() {
            try (Gatehouse g = Gatehouse.open(options.load(), Clock.systemUTC(), true)) {
                UserWithGrants u = g.services().userAdmin().grantRole(CLI, username, role);
                System.out.println("user " + u.user().username() + " roles=" + u.grants().roles());
                return 0;
            } catch (DomainException e) {
                return refused(e);
            }
        }
    }
}
