package dev.gatehouse.cli;

import dev.gatehouse.admin.UserView;
import dev.gatehouse.bootstrap.Gatehouse;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.account.User;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "user", description = "User commands.", subcommands = {UserCommand.Create.class,
        UserAdminCommands.ListUsers.class, UserAdminCommands.Show.class, UserAdminCommands.Disable.class,
        UserAdminCommands.Enable.class, UserAdminCommands.Delete.class, UserAdminCommands.ResetPassword.class,
        UserImportCommand.class})
final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw GatehouseCommand.needsSubcommand(spec);
    }

    @Command(name = "create", description = "Create a user; the password is read from standard input (never from arguments).")
    static final class Create implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--username", required = true)
        String username;

        @Option(names = "--email")
        String email;

        @Option(names = "--name")
        String name;

        @Option(names = "--role", description = "role to grant (repeatable); `user` is always granted")
        List<String> roles = new ArrayList<>();

        @Option(names = "--password-stdin", required = true, description = "read the password from the first line of stdin")
        boolean passwordStdin;

        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() throws IOException {
            String password = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (password == null || password.isEmpty()) throw new UsageException("no password on standard input");
            List<String> requested = new ArrayList<>(List.of("user"));
            roles.stream().filter(r -> !requested.contains(r)).forEach(requested::add);
            try (Gatehouse g = options.open()) {
                List<String> granted;
                try {
                    granted = g.services().roles().resolve(requested);
                } catch (DomainException e) {
                    throw new UsageException("unknown role among " + requested + " (gatehouse role list shows them)");
                }
                User user = g.services().accounts().create(username, password, email, name, granted, null);
                g.services().audit().record("user_create", "success", user.id(), "cli", null, null, "roles=" + granted);
                output.result(UserView.of(g.services().userAdmin().get(user.id())));
                return 0;
            }
        }
    }
}
