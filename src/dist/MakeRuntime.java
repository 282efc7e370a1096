import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Java runtime that the Linux tarball and the container image carry, so that a host needs no
 * JDK, and the distribution laid out around it: target/gatehouse-VERSION-runtime/ with bin/, conf/,
 * lib/ (this machine's native library only) and runtime/, a jlink image of the build's JDK. Its
 * class-data archive, lib/gatehouse.jsa, is made again by MakeDistribution's training run with that
 * runtime: an archive maps only into the JVM build that made it (and on top of that runtime's own
 * default archive, which differs from one jlink run to the next).
 *
 * <p>One runtime and one training run per build serve both: src/dist/MakeImage.java writes this
 * directory as target/gatehouse-VERSION-linux-ARCH.tar.gz and as the image's runtime and
 * distribution layers. The jar's modification time is fixed (1970-01-01T00:00:01Z), the time of
 * every entry in both, because the archive records it.
 *
 * <p>Run by the Maven build before MakeImage (pom.xml, phase pre-integration-test: `mvn package`,
 * the quick way to a running server, stays without jlink):
 * {@code java src/dist/MakeRuntime.java <basedir> <version>}.
 */
public final class MakeRuntime {
    /** The time of every entry of the tarball and the image (MakeImage.MTIME), the jar's included. */
    static final long MTIME = 1;
    /** From `jdeps --print-module-deps` on the jar (19 s: not at every build), plus what is reached only through services or locales. */
    static final List<String> MODULES = List.of("java.base", "java.compiler", "java.desktop", "java.instrument", "java.naming", "java.rmi",
            "java.security.jgss", "java.security.sasl", "java.sql", "jdk.jfr", "jdk.management", "jdk.unsupported",
            "jdk.crypto.ec", // SunEC: ES256 signing keys, EC TLS
            "jdk.localedata"); // de and fr formats (--include-locales below)
    /** java.desktop's native libraries: AWT, fonts, images, sound; a server never loads them and they need X11 libraries. */
    static final Set<String> UNUSED_NATIVE = Set.of("libawt.so", "libawt_headless.so", "libawt_xawt.so", "libjawt.so", "libfontmanager.so",
            "libjavajpeg.so", "liblcms.so", "libmlib_image.so", "libsplashscreen.so", "libjsound.so");

    private final Path basedir;
    private final String version;
    private final Path target;

    private MakeRuntime(Path basedir, String version) {
        this.basedir = basedir;
        this.version = version;
        this.target = basedir.resolve("target");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: MakeRuntime <basedir> <version>");
        long start = System.nanoTime();
        MakeRuntime m = new MakeRuntime(Path.of(args[0]).toAbsolutePath().normalize(), args[1]);
        try {
            if (!System.getProperty("os.name").equals("Linux")) throw new IllegalStateException("the runtime distribution is built on Linux only");
            Path home = m.layOut(m.jlink());
            m.train(home);
            Files.writeString(m.target.resolve("runtime.log"), String.format("%s: runtime %d MB in %d s%n", home,
                    size(home.resolve("runtime")) >> 20, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)));
        } catch (Exception | AssertionError e) {
            System.err.println("[ERROR] runtime distribution: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    /** jlink's image, kept in target/runtime between builds while the JDK and the module list stay the same. */
    private Path jlink() throws Exception {
        Path runtime = target.resolve("runtime");
        Path stamp = target.resolve("runtime.stamp");
        String key = System.getProperty("java.home") + " " + System.getProperty("java.vm.version") + " " + MODULES;
        if (Files.isDirectory(runtime) && Files.exists(stamp) && Files.readString(stamp).equals(key)) return runtime;
        deleteTree(runtime);
        Files.deleteIfExists(stamp);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "jlink").toString(), "--add-modules", String.join(",", MODULES),
                "--include-locales=en,de,fr", "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=2",
                "--generate-cds-archive", "--output", runtime.toString());
        Process jlink = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(jlink.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (jlink.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed: " + out.strip());
        if (!out.isBlank() && !out.contains("Created CDS archive successfully")) System.err.println(out.strip());
        // The launcher keeps compressed oops (heap below 32 GiB): the other default archive is never used.
        Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
        for (String lib : UNUSED_NATIVE) Files.deleteIfExists(runtime.resolve("lib/" + lib));
        Files.writeString(stamp, key);
        return runtime;
    }

    /**
     * The plain distribution's files (laid out by MakeDistribution at package), this machine's native
     * library only, the jar at the fixed time, and the runtime as hard links to target/runtime
     * (a copy where the file system has none).
     */
    private Path layOut(Path runtime) throws IOException {
        Path dist = target.resolve("gatehouse-" + version);
        Path home = target.resolve("gatehouse-" + version + "-runtime");
        deleteTree(home);
        String machine = System.getProperty("os.arch").equals("amd64") ? "x86_64" : System.getProperty("os.arch");
        for (String file : List.of("bin/gatehouse", "conf/gatehouse.properties", "lib/gatehouse.jar", "lib/native/" + machine + "/libsqlitejdbc.so")) {
            Path to = home.resolve(file);
            Files.createDirectories(to.getParent());
            Files.copy(dist.resolve(file), to, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Files.setLastModifiedTime(home.resolve("lib/gatehouse.jar"), FileTime.fromMillis(MTIME * 1000));
        try (Stream<Path> paths = Files.walk(runtime)) {
            for (Path p : paths.toList()) {
                Path to = home.resolve("runtime").resolve(runtime.relativize(p).toString());
                if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(to);
                } else if (Files.isSymbolicLink(p)) {
                    Files.createSymbolicLink(to, Files.readSymbolicLink(p));
                } else {
                    try {
                        Files.createLink(to, p);
                    } catch (IOException | UnsupportedOperationException noHardLink) {
                        Files.copy(p, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        return home;
    }

    /** MakeDistribution's training run and its -Xshare:on check, with the bundled runtime. */
    private void train(Path home) throws Exception {
        Process training = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                basedir.resolve("src/dist/MakeDistribution.java").toString(), basedir.toString(), version, home.toString(), home.resolve("runtime").toString())
                .inheritIO().start();
        if (!training.waitFor(300, TimeUnit.SECONDS)) {
            training.destroyForcibly();
            throw new IllegalStateException("the training run with the bundled runtime took more than 300 s");
        }
        if (training.exitValue() != 0) throw new IllegalStateException("the class-data archive for the bundled runtime could not be made (target/cds-training-runtime.log)");
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            long total = 0;
            for (Path p : paths.filter(Files::isRegularFile).toList()) total += Files.size(p);
            return total;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
