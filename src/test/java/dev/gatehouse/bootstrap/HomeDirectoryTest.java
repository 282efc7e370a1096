package dev.gatehouse.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JNA's unpacking directory when the home is unusable, and only then (the process test: cli/HomelessUserTest). */
class HomeDirectoryTest {
    @TempDir
    Path tmp;

    @TempDir
    Path home;

    private Properties properties(String userHome) {
        Properties p = new Properties();
        p.setProperty("user.home", userHome);
        p.setProperty("java.io.tmpdir", tmp.toString());
        return p;
    }

    @Test
    void aHomeThatIsNoDirectoryOrNotAbsoluteSendsJnaToTheTemporaryDirectory() {
        for (String unusable : new String[] {"?", "", "relative/home", "/nonexistent", "a\0b"}) {
            Properties p = properties(unusable);
            assertThat(HomeDirectory.steer(p, Map.of())).as(unusable).isEqualTo(tmp.toString());
            assertThat(p.getProperty("jna.tmpdir")).as(unusable).isEqualTo(tmp.toString());
        }
    }

    @Test
    void aRealHomeOrTheOperatorsChoiceIsLeftAlone() {
        Properties real = properties(home.toString());
        assertThat(HomeDirectory.steer(real, Map.of())).isNull();
        assertThat(real.getProperty("jna.tmpdir")).isNull();

        Properties chosen = properties("?");
        chosen.setProperty("jna.tmpdir", "/var/cache/gatehouse");
        assertThat(HomeDirectory.steer(chosen, Map.of())).isNull();
        assertThat(chosen.getProperty("jna.tmpdir")).isEqualTo("/var/cache/gatehouse");

        Properties xdg = properties("?");
        assertThat(HomeDirectory.steer(xdg, Map.of("XDG_CACHE_HOME", home.toString()))).isNull();
        assertThat(xdg.getProperty("jna.tmpdir")).isNull();
    }

    @Test
    void aTemporaryDirectoryThatIsMissingIsNotChosen() {
        Properties p = properties("?");
        p.setProperty("java.io.tmpdir", tmp.resolve("missing").toString());
        assertThat(HomeDirectory.steer(p, Map.of())).isNull();
        assertThat(p.getProperty("jna.tmpdir")).isNull();
    }
}
