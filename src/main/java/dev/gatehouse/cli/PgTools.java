package dev.gatehouse.cli;

import dev.gatehouse.config.GatehouseConfig;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL's own tools for {@code gatehouse backup} and {@code restore}: {@code pg_dump --format=custom}
 * and {@code pg_restore}, run with the configured database. The connection goes to them as libpq's
 * {@code PG*} environment variables, so that the password is never on a command line (where {@code ps}
 * shows it to every user of the machine).
 */
final class PgTools {
    private final Map<String, String> env;
    private final String database;
    private final Path bin;
    private final Map<String, String> searchEnv;

    private PgTools(Map<String, String> env, String database, Path bin, Map<String, String> searchEnv) {
        this.env = env;
        this.database = database;
        this.bin = bin;
        this.searchEnv = searchEnv;
    }

    /**
     * @param bin       the directory of pg_dump and pg_restore; null: the PATH
     * @param searchEnv the environment whose PATH is searched
     */
    static PgTools of(GatehouseConfig.Database db, Path bin, Map<String, String> searchEnv) {
        Map<String, String> env = new LinkedHashMap<>();
        String rest = db.url().substring("jdbc:postgresql:".length());
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String name = rest;
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
            int slash = rest.indexOf('/');
            String hosts = slash < 0 ? rest : rest.substring(0, slash);
            name = slash < 0 ? "" : rest.substring(slash + 1);
            hosts(hosts, env);
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq <= 0) continue;
            String value = decode(pair.substring(eq + 1));
            switch (pair.substring(0, eq)) {
                case "user" -> env.put("PGUSER", value);
                case "password" -> env.put("PGPASSWORD", value);
                case "sslmode" -> env.put("PGSSLMODE", value);
                case "sslrootcert" -> env.put("PGSSLROOTCERT", value);
                case "sslcert" -> env.put("PGSSLCERT", value);
                case "sslkey" -> env.put("PGSSLKEY", value);
                default -> { } // JDBC driver settings libpq does not know
            }
        }
        if (db.username() != null) env.put("PGUSER", db.username());
        if (db.password().isPresent()) env.put("PGPASSWORD", db.password().value());
        String database = decode(name);
        env.put("PGDATABASE", database);
        return new PgTools(env, database, bin, searchEnv);
    }

    /** {@code host1:5432,host2} (libpq takes the same lists in PGHOST and PGPORT); IPv6 in brackets. */
    private static void hosts(String hosts, Map<String, String> env) {
        if (hosts.isEmpty()) return;
        List<String> names = new ArrayList<>();
        List<String> ports = new ArrayList<>();
        for (String h : hosts.split(",")) {
            int colon = h.startsWith("[") ? h.indexOf(':', h.indexOf(']')) : h.lastIndexOf(':');
            String host = colon < 0 ? h : h.substring(0, colon);
            names.add(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
            ports.add(colon < 0 ? "5432" : h.substring(colon + 1));
        }
        env.put("PGHOST", String.join(",", names));
        env.put("PGPORT", String.join(",", ports));
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    String database() {
        return database;
    }

    /**
     * {@code pg_dump --format=custom} of the configured database into {@code file}, which exists (readable by its
     * owner only: pg_dump keeps the mode of a file it overwrites).
     */
    void dump(Path file) {
        run("pg_dump", file, "--format=custom", "--no-owner", "--no-privileges", "--no-password", "--file=" + file);
    }

    /** {@code pg_restore} of {@code file} into the configured database, all or nothing. */
    void restore(Path file) {
        run("pg_restore", file, "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--no-password",
                "--dbname=" + conninfoDbname(database), file.toAbsolutePath().toString());
    }

    /**
     * The database as a libpq connection string that names only it: a bare {@code --dbname} that contains
     * {@code =} or starts with {@code postgresql://} is itself read as a connection string (libpq 34.1.1), so a
     * database named {@code x host=elsewhere} would send PGPASSWORD to another server. Values in single quotes,
     * with {@code \} and {@code '} escaped by a backslash.
     */
    static String conninfoDbname(String database) {
        return "dbname='" + database.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /**
     * Why a connection was refused, when it is that no password was given: with {@code --no-password} the tools
     * say so ("fe_sendauth: no password supplied") instead of prompting on the terminal, which the command's
     * captured output would hide; the JDBC driver says "no password was provided".
     */
    static String passwordAdvice(String output) {
        return output.contains("no password supplied") || output.contains("no password was provided")
                ? ": the database asks for a password and none is set: set database.password (GATEHOUSE_DATABASE_PASSWORD)"
                        + " or give it in ~/.pgpass"
                : "";
    }

    /** The command an operator runs by hand (the password left out: PGPASSWORD or ~/.pgpass). */
    String manual(String tool, Path file) {
        String target = env.getOrDefault("PGUSER", "USER") + "@" + env.getOrDefault("PGHOST", "localhost") + ":"
                + env.getOrDefault("PGPORT", "5432") + "/" + database;
        return tool.equals("pg_dump")
                ? "pg_dump --format=custom --no-owner --no-privileges --file=" + file + " 'postgresql://" + target + "'"
                : "pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname='postgresql://" + target + "' " + file;
    }

    private void run(String tool, Path file, String... args) {
        Path exe = find(tool);
        if (exe == null) {
            throw new UsageException(tool + " was not found (" + (bin != null ? "in " + bin : "on the PATH")
                    + "); install the PostgreSQL client of the server's major version, pass --pg-bin DIR, or run it yourself: "
                    + manual(tool, file));
        }
        List<String> command = new ArrayList<>();
        command.add(exe.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // The tools get the connection and nothing of Gatehouse's own settings: the master key, the database and
        // provider secrets in GATEHOUSE_* are no business of theirs (nor of anything they start).
        pb.environment().keySet().removeIf(k -> k.startsWith("PG") || k.startsWith("GATEHOUSE_"));
        pb.environment().putAll(env);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            if (!output.isBlank()) System.err.print(output.endsWith("\n") ? output : output + "\n");
            if (code != 0) throw new IllegalStateException(tool + " failed with exit code " + code + passwordAdvice(output));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + exe, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(tool + " was interrupted", e);
        }
    }

    private Path find(String tool) {
        if (bin != null) return Files.isExecutable(bin.resolve(tool)) ? bin.resolve(tool) : null;
        String path = searchEnv.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }
}
