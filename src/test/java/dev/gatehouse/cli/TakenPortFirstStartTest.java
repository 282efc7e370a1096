package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first {@code gatehouse serve} of an empty data directory, without a configured master key, on a port another
 * process holds, in a JVM of its own: it ends with one error line naming the address, and leaves no generated
 * {@code master.key} behind for the next start to take for the key of data it never sealed.
 */
class TakenPortFirstStartTest {
    @TempDir
    Path dataDir;

    @Test
    void aFirstStartOnATakenPortSaysWhichAndLeavesNoMasterKey() throws Exception {
        Path log = dataDir.resolve("serve.log");
        int exit;
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process p = GatehouseProcess.builder(dataDir, Map.of(), "serve", "--http-port", Integer.toString(taken.getLocalPort()),
                    "--management-port", "0").redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("serve gives up").isTrue();
            exit = p.exitValue();
            String output = Files.readString(log);
            assertThat(exit).as(output).isEqualTo(1);
            assertThat(output.lines().filter(l -> l.startsWith("error: ")).toList()).as(output).singleElement().asString()
                    .contains("cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
        assertThat(dataDir.resolve("master.key")).doesNotExist();
    }
}
