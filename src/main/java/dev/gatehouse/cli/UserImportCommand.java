package dev.gatehouse.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.admin.UserImport;
import dev.gatehouse.admin.UserImportFormats;
import dev.gatehouse.bootstrap.Gatehouse;
import dev.gatehouse.bootstrap.LogConfigurator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gatehouse user import FILE} (API.md §8): one line of the report per user on stdout, a
 * summary last, logs on stderr; exit 0 when every user was imported or skipped, 1 when any failed.
 */
@Command(name = "import", description = {
        "Import users: JSON lines shaped like the body of POST /admin/v1/users (password or password_hash), "
                + "Keycloak users (a realm export, or its users one per line) or Auth0's user export.",
        "A user whose username exists is never changed: reported as an error, or as skipped with --skip-existing, "
                + "so an import can be run again. Imported hashes cost nothing; a plain password is hashed (Argon2id) here."})
final class UserImportCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(UserImportCommand.class);

    @Parameters(index = "0", paramLabel = "FILE", description = "the export; - reads standard input")
    String file;

    @Option(names = "--skip-existing", description = "report a user whose username exists as skipped, not as an error")
    boolean skipExisting;

    @Option(names = "--username-from-email", description = "a user without a username takes the local part of its email")
    boolean usernameFromEmail;

    @Option(names = "--batch-size", defaultValue = "500", description = "users per transaction (default ${DEFAULT-VALUE})")
    int batchSize;

    @Mixin
    ConfigOptions options;

    private int imported;
    private int skipped;
    private int failed;

    @Override
    public Integer call() throws IOException {
        if (batchSize < 1 || batchSize > 10_000) throw new UsageException("--batch-size must be in 1..10000");
        LogConfigurator.useStandardError();
        PrintStream out = System.out;
        long started;
        try (BufferedReader in = open(); Gatehouse g = Gatehouse.open(options.load(), Clock.systemUTC(), true)) {
            started = System.nanoTime(); // the import itself, without start-up and migrations
            UserImport importer = new UserImport(g.services().accounts(), g.services().roles(), g.stores().users(),
                    g.stores().userAdmin(), g.services().audit());
            UserImportFormats formats = new UserImportFormats(usernameFromEmail);
            List<UserImport.Entry> batch = new ArrayList<>();
            String line;
            int number = 0;
            boolean first = true;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) continue;
                String where = "line " + number;
                if (first && startsDocument(line)) {
                    // A pretty-printed document (a realm export): its users, not its lines, are the records.
                    List<String> rest = in.lines().toList();
                    String document = line + "\n" + String.join("\n", rest);
                    if (parses(document)) {
                        entries(formats, where, document, batch, importer, out);
                        break;
                    }
                    // Not a document either: JSON lines whose first line is broken; the others still count.
                    entries(formats, where, line, batch, importer, out);
                    for (String next : rest) {
                        number++;
                        if (!next.isBlank()) entries(formats, "line " + number, next, batch, importer, out);
                    }
                    break;
                }
                first = false;
                entries(formats, where, line, batch, importer, out);
            }
            flush(batch, importer, out);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int total = imported + skipped + failed;
        out.printf(Locale.ROOT, "summary: %d imported, %d skipped, %d failed, %d users in %.1f s (%.0f users/s)%n",
                imported, skipped, failed, total, seconds, total / Math.max(seconds, 1e-3));
        LOG.info("User import finished: {} imported, {} skipped, {} failed", imported, skipped, failed);
        return failed > 0 ? 1 : 0;
    }

    private BufferedReader open() throws IOException {
        if (file.equals("-")) return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        try {
            return Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("no such file: " + file);
        }
    }

    /** The first line alone is not a JSON value, but opens one: the whole input may be one document. */
    private static boolean startsDocument(String line) {
        String t = line.strip();
        return (t.startsWith("{") || t.startsWith("[")) && !parses(t);
    }

    private static boolean parses(String json) {
        try {
            UserImportFormats.parse(json);
            return true;
        } catch (UserImportFormats.FormatException e) {
            return false;
        }
    }

    /** The users of one record: one user, or every user of a document with a {@code users} array. */
    private void entries(UserImportFormats formats, String where, String json, List<UserImport.Entry> batch, UserImport importer,
                         PrintStream out) {
        List<JsonNode> users;
        String prefix = where;
        try {
            JsonNode node = UserImportFormats.parse(json);
            boolean document = node.isArray() || node.isObject() && node.has("users") && !node.has("username");
            users = document ? UserImportFormats.usersOf(node) : List.of(node);
            if (document) prefix = where + " users";
        } catch (UserImportFormats.FormatException e) {
            add(new UserImport.Entry(where, null, e.getMessage()), batch, importer, out);
            return;
        }
        for (int i = 0; i < users.size(); i++) {
            String at = users.size() == 1 && prefix.equals(where) ? where : prefix + "[" + i + "]";
            try {
                add(new UserImport.Entry(at, formats.read(users.get(i)), null), batch, importer, out);
            } catch (UserImportFormats.FormatException e) {
                add(new UserImport.Entry(at, null, e.getMessage()), batch, importer, out);
            }
        }
    }

    private void add(UserImport.Entry entry, List<UserImport.Entry> batch, UserImport importer, PrintStream out) {
        batch.add(entry);
        if (batch.size() >= batchSize) flush(batch, importer, out);
    }

    private void flush(List<UserImport.Entry> batch, UserImport importer, PrintStream out) {
        if (batch.isEmpty()) return;
        for (UserImport.Outcome o : importer.importBatch(batch, skipExisting)) {
            String who = o.username() == null ? "" : " " + o.username();
            String why = o.reason() == null || o.reason().isEmpty() ? "" : " (" + o.reason() + ")";
            switch (o.status()) {
                case OK -> {
                    imported++;
                    out.println(o.where() + ": ok" + who + why);
                }
                case SKIPPED -> {
                    skipped++;
                    out.println(o.where() + ": skipped" + who + why);
                }
                case FAILED -> {
                    failed++;
                    out.println(o.where() + ": error" + who + " (" + o.reason() + ")");
                }
            }
        }
        batch.clear();
        LOG.debug("User import: {} imported, {} skipped, {} failed so far", imported, skipped, failed);
    }
}
