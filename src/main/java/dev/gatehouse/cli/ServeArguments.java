package dev.gatehouse.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code gatehouse serve}, read without picocli. Building picocli's command tree
 * (every command, its options and help, by reflection) was the largest part of the JVM's way to
 * {@code serve}, and picocli's classes, compiled for Java 5, are the only ones the launcher's
 * class-data archive cannot hold (docs/benchmarks.md "Where start-up time goes"). {@code serve}
 * has one option of its own, {@code --config FILE}; every other argument is a configuration flag
 * that {@link dev.gatehouse.config.ConfigLoader} reads and checks, as it does after picocli.
 * Anything picocli would read differently (help, an {@code @file}, {@code --}, a repeated or empty
 * {@code --config}) is left to picocli: {@link #of} answers null.
 *
 * @param config the file of {@code --config}, or null
 * @param flags  every other argument, in order
 */
record ServeArguments(Path config, List<String> flags) {
    /** serve's own long options, offered with the configuration flags when a flag is mistyped. */
    static final List<String> OWN_OPTIONS = List.of("--config", "--help");

    static ServeArguments of(String[] args) {
        if (args.length == 0 || !args[0].equals("serve")) return null;
        String config = null;
        List<String> flags = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("-h") || a.equals("--help") || a.equals("--") || a.startsWith("@")) return null;
            String value;
            if (a.equals("--config")) {
                if (i + 1 >= args.length) return null;
                value = args[++i];
            } else if (a.startsWith("--config=")) {
                value = a.substring("--config=".length());
            } else {
                flags.add(a);
                continue;
            }
            if (config != null || value.isEmpty() || value.startsWith("-") || value.startsWith("@")) return null;
            config = value;
        }
        try {
            return new ServeArguments(config == null ? null : Path.of(config), List.copyOf(flags));
        } catch (java.nio.file.InvalidPathException e) {
            return null; // picocli says what is wrong with it
        }
    }
}
