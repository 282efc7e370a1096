package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Migrations only add (docs/operations.md, "Migrations and upgrades with no downtime"): during a rolling upgrade the nodes of the previous
 * version keep serving on the schema the new version migrated, so no migration may drop, rename or narrow
 * what they read and write, nor add a NOT NULL column they would not fill. A change that must remove
 * something takes two releases: stop using it, then drop it.
 */
class MigrationsAreAdditiveTest {
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final List<Pattern> DESTRUCTIVE = Stream.of(
            "\\bDROP\\s+(TABLE|COLUMN|INDEX|VIEW|TYPE|CONSTRAINT)\\b",
            "\\bRENAME\\b",
            "\\bALTER\\s+COLUMN\\b.*\\b(TYPE|SET\\s+NOT\\s+NULL)\\b",
            "\\bADD\\s+(CONSTRAINT|CHECK)\\b",
            "\\bTRUNCATE\\b",
            "\\bDELETE\\s+FROM\\b")
            .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.DOTALL)).toList();
    private static final Pattern ADD_COLUMN = Pattern.compile("\\bADD\\s+COLUMN\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_NULL = Pattern.compile("\\bNOT\\s+NULL\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULT = Pattern.compile("\\bDEFAULT\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Written before several nodes were supported, each checked by hand: V3 widens two columns and gives
     * them a collation (no reader or writer notices), V7 replaces a unique index by a looser one.
     */
    private static final Set<String> BEFORE_THE_RULE = Set.of(
            "postgresql/V3__rbac.sql: ALTER TABLE users ALTER COLUMN username_norm TYPE VARCHAR(256) COLLATE \"C\"",
            "postgresql/V3__rbac.sql: ALTER TABLE users ALTER COLUMN email_norm TYPE VARCHAR(320) COLLATE \"C\"",
            "postgresql/V7__signing_key_per_alg.sql: DROP INDEX signing_keys_one_active",
            "sqlite/V7__signing_key_per_alg.sql: DROP INDEX signing_keys_one_active");

    @Test
    void noMigrationDropsRenamesOrNarrowsWhatThePreviousVersionUses() throws IOException {
        List<String> found = new ArrayList<>();
        for (String dialect : List.of("sqlite", "postgresql")) {
            try (Stream<Path> files = Files.list(MIGRATIONS.resolve(dialect))) {
                for (Path file : files.sorted().toList()) {
                    for (String statement : destructive(Files.readString(file))) found.add(dialect + "/" + file.getFileName() + ": " + statement);
                }
            }
        }
        assertThat(found).as("destructive statements in migrations").containsExactlyInAnyOrderElementsOf(BEFORE_THE_RULE);
    }

    @Test
    void theCheckFindsWhatWouldBreakTheNodesOfThePreviousVersion() {
        assertThat(destructive("""
                -- a comment may say DROP TABLE users
                CREATE TABLE notes (id VARCHAR(36) PRIMARY KEY, body TEXT NOT NULL);
                ALTER TABLE users ADD COLUMN nickname VARCHAR(64);
                ALTER TABLE users ADD COLUMN tier INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX notes_body ON notes (body);
                """)).isEmpty();
        assertThat(destructive("""
                ALTER TABLE users DROP COLUMN locale;
                ALTER TABLE users RENAME COLUMN email TO mail;
                ALTER TABLE sessions ALTER COLUMN amr SET NOT NULL;
                ALTER TABLE users ADD COLUMN tier INTEGER NOT NULL;
                drop table notes;
                """)).hasSize(5);
    }

    /** The statements of a migration that take away or narrow something, comments removed, whitespace collapsed. */
    static List<String> destructive(String sql) {
        List<String> out = new ArrayList<>();
        String code = sql.lines().map(l -> l.contains("--") ? l.substring(0, l.indexOf("--")) : l).reduce("", (a, b) -> a + "\n" + b);
        for (String raw : code.split(";")) {
            String statement = raw.strip().replaceAll("\\s+", " ");
            if (statement.isEmpty()) continue;
            boolean bad = DESTRUCTIVE.stream().anyMatch(p -> p.matcher(statement).find())
                    || ADD_COLUMN.matcher(statement).find() && NOT_NULL.matcher(statement).find() && !DEFAULT.matcher(statement).find();
            if (bad) out.add(statement);
        }
        return out;
    }
}
