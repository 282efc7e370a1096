package dev.gatehouse.cli;

import dev.gatehouse.admin.KeyView;
import dev.gatehouse.bootstrap.Gatehouse;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Signing keys through the admin API's {@code KeyAdmin}: metadata only, never key material. */
@Command(name = "keys", description = "Signing key commands.", subcommands = {KeysCommand.ListKeys.class, KeysCommand.Rotate.class})
final class KeysCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw GatehouseCommand.needsSubcommand(spec);
    }

    @Command(name = "list", description = "List the signing keys (kid, alg, status, created_at, publish_until), as GET /admin/v1/keys.")
    static final class ListKeys implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                output.list(g.services().keyAdmin().list().stream().map(KeyView::of).toList(),
                        "kid", "alg", "status", "created_at", "publish_until");
                return Exits.OK;
            }
        }
    }

    @Command(name = "rotate", description = "Create a new signing key for every algorithm in use (access tokens and ID tokens);"
            + " each old public key stays published until its last token expires. Prints the new keys.")
    static final class Rotate implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Mixin
        Output output;

        @Override
        public Integer call() {
            try (Gatehouse g = options.open()) {
                g.services().keys().ensureActiveKey();
                output.result(g.services().keyAdmin().rotateAll(RoleCommand.CLI).stream().map(KeyView::of).toList());
                return Exits.OK;
            }
        }
    }
}
