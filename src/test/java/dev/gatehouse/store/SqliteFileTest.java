package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The file a SQLite database.url names, as the commands, the lock and the messages use it. */
class SqliteFileTest {
    private static final Path CWD = Path.of("").toAbsolutePath();

    @Test
    void theDefaultRelativeUrlNamesTheFileWithoutDotSteps() {
        assertThat(Database.sqliteFile("jdbc:sqlite:./data/gatehouse.db")).contains(CWD.resolve("data").resolve("gatehouse.db"));
        assertThat(Database.sqliteFile("jdbc:sqlite:/srv/./gatehouse/./gh.db?busy_timeout=1")).contains(Path.of("/srv/gatehouse/gh.db"));
    }

    /** Behind a symbolic link "a/.." is not always the folder a lexical clean-up would say: it stays as written. */
    @Test
    void dotDotStepsStayAsWritten() {
        assertThat(Database.sqliteFile("jdbc:sqlite:/srv/link/../gh.db")).contains(Path.of("/srv/link/../gh.db"));
    }

    @Test
    void urlsThatNameNoFile() {
        assertThat(Database.sqliteFile("jdbc:sqlite::memory:")).isEmpty();
        assertThat(Database.sqliteFile("jdbc:sqlite:")).isEmpty();
        assertThat(Database.sqliteFile("jdbc:sqlite:file:x.db?mode=memory")).isEmpty();
        assertThat(Database.sqliteFile("jdbc:postgresql://db/gatehouse")).isEmpty();
    }
}
