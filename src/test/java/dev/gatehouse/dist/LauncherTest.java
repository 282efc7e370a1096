package dev.gatehouse.dist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution's launcher, src/dist/bin/gatehouse, with --dry-run: the java command it would
 * exec for a memory budget from GATEHOUSE_MEMORY, from a (fake) cgroup v2 or v1 limit, or the
 * default, never the host's RAM. DistributionIT starts the real tarball.
 */
class LauncherTest {
    @TempDir
    Path home;

    private Path cgroup;

    record Run(int exit, String stdout, String stderr) {
        /** The java command line, one word per element (the dry run prints them space-separated). */
        List<String> command() {
            return stdout.lines().filter(l -> !l.startsWith("#")).findFirst().map(l -> Arrays.asList(l.split(" "))).orElseThrow();
        }

        String option(String prefix) {
            List<String> found = command().stream().filter(w -> w.startsWith(prefix)).toList();
            assertThat(found).as(prefix + " in " + stdout).hasSize(1);
            return found.get(0).substring(prefix.length());
        }
    }

    @BeforeEach
    void install() throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.copy(Path.of("src/dist/bin/gatehouse"), home.resolve("bin/gatehouse"));
        cgroup = Files.createDirectories(home.resolve("fake-cgroup"));
    }

    private Run run(Map<String, String> env, String... args) throws Exception {
        return runIn(null, env, args);
    }

    /** In the working directory {@code cwd} (null: this JVM's). */
    private Run runIn(Path cwd, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", home.resolve("bin/gatehouse").toString(), "--dry-run"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        if (cwd != null) pb.directory(cwd.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("GATEHOUSE_") || k.equals("JAVA_OPTS") || k.equals("MALLOC_ARENA_MAX"));
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().put("GATEHOUSE_CGROUP_ROOT", cgroup.toString());
        pb.environment().put("GATEHOUSE_CPUS", "2");
        pb.environment().putAll(env);
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        int exit = p.waitFor();
        return new Run(exit, Files.readString(out), Files.readString(err));
    }

    private void cgroupFile(String name, String content) throws IOException {
        Path f = cgroup.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void aSmallBudgetGetsTheSerialCollectorAndBoundsForEveryMemoryArea() throws Exception {
        Run r = run(Map.of("GATEHOUSE_MEMORY", "256m"), "serve");
        assertThat(r.exit()).as(r.stderr()).isZero();
        assertThat(r.option("-Xmx")).isEqualTo("115m"); // 45 % of the budget: the rest is not heap
        assertThat(r.option("-Xms")).isEqualTo("32m");
        assertThat(r.option("-Xss")).isEqualTo("512k");
        assertThat(r.option("-XX:MaxMetaspaceSize=")).isEqualTo("128m");
        assertThat(r.option("-XX:ReservedCodeCacheSize=")).isEqualTo("128m");
        assertThat(r.option("-XX:MaxDirectMemorySize=")).isEqualTo("32m");
        // Start-up code is not compiled at the JIT's default thresholds (the launcher says why).
        assertThat(r.option("-XX:CompileThresholdScaling=")).isEqualTo("4");
        assertThat(r.command()).contains("-XX:+UseSerialGC").doesNotContain("-XX:+UseG1GC");
        assertThat(r.command()).containsSubsequence(System.getProperty("java.home") + "/bin/java", "-cp", "/dev/fd/3", "dev.gatehouse.Main", "serve");
        assertThat(r.stdout()).contains("memory budget 256m (GATEHOUSE_MEMORY)");
    }

    @Test
    void mallocArenasFollowTheCpusUnlessTheOperatorSetThem() throws Exception {
        assertThat(run(Map.of(), "serve").stdout()).contains("2 CPUs, 2 malloc arenas");
        assertThat(run(Map.of("GATEHOUSE_CPUS", "1"), "serve").stdout()).contains("1 CPUs, 2 malloc arenas");
        assertThat(run(Map.of("GATEHOUSE_CPUS", "6"), "serve").stdout()).contains("6 CPUs, 6 malloc arenas");
        assertThat(run(Map.of("MALLOC_ARENA_MAX", "8"), "serve").stdout()).contains("2 CPUs, 8 malloc arenas");
    }

    @Test
    void budgetsInEveryUnit() throws Exception {
        assertThat(run(Map.of("GATEHOUSE_MEMORY", "1g"), "serve").option("-Xmx")).isEqualTo("460m");
        assertThat(run(Map.of("GATEHOUSE_MEMORY", "1G"), "serve").option("-Xmx")).isEqualTo("460m");
        assertThat(run(Map.of("GATEHOUSE_MEMORY", "524288k"), "serve").option("-Xmx")).isEqualTo("230m");
        assertThat(run(Map.of("GATEHOUSE_MEMORY", "268435456"), "serve").option("-Xmx")).isEqualTo("115m");
    }

    @Test
    void aLargeBudgetOnSeveralCpusGetsG1AndOnOneCpuStaysSerial() throws Exception {
        Run big = run(Map.of("GATEHOUSE_MEMORY", "4g"), "serve");
        assertThat(big.command()).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseSerialGC");
        assertThat(big.option("-Xmx")).isEqualTo("2457m");
        assertThat(big.option("-XX:MaxMetaspaceSize=")).isEqualTo("256m");
        assertThat(big.option("-XX:MaxDirectMemorySize=")).isEqualTo("256m");
        assertThat(big.option("-Xss")).isEqualTo("1m");

        assertThat(run(Map.of("GATEHOUSE_MEMORY", "64g"), "serve").option("-Xmx")).as("compressed pointers kept").isEqualTo("31744m");
        assertThat(run(Map.of("GATEHOUSE_MEMORY", "4g", "GATEHOUSE_CPUS", "1"), "serve").command()).contains("-XX:+UseSerialGC");
        cgroupFile("cpu.max", "100000 100000"); // a quota of one CPU
        assertThat(run(Map.of("GATEHOUSE_MEMORY", "4g", "GATEHOUSE_CPUS", ""), "serve").command()).contains("-XX:+UseSerialGC");
    }

    @Test
    void withoutGatehouseMemoryTheCgroupV2LimitIsTheBudget() throws Exception {
        cgroupFile("memory.max", "300000000"); // bytes: 286 MiB
        Run r = run(Map.of(), "serve");
        assertThat(r.stdout()).contains("memory budget 286m (cgroup limit)");
        assertThat(r.option("-Xmx")).isEqualTo("128m");

        cgroupFile("memory.max", "max");
        Run unlimited = run(Map.of(), "serve");
        assertThat(unlimited.stdout()).contains("memory budget 512m (default)");
        assertThat(unlimited.option("-Xmx")).isEqualTo("230m");
    }

    @Test
    void withoutGatehouseMemoryTheCgroupV1LimitIsTheBudgetAndItsUnlimitedIsNot() throws Exception {
        cgroupFile("memory/memory.limit_in_bytes", "805306368"); // 768 MiB
        assertThat(run(Map.of(), "serve").option("-Xmx")).isEqualTo("345m");

        cgroupFile("memory/memory.limit_in_bytes", "9223372036854771712"); // v1's "no limit"
        Run r = run(Map.of(), "serve");
        assertThat(r.stdout()).contains("memory budget 512m (default)");
        assertThat(r.option("-Xmx")).isEqualTo("230m");
    }

    @Test
    void gatehouseMemoryWinsOverTheCgroupLimit() throws Exception {
        cgroupFile("memory.max", "4294967296");
        assertThat(run(Map.of("GATEHOUSE_MEMORY", "256m"), "serve").option("-Xmx")).isEqualTo("115m");
    }

    @Test
    void javaOptsComeLastSoTheOperatorWins() throws Exception {
        Run r = run(Map.of("GATEHOUSE_MEMORY", "256m", "JAVA_OPTS", "-Xmx300m -XX:+UseG1GC"), "serve");
        List<String> c = r.command();
        assertThat(c.lastIndexOf("-Xmx300m")).isGreaterThan(c.indexOf("-Xmx115m"));
        assertThat(c.indexOf("-XX:+UseG1GC")).isGreaterThan(c.indexOf("-XX:+UseSerialGC"));
        assertThat(c.indexOf("-XX:+UseG1GC")).isLessThan(c.indexOf("dev.gatehouse.Main"));
    }

    @Test
    void cliCommandsAndTheirArgumentsPassThroughUnchanged() throws Exception {
        Run r = run(Map.of(), "user", "list", "--output", "json", "--query=a*b");
        assertThat(r.command()).endsWith("dev.gatehouse.Main", "user", "list", "--output", "json", "--query=a*b");
    }

    @Test
    void theClassDataArchiveIsUsedWhenPresentAndCanBeTurnedOff() throws Exception {
        assertThat(run(Map.of(), "serve").command()).noneMatch(w -> w.startsWith("-XX:SharedArchiveFile"));
        Files.createFile(home.resolve("lib/gatehouse.jsa"));
        Run r = run(Map.of(), "serve");
        assertThat(r.command()).contains("-Xshare:auto");
        assertThat(r.option("-XX:SharedArchiveFile=")).isEqualTo(home.resolve("lib/gatehouse.jsa").toRealPath().toString());
        assertThat(run(Map.of("GATEHOUSE_CDS", "off"), "serve").command()).noneMatch(w -> w.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void sqlitesNativeLibraryComesFromLibNativeWhenTheDistributionHasIt() throws Exception {
        assertThat(run(Map.of(), "serve").command()).noneMatch(w -> w.startsWith("-Dorg.sqlite.lib"));
        String arch = new String(new ProcessBuilder("uname", "-m").start().getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        Path lib = Files.createDirectories(home.resolve("lib/native/" + arch)).resolve("libsqlitejdbc.so");
        Files.createFile(lib);
        Run r = run(Map.of(), "serve");
        assertThat(r.option("-Dorg.sqlite.lib.path=")).isEqualTo(lib.getParent().toRealPath().toString());
        assertThat(r.option("-Dorg.sqlite.lib.name=")).isEqualTo("libsqlitejdbc.so");
    }

    @Test
    void badBudgetsStopWithAMessage() throws Exception {
        // The last three would overflow sh arithmetic into a negative (or absurd) budget.
        for (String bad : List.of("1x", "lots", "g1", "1.5g", "-1g", "12mb", "99999999999999999999g", "9007199254740992g", "999999999999999999m")) {
            Run r = run(Map.of("GATEHOUSE_MEMORY", bad), "serve");
            assertThat(r.exit()).as(bad).isEqualTo(2);
            assertThat(r.stderr()).as(bad).contains("GATEHOUSE_MEMORY=" + bad + " is not a size");
            assertThat(r.stdout()).as(bad).isEmpty();
        }
        Run small = run(Map.of("GATEHOUSE_MEMORY", "64m"), "serve");
        assertThat(small.exit()).isEqualTo(2);
        assertThat(small.stderr()).contains("too small: at least 128m");
    }

    /** sh arithmetic reads 01024 as octal (532) and fails on 0128. */
    @Test
    void budgetsWithLeadingZerosAreDecimal() throws Exception {
        assertThat(run(Map.of("GATEHOUSE_MEMORY", "01024m"), "serve").option("-Xmx")).isEqualTo("460m");
        assertThat(run(Map.of("GATEHOUSE_MEMORY", "0128m"), "serve").option("-Xmx")).isEqualTo("57m");
        assertThat(run(Map.of("GATEHOUSE_MEMORY", "0000000000000000001g"), "serve").option("-Xmx")).isEqualTo("460m");
        Run zero = run(Map.of("GATEHOUSE_MEMORY", "0"), "serve");
        assertThat(zero.exit()).isEqualTo(2);
        assertThat(zero.stderr()).contains("too small");
    }

    @Test
    void aCpuCountThatIsNoNumberStopsWithAMessage() throws Exception {
        for (String bad : List.of("abc", "0", " 2", "1.5", "99999999999999999999999")) {
            Run r = run(Map.of("GATEHOUSE_MEMORY", "4g", "GATEHOUSE_CPUS", bad), "serve");
            assertThat(r.exit()).as(bad).isEqualTo(2);
            assertThat(r.stderr()).as(bad).isEqualTo("gatehouse: GATEHOUSE_CPUS=" + bad + " is not a number of CPUs (1, 2, ...)\n");
            assertThat(r.stdout()).as(bad).isEmpty();
        }
    }

    /** JAVA_OPTS is split into words, never matched against the files of the working directory. */
    @Test
    void javaOptsAreSplitButNeverExpandedAsFileNames() throws Exception {
        Path cwd = Files.createDirectories(home.resolve("work dir"));
        Files.createFile(cwd.resolve("-Dgh.probe=xy"));
        Files.createFile(cwd.resolve("-Dgh.all=file"));

        Run r = runIn(cwd, Map.of("JAVA_OPTS", "-Dgh.probe=x?  -Dgh.all=*"), "serve");

        assertThat(r.command()).contains("-Dgh.probe=x?", "-Dgh.all=*").doesNotContain("-Dgh.probe=xy", "-Dgh.all=file");
    }

    /** An executable bin/java under {@code javaHome}; the dry run only names it. */
    private static Path fakeJava(Path javaHome) throws IOException {
        return fakeCommand(Files.createDirectories(javaHome.resolve("bin")).resolve("java"), "exit 1");
    }

    private static Path fakeCommand(Path file, String script) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void javaIsGatehouseJavaHomeElseTheBundledRuntimeElseJavaHomeElseThePath() throws Exception {
        String jdk = System.getProperty("java.home") + "/bin/java";
        assertThat(run(Map.of(), "serve").command().get(0)).as("no runtime/: JAVA_HOME").isEqualTo(jdk);
        Path bundled = fakeJava(home.resolve("runtime"));
        assertThat(run(Map.of(), "serve").command().get(0)).as("the Linux tarball's runtime/ before JAVA_HOME")
                .isEqualTo(bundled.toRealPath().toString());
        Path chosen = fakeJava(home.resolve("chosen-jdk"));
        assertThat(run(Map.of("GATEHOUSE_JAVA_HOME", home.resolve("chosen-jdk").toString()), "serve").command().get(0))
                .as("GATEHOUSE_JAVA_HOME before everything").isEqualTo(chosen.toString());

        // Neither variable and no runtime/: java on the PATH, which here holds only the launcher's commands.
        Files.delete(bundled);
        Path commands = Files.createDirectories(home.resolve("commands"));
        for (String command : List.of("cat", "head", "ls", "sed", "tr", "uname", "dirname", "nproc")) {
            Process which = new ProcessBuilder("sh", "-c", "command -v " + command).start();
            fakeCommand(commands.resolve(command), "exec " + new String(which.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip() + " \"$@\"");
        }
        Run none = run(Map.of("PATH", commands.toString(), "JAVA_HOME", ""), "serve");
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.stderr()).contains("no java: set GATEHOUSE_JAVA_HOME or JAVA_HOME, or put a Java 17+ on the PATH");
        Path onPath = fakeJava(home.resolve("path-jdk"));
        assertThat(run(Map.of("PATH", commands + ":" + onPath.getParent(), "JAVA_HOME", ""), "serve").command().get(0))
                .as("java on the PATH last").isEqualTo(onPath.toString());
    }

    /**
     * A supervisor may hand the process descriptor 3 already open: systemd's socket activation passes its sockets
     * from 3 on (LISTEN_FDS), s6 and runit take 3 as the usual readiness descriptor. The launcher's {@code exec 3<jar}
     * replaces whatever is there, so the class path /dev/fd/3 is the jar all the same (Gatehouse opens its own
     * ports and takes no passed socket, so nothing is lost by it). A fake java reports what its descriptor 3 is.
     */
    @Test
    void aDescriptorThreeInheritedFromASupervisorIsReplacedByTheJar() throws Exception {
        Path jar = Files.writeString(home.resolve("lib/gatehouse.jar"), "the jar's bytes");
        Path java = fakeCommand(Files.createDirectories(home.resolve("fd-jdk/bin")).resolve("java"),
                "readlink /proc/$$/fd/3; cat /dev/fd/3; echo; for a in \"$@\"; do echo \"$a\"; done");
        Path passed = Files.writeString(home.resolve("passed-socket-stand-in"), "the supervisor's descriptor");
        for (String open : List.of("3<" + passed, "3>" + passed, "3<>" + passed)) {
            ProcessBuilder pb = new ProcessBuilder("sh", "-c", "exec " + open + "; LISTEN_FDS=1; export LISTEN_FDS; exec sh \"$0\" serve",
                    home.resolve("bin/gatehouse").toString());
            pb.environment().keySet().removeIf(k -> k.startsWith("GATEHOUSE_") || k.equals("JAVA_OPTS"));
            pb.environment().put("GATEHOUSE_JAVA_HOME", java.getParent().getParent().toString());
            pb.environment().put("GATEHOUSE_CGROUP_ROOT", cgroup.toString());
            pb.environment().put("GATEHOUSE_CPUS", "2");
            Process p = pb.redirectErrorStream(true).start();
            List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(p.waitFor()).as(open + ": " + lines).isZero();
            assertThat(lines).as(open).startsWith(jar.toRealPath().toString(), "the jar's bytes");
            assertThat(lines).as(open).containsSubsequence("-cp", "/dev/fd/3", "dev.gatehouse.Main", "serve");
        }
    }

    @Test
    void aMissingGatehouseJavaHomeIsNamed() throws Exception {
        Files.createDirectories(home.resolve("runtime/bin"));
        Run r = run(Map.of("GATEHOUSE_JAVA_HOME", home.resolve("no-jdk").toString()), "serve");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("GATEHOUSE_JAVA_HOME=" + home.resolve("no-jdk") + " has no bin/java");
    }

    @Test
    void aMissingJavaHomeIsNamed() throws Exception {
        Run r = run(Map.of("JAVA_HOME", home.resolve("no-jdk").toString()), "serve");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.stderr()).contains("has no bin/java");
    }
}
