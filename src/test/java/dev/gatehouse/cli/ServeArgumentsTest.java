package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gatehouse serve}'s arguments read without picocli, and what is still left to picocli. */
class ServeArgumentsTest {
    @TempDir
    Path dataDir;

    @Test
    void configurationFlagsPassInOrderAndConfigIsServesOwn() {
        assertThat(ServeArguments.of(new String[] {"serve"})).isEqualTo(new ServeArguments(null, List.of()));
        assertThat(ServeArguments.of(new String[] {"serve", "--http-port", "9090", "--config", "/etc/g.properties", "--dev"}))
                .isEqualTo(new ServeArguments(Path.of("/etc/g.properties"), List.of("--http-port", "9090", "--dev")));
        assertThat(ServeArguments.of(new String[] {"serve", "--config=g.properties", "--http-port=9090", "--outptu"}))
                .isEqualTo(new ServeArguments(Path.of("g.properties"), List.of("--http-port=9090", "--outptu")));
    }

    @Test
    void whatPicocliReadsDifferentlyIsLeftToIt() {
        for (String[] args : List.of(new String[] {"serve", "--help"}, new String[] {"serve", "-h"}, new String[] {"serve", "@args.txt"},
                new String[] {"serve", "--", "--http-port", "1"}, new String[] {"serve", "--config"}, new String[] {"serve", "--config="},
                new String[] {"serve", "--config", "a", "--config", "b"}, new String[] {"serve", "--config", "--http-port"},
                new String[] {"serve", "--config", "a\0b"}, new String[] {"migrate"}, new String[] {"user", "list"}, new String[0])) {
            assertThat(ServeArguments.of(args)).as(String.join(" ", args)).isNull();
        }
    }

    @Test
    void badConfigurationAnswersAsBeforeWithoutPicocli() {
        CliHarness cli = new CliHarness(dataDir);
        CliHarness.Result typo = cli.run("serve", "--htp-port", "9090");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("unknown option '--htp-port'", "--http-port").doesNotContain("Exception");
        CliHarness.Result noFile = cli.run("serve", "--config", dataDir.resolve("missing.properties").toString());
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).startsWith("error: ").contains("missing.properties", "cannot be read");
        assertThat(cli.run("serve", "--help").out()).contains("Usage: gatehouse serve", "Every configuration key is also a flag");
    }
}
