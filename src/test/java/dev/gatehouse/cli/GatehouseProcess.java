package dev.gatehouse.cli;

import dev.gatehouse.Main;
import dev.gatehouse.testing.TestHttp;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** {@code gatehouse ARGS} in a JVM of its own, on the main class path: production logging and real signals. */
final class GatehouseProcess {
    private GatehouseProcess() {}

    /** Started with no GATEHOUSE_* variable of this JVM, the data directory, loopback, and {@code env}. */
    static Process start(Path dataDir, Map<String, String> env, String... args) throws IOException {
        return builder(dataDir, env, args).start();
    }

    /** As {@link #start}, not yet started (to redirect its streams). */
    static ProcessBuilder builder(Path dataDir, Map<String, String> env, String... args) {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/"))
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-cp", classPath, Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(k -> k.startsWith("GATEHOUSE_"));
        pb.environment().put("GATEHOUSE_DATA_DIR", dataDir.toString());
        pb.environment().put("GATEHOUSE_HTTP_HOST", "127.0.0.1");
        pb.environment().putAll(env);
        return pb;
    }

    /** The stream's lines as they come, read on a thread of their own so the process never blocks on a full pipe. */
    static BlockingQueue<String> lines(InputStream in) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) lines.add(line);
            } catch (IOException e) {
                // the process ended
            }
        }, "gatehouse-process-lines");
        t.setDaemon(true);
        t.start();
        return lines;
    }

    private static final Pattern READY = Pattern.compile("Gatehouse ready on port (\\d+) \\(management (\\d+)\\)");

    /** A served process's two ports, from its ready line. */
    record Ready(int port, int managementPort) {
        TestHttp http() {
            return new TestHttp("http://127.0.0.1:" + port);
        }

        TestHttp management() {
            return new TestHttp("http://127.0.0.1:" + managementPort);
        }
    }

    /**
     * Waits for {@code serve}'s ready line in {@code log} (its redirected output); fails with the log when the
     * process ends first or {@code timeout} passes.
     */
    static Ready awaitReady(Process p, Path log, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Matcher ready = READY.matcher(read(log));
            if (ready.find()) return new Ready(Integer.parseInt(ready.group(1)), Integer.parseInt(ready.group(2)));
            if (!p.isAlive()) throw new AssertionError("serve ended with " + p.exitValue() + "; its log:\n" + read(log));
            if (System.nanoTime() > deadline) throw new AssertionError("no ready line within " + timeout + "; the log so far:\n" + read(log));
            Thread.sleep(100);
        }
    }

    /** A log file's text so far ("" before it exists). */
    static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }
}
