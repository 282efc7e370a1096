package dev.gatehouse.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server jar of the release named in src/test/resources/schema-fixtures/previous-release.txt, built
 * from this repository's own history into target/previous-release/&lt;commit&gt; once and reused while that
 * directory lives. Its sources come from {@code git archive}, so neither the work tree nor the list of
 * worktrees changes; the build is offline first (~/.m2), online only when a dependency is missing there.
 */
final class PreviousRelease {
    static final Path NAMED = Path.of("src/test/resources/schema-fixtures/previous-release.txt");

    private PreviousRelease() {}

    /** The commit: the first word of the file's first line that is not a comment. */
    static String commit() throws IOException {
        for (String line : Files.readAllLines(NAMED, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                String commit = s.split("\\s+")[0];
                if (!commit.matches("[0-9a-f]{7,40}")) throw new IllegalStateException(NAMED + ": not a commit: " + commit);
                return commit;
            }
        }
        throw new IllegalStateException(NAMED + " names no commit");
    }

    static Path jar() throws IOException, InterruptedException {
        String commit = commit();
        Path dir = Path.of("target/previous-release", commit).toAbsolutePath();
        Path jar = dir.resolve("target/gatehouse.jar");
        if (Files.isRegularFile(jar)) return jar;
        Files.createDirectories(dir);
        if (run(dir, 120, "bash", "-c", "set -o pipefail; git -C \"$0\" archive --format=tar " + commit + " | tar -x -C \"$1\"",
                Path.of("").toAbsolutePath().toString(), dir.toString()) != 0) {
            throw new IllegalStateException("commit " + commit + " is not in this repository's history (a shallow clone?); see "
                    + dir.resolve("build.log"));
        }
        // The server jar only: no test compilation, no distribution tarball or its class-data training run.
        List<String> build = new ArrayList<>(List.of("mvn", "-B", "-q", "package", "-Dmaven.test.skip=true",
                "-Dexec.skip=true", "-Dassembly.skipAssembly=true"));
        List<String> offline = new ArrayList<>(build);
        offline.add(2, "-o");
        if (run(dir, 900, offline.toArray(String[]::new)) != 0 && run(dir, 900, build.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the previous release " + commit + " does not build; see " + dir.resolve("build.log"));
        }
        if (!Files.isRegularFile(jar)) throw new IllegalStateException("no " + jar + " after the build");
        return jar;
    }

    private static int run(Path dir, int timeoutSeconds, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("build.log").toFile())).start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + String.join(" ", command));
        }
        return p.exitValue();
    }
}
