package dev.gatehouse.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A test of the command line: each test gets a {@link CliHarness} on a fresh database and data directory. */
abstract class CliCase {
    @TempDir
    Path dataDir;

    CliHarness cli;

    @BeforeEach
    void freshCli() {
        cli = new CliHarness(dataDir);
    }
}
