package dev.gatehouse.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The systemd unit docs/operations.md gives ("Running as a systemd service"): what the launcher and the JVM need
 * (the drain's exit status, a stop timeout above drain and timeout, a private umask) and the sandbox around them,
 * without {@code MemoryDenyWriteExecute}, which the JIT compiler cannot live with. {@code systemd-analyze verify}
 * finds nothing to say about it.
 */
class SystemdUnitTest {
    @TempDir
    Path dir;

    private static String unit() throws Exception {
        String doc = Files.readString(Path.of("docs", "operations.md"));
        Matcher m = Pattern.compile("`/etc/systemd/system/gatehouse.service`[^\n]*\n\n```ini\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertThat(m.find()).as("the unit in docs/operations.md").isTrue();
        return m.group(1);
    }

    private static Map<String, String> service(String unit) {
        Map<String, String> options = new LinkedHashMap<>();
        String section = "";
        for (String line : unit.lines().toList()) {
            if (line.startsWith("[")) section = line;
            else if (section.equals("[Service]") && line.contains("=") && !line.startsWith("#")) {
                assertThat(options.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1))).as(line).isNull();
            }
        }
        return options;
    }

    @Test
    void theServiceRunsSandboxedWithWhatTheJvmNeeds() throws Exception {
        Map<String, String> s = service(unit());

        assertThat(s).containsEntry("User", "gatehouse").containsEntry("SuccessExitStatus", "143").containsEntry("UMask", "0077")
                .containsEntry("NoNewPrivileges", "yes").containsEntry("ProtectSystem", "strict").containsEntry("ProtectHome", "yes")
                .containsEntry("PrivateTmp", "yes").containsEntry("PrivateDevices", "yes").containsEntry("CapabilityBoundingSet", "")
                .containsEntry("ProtectKernelTunables", "yes").containsEntry("ProtectKernelModules", "yes")
                .containsEntry("ProtectKernelLogs", "yes").containsEntry("ProtectControlGroups", "yes").containsEntry("ProtectClock", "yes")
                .containsEntry("ProtectHostname", "yes").containsEntry("RestrictNamespaces", "yes").containsEntry("RestrictRealtime", "yes")
                .containsEntry("RestrictSUIDSGID", "yes").containsEntry("LockPersonality", "yes")
                .containsEntry("SystemCallArchitectures", "native").containsEntry("StateDirectoryMode", "0700");
        assertThat(s.get("RestrictAddressFamilies").split(" ")).contains("AF_INET", "AF_INET6", "AF_UNIX");
        assertThat(s).as("the JIT writes the code it runs").doesNotContainKey("MemoryDenyWriteExecute");
        assertThat(Integer.parseInt(s.get("TimeoutStopSec"))).as("above the 5 s drain and the 20 s timeout").isGreaterThan(25);
    }

    @Test
    void systemdAnalyzeVerifyFindsNothing() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed");
        // verify checks that ExecStart exists: the launcher's place is taken by a program every machine has.
        Path unit = Files.writeString(dir.resolve("gatehouse.service"), unit().replace("/opt/gatehouse/bin/gatehouse", "/bin/true"));
        Process p = new ProcessBuilder(analyze.toString(), "verify", unit.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output).as("no unknown key, no bad value").isEmpty();
    }
}
