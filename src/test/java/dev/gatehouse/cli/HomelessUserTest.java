package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gatehouse serve} under a user id that has no passwd entry ({@code docker run --user 12345}, OpenShift's
 * random ids): the JVM sets {@code user.home} to {@code ?}, and JNA, which loads libargon2 and libsodium, would
 * unpack its libraries into {@code ?/.cache/JNA/temp} under the working directory (in the image, the data volume).
 * The native hasher must still load, and nothing may appear in the working directory.
 */
class HomelessUserTest {
    @TempDir
    Path dataDir;

    @TempDir
    Path workingDir;

    @Test
    void withoutAHomeTheNativeLibrariesUnpackIntoTheTemporaryDirectoryNotTheWorkingDirectory() throws Exception {
        Path log = dataDir.resolve("serve.log");
        ProcessBuilder pb = GatehouseProcess.builder(dataDir, Map.of("GATEHOUSE_HTTP_PORT", "0", "GATEHOUSE_MANAGEMENT_PORT", "0"), "serve");
        pb.command().add(1, "-Duser.home=?"); // what the JVM sets when getpwuid(3) knows no entry for the uid
        pb.environment().remove("XDG_CACHE_HOME"); // JNA's other choice, which such a container does not set either
        pb.directory(workingDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            GatehouseProcess.awaitReady(p, log, Duration.ofSeconds(120));
            assertThat(GatehouseProcess.read(log)).contains("hasher argon2id-native");
        } finally {
            p.destroy();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (Stream<Path> left = Files.list(workingDir)) {
            assertThat(left.map(Path::toString).toList()).as("the working directory after serve").isEqualTo(List.of());
        }
    }
}
