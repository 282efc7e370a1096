package dev.gatehouse.cli;

import dev.gatehouse.bootstrap.Gatehouse;
import dev.gatehouse.keys.StoredKey;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "keys", description = "Signing key commands.", subcommands = KeysCommand.Rotate.class)
final class KeysCommand implements Runnable {
    @Override
    public void run() {
        throw new UsageException("use: gatehouse keys rotate");
    }

    @Command(name = "rotate", description = "Create a new signing key for every algorithm in use (access tokens and ID tokens);"
            + " each old public key stays published until its last token expires.")
    static final class Rotate implements java.util.concurrent.Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() {
            try (Gatehouse g = Gatehouse.open(options.load(), Clock.systemUTC(), true)) {
                g.services().keys().ensureActiveKey();
                for (StoredKey key : g.services().keys().rotateAll()) {
                    g.services().audit().record("key_rotate", "success", null, "cli", null, null, "kid=" + key.kid() + " alg=" + key.alg());
                    System.out.println("new signing key kid=" + key.kid() + " alg=" + key.alg());
                }
                return 0;
            }
        }
    }
}
