package dev.gatehouse.cli;

import dev.gatehouse.admin.KeyView;
import dev.gatehouse.bootstrap.Services;
import picocli.CommandLine.Command;
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
    static final class ListKeys extends ServiceCommand.Printing {
        @Override
        void run(Services s) {
            output.list(s.keyAdmin().list().stream().map(KeyView::of).toList(), "kid", "alg", "status", "created_at", "publish_until");
        }
    }

    @Command(name = "rotate", description = "Create a new signing key for every algorithm in use (access tokens and ID tokens);"
            + " each old public key stays published until its last token expires. Prints the new keys.")
    static final class Rotate extends ServiceCommand.Printing {
        @Override
        void run(Services s) {
            s.keys().ensureActiveKey();
            output.result(s.keyAdmin().rotateAll(RoleCommand.CLI).stream().map(KeyView::of).toList());
        }
    }
}
