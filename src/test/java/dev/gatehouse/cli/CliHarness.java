package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * The command line in-process on a fresh database (SQLite unless asked otherwise), with cheap Argon2 parameters: each run swaps
 * System.in/out/err and gives back the exit code and both streams, so a test can hold standard output
 * to "data only" by parsing all of it.
 */
final class CliHarness {
    private static final ObjectMapper STRICT = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    final String databaseUrl;
    final Map<String, String> env = new HashMap<>();

    record Result(int exitCode, String out, String err) {
        /** All of standard output as one JSON document; anything else on it (a log line, a message) fails. */
        JsonNode json() {
            try {
                return STRICT.readTree(out);
            } catch (Exception e) {
                throw new AssertionError("standard output is not one JSON document: " + e.getMessage() + "\n" + out + "\nstderr:\n" + err);
            }
        }
    }

    CliHarness(Path dataDir) {
        this(dataDir, TestDatabases.Kind.SQLITE);
    }

    CliHarness(Path dataDir, TestDatabases.Kind database) {
        databaseUrl = TestDatabases.fresh(database);
        env.put("GATEHOUSE_DATABASE_URL", databaseUrl);
        env.put("GATEHOUSE_DATA_DIR", dataDir.toString());
        env.put("GATEHOUSE_MASTER_KEY", TestServer.MASTER_KEY);
        env.put("GATEHOUSE_ARGON2_MEMORY_KIB", "1024");
        env.put("GATEHOUSE_ARGON2_ITERATIONS", "1");
        logToStandardError();
    }

    /**
     * The log belongs on standard error (the shipped configuration puts it there); the test class path's
     * logback-test.xml may still say standard output, so its console appenders are pointed at stderr
     * here, or the log lines of the code under test would be mistaken for its data.
     */
    private static void logToStandardError() {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) return;
        for (Logger logger : context.getLoggerList()) {
            logger.iteratorForAppenders().forEachRemaining(a -> {
                if (a instanceof ConsoleAppender<?> console && !"System.err".equals(console.getTarget())) {
                    console.stop();
                    console.setTarget("System.err");
                    console.start();
                }
            });
        }
    }

    Result run(String... args) {
        return runWithStdin("", args);
    }

    Result runWithStdin(String stdin, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = GatehouseCommand.run(args, env);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /** Runs a command that must succeed. */
    Result ok(String... args) {
        Result r = run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
        return r;
    }

    /** A user with a strong password, by the CLI itself; returns its id. */
    String user(String username, String... more) {
        String[] args = new String[4 + more.length];
        args[0] = "user";
        args[1] = "create";
        args[2] = "--username";
        args[3] = username;
        System.arraycopy(more, 0, args, 4, more.length);
        String[] withStdin = java.util.Arrays.copyOf(args, args.length + 1);
        withStdin[args.length] = "--password-stdin";
        Result r = runWithStdin("correct horse battery staple\n", withStdin);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.json().path("id").asText();
    }

    long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
