import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The two packages of the runtime distribution (target/gatehouse-VERSION-runtime/, the
 * distribution with a jlink runtime of its own, laid out and trained by src/dist/MakeRuntime.java),
 * written by the build itself:
 * <ul>
 *   <li>target/gatehouse-VERSION-linux-ARCH.tar.gz, for hosts without a JDK: the directory under
 *       gatehouse-VERSION/ (the plain tarball's top directory), with sorted entries, fixed times and
 *       owners like the layers below, executable files 0755 and the rest 0644;</li>
 *   <li>the OCI container image, below.</li>
 * </ul>
 *
 * <p>The OCI container image: no Docker daemon, no base image from a registry, no tool but the
 * JDK's jlink (MakeRuntime) and this machine's dpkg database.
 *
 * <p>Three layers, each a gzip'd tar with sorted entries, fixed times (1970-01-01T00:00:01Z) and
 * owners, so that the same inputs give the same digests:
 * <ol>
 *   <li>base: the files of this machine's Debian packages that the rest needs, found as a closure:
 *       the shared libraries (ELF DT_NEEDED, followed recursively) of the runtime, of the native
 *       libraries in the jar and of the few commands bin/gatehouse runs; each file must belong to
 *       an installed package, whose dpkg status goes to /var/lib/dpkg/status.d/ and copyright to
 *       /usr/share/doc (as in distroless images, so scanners see the versions). Plus /etc/passwd
 *       and /etc/group with the user gatehouse (65532), /tmp and the volume /var/lib/gatehouse;</li>
 *   <li>runtime: the runtime distribution's runtime/, a jlink image of the build's JDK
 *       (/opt/gatehouse/runtime), so the image needs no JDK; with its own default CDS archive
 *       (--generate-cds-archive) under the app's;</li>
 *   <li>app: the rest of it, bin/, conf/, lib/gatehouse.jar, lib/native/ and lib/gatehouse.jsa, the
 *       class-data archive made again, by MakeDistribution's training run, with this runtime: an
 *       archive only maps into the JVM build that made it.</li>
 * </ol>
 * Written as target/gatehouse-VERSION-oci/ (an OCI image layout) and the same as
 * target/gatehouse-VERSION-oci.tar, which also carries a docker-archive manifest.json.
 *
 * <p>Run by the Maven build after MakeRuntime (pom.xml, phase pre-integration-test):
 * {@code java src/dist/MakeImage.java <basedir> <version>}; -Dgatehouse.image.skip=true skips the
 * image (on a machine without dpkg, say), and then ImageIT fails; the tarball is written either way.
 */
public final class MakeImage {
    static final int UID = 65532;
    /** Every entry's time, also the jar's in the runtime distribution (MakeRuntime.MTIME): its class-data archive records it. */
    static final long MTIME = 1;
    static final String HOME = "opt/gatehouse";
    static final String DATA = "var/lib/gatehouse";
    /** Every command bin/gatehouse runs (sh and its external commands); ImageIT runs the launcher in the image. */
    static final List<String> COMMANDS = List.of("/bin/sh", "/bin/dash", "/bin/cat", "/bin/head", "/bin/ls", "/bin/sed", "/bin/tr",
            "/bin/uname", "/usr/bin/dirname", "/usr/bin/nproc");
    /** The jar's native libraries that load at run time (Argon2 through JNA, Amazon Corretto Crypto Provider). */
    static final List<String> JAR_NATIVES = List.of("com/sun/jna/linux-%s/libjnidispatch.so", "linux-%s/libargon2.so",
            "com/amazon/corretto/crypto/provider/libamazonCorrettoCryptoProvider.so");

    /** Debian's libraries the server loads by name at run time (no DT_NEEDED names them): libsodium23, the fast Argon2id. */
    static final List<String> LOADED_BY_NAME = List.of("libsodium.so.23");

    private final String version;
    private final Path target;
    /** The runtime distribution, laid out and trained by MakeRuntime. */
    private final Path home;
    private final Arch arch = Arch.current();

    private MakeImage(Path basedir, String version) {
        this.version = version;
        this.target = basedir.resolve("target");
        this.home = target.resolve("gatehouse-" + version + "-runtime");
    }

    record Arch(String oci, String machine, String jna, String triplet) {
        static Arch current() {
            return switch (System.getProperty("os.arch")) {
                case "amd64", "x86_64" -> new Arch("amd64", "x86_64", "x86-64", "x86_64-linux-gnu");
                case "aarch64" -> new Arch("arm64", "aarch64", "aarch64", "aarch64-linux-gnu");
                default -> throw new IllegalStateException("no container image for " + System.getProperty("os.arch"));
            };
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) throw new IllegalArgumentException("usage: MakeImage <basedir> <version>");
        long start = System.nanoTime();
        MakeImage m = new MakeImage(Path.of(args[0]).toAbsolutePath().normalize(), args[1]);
        try {
            if (!Files.isRegularFile(m.home.resolve("lib/gatehouse.jsa"))) throw new IllegalStateException(m.home + " is not laid out: src/dist/MakeRuntime.java first");
            if (Boolean.getBoolean("gatehouse.image.skip")) {
                m.tarball();
                // No stale image from an earlier build for ImageIT to test.
                Files.deleteIfExists(m.target.resolve("gatehouse-" + args[1] + "-oci.tar"));
                return;
            }
            // The tarball and the layers are compressed side by side: a core each.
            CompletableFuture<Path> tarball = CompletableFuture.supplyAsync(() -> {
                try {
                    return m.tarball();
                } catch (IOException e) {
                    throw new IllegalStateException("tarball: " + e.getMessage(), e);
                }
            });
            String summary = m.build();
            Path tar = tarball.join();
            Files.writeString(m.target.resolve("image.log"), summary + String.format(", %s %d MB, in %d s%n", tar.getFileName(), Files.size(tar) >> 20,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)));
        } catch (Exception | AssertionError e) {
            System.err.println("[ERROR] container image or runtime tarball: " + e.getMessage());
            e.printStackTrace();
            System.exit(1);
        }
    }

    /**
     * target/gatehouse-VERSION-linux-ARCH.tar.gz: ARCH as `uname -m` names it (x86_64, aarch64), as
     * the launcher's lib/native/ does, so a script picks its tarball with $(uname -m); the top
     * directory is the plain tarball's, so an installation is laid out the same from either.
     */
    private Path tarball() throws IOException {
        Path out = target.resolve("gatehouse-" + version + "-linux-" + arch.machine() + ".tar.gz");
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream gzip = new GZIPOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16), 1 << 16)) {
            Tar.write(gzip, tree(home, "gatehouse-" + version).values());
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        return out;
    }

    private String build() throws Exception {
        Path runtime = home.resolve("runtime");
        Path layout = target.resolve("gatehouse-" + version + "-oci");
        Shell.deleteTree(layout);
        Path blobs = Files.createDirectories(layout.resolve("blobs/sha256"));
        List<Layer> layers = new ArrayList<>();
        layers.add(Layer.write(blobs, new Base(arch, runtime, home, target.resolve("gatehouse.jar")).entries(), "base: files of Debian packages"));
        layers.add(Layer.write(blobs, tree(runtime, HOME + "/runtime"), "jlink runtime"));
        Map<String, Entry> app = tree(home, HOME);
        app.keySet().removeIf(path -> path.equals(HOME + "/runtime") || path.startsWith(HOME + "/runtime/"));
        layers.add(Layer.write(blobs, app, "gatehouse " + version));
        Oci.write(layout, layers, config(layers), version, arch);
        Path tar = target.resolve("gatehouse-" + version + "-oci.tar");
        Oci.archive(layout, tar);
        long compressed = layers.stream().mapToLong(Layer::size).sum();
        long unpacked = layers.stream().mapToLong(Layer::unpacked).sum();
        return String.format("image %s: %d layers, %d MB compressed, %d MB unpacked", tar, layers.size(), compressed >> 20, unpacked >> 20);
    }

    /** A directory's files as layer entries under {@code prefix}, root-owned, with their permissions. */
    static Map<String, Entry> tree(Path dir, String prefix) {
        Map<String, Entry> entries = new TreeMap<>();
        Entry.parents(entries, prefix);
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.toList()) {
                String name = dir.relativize(p).toString();
                String path = name.isEmpty() ? prefix : prefix + "/" + name;
                entries.put(path, Entry.of(p, path, 0));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return entries;
    }

    private String config(List<Layer> layers) {
        String diffIds = layers.stream().map(l -> Json.str("sha256:" + l.diffId())).collect(Collectors.joining(","));
        String history = layers.stream().map(l -> "{" + Json.field("created", "1970-01-01T00:00:00Z") + "," + Json.field("created_by", l.description()) + "}")
                .collect(Collectors.joining(","));
        List<String> env = List.of("PATH=/" + HOME + "/bin:/usr/bin:/bin", "JAVA_HOME=/" + HOME + "/runtime", "GATEHOUSE_DATA_DIR=/" + DATA, "LANG=C.UTF-8");
        List<String> check = List.of("CMD", "/" + HOME + "/runtime/bin/java", "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx16m", "-XX:-UsePerfData", "-Xlog:disable", "-cp", "/" + HOME + "/lib/gatehouse.jar", "dev.gatehouse.image.HealthCheck");
        long second = 1_000_000_000L;
        return "{" + Json.field("created", "1970-01-01T00:00:00Z") + "," + Json.field("architecture", arch.oci()) + "," + Json.field("os", "linux") + ","
                + "\"config\":{" + Json.field("User", UID + ":" + UID) + ","
                // The public port only: `docker run -P` publishes every exposed port on all of the host's addresses,
                // and the management port's metrics are for the operator's network (README "Management port").
                + "\"ExposedPorts\":{\"8080/tcp\":{}},"
                + "\"Env\":" + Json.array(env) + ","
                + "\"Entrypoint\":" + Json.array(List.of("/" + HOME + "/bin/gatehouse")) + ","
                + "\"Cmd\":" + Json.array(List.of("serve")) + ","
                + Json.field("WorkingDir", "/" + DATA) + ","
                + "\"Volumes\":{\"/" + DATA + "\":{},\"/tmp\":{}},"
                + Json.field("StopSignal", "SIGTERM") + ","
                + "\"Healthcheck\":{\"Test\":" + Json.array(check) + ",\"Interval\":" + 30 * second + ",\"Timeout\":" + 10 * second
                + ",\"StartPeriod\":" + 60 * second + ",\"StartInterval\":" + 2 * second + ",\"Retries\":3},"
                + "\"Labels\":{" + Json.field("org.opencontainers.image.title", "Gatehouse") + "," + Json.field("org.opencontainers.image.version", version) + ","
                + Json.field("org.opencontainers.image.description", "Gatehouse identity and token server") + "}"
                + "},"
                + "\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[" + diffIds + "]},"
                + "\"history\":[" + history + "]}";
    }

    /** One entry of a layer's tar. */
    record Entry(String path, char type, int mode, int owner, Path source, byte[] content, String link) {
        static Entry dir(String path, int mode, int owner) {
            return new Entry(path, '5', mode, owner, null, null, null);
        }

        static Entry file(String path, int mode, byte[] content) {
            return new Entry(path, '0', mode, 0, null, content, null);
        }

        static Entry symlink(String path, String link) {
            return new Entry(path, '2', 0777, 0, null, null, link);
        }

        /** A file, directory or symbolic link of this machine, as it is (not followed). */
        static Entry of(Path p, String path, int owner) {
            try {
                if (Files.isSymbolicLink(p)) return symlink(path, Files.readSymbolicLink(p).toString());
                int mode = 0;
                for (PosixFilePermission perm : Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)) mode |= 0400 >> perm.ordinal();
                if (Files.isDirectory(p)) return dir(path, mode | 0755, owner);
                // Everything is root's and read-only for the server's user: read, and execute where it was executable.
                return new Entry(path, '0', (mode & 0111) != 0 ? 0755 : 0644, owner, p, null, null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The directories above {@code path}, root's, 0755. */
        static void parents(Map<String, Entry> entries, String path) {
            for (int i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) entries.putIfAbsent(path.substring(0, i), dir(path.substring(0, i), 0755, 0));
            entries.putIfAbsent(path, dir(path, 0755, 0));
        }

        long size() throws IOException {
            return type != '0' ? 0 : content != null ? content.length : Files.size(source);
        }
    }

    /** A written layer: digests of the gzip'd blob and of the tar inside it (the config's diff_id). */
    record Layer(String digest, long size, String diffId, long unpacked, String description) {
        static Layer write(Path blobs, Map<String, Entry> entries, String description) {
            try {
                Path tmp = Files.createTempFile(blobs.getParent(), "layer", ".tmp");
                MessageDigest blobDigest = MessageDigest.getInstance("SHA-256");
                MessageDigest tarDigest = MessageDigest.getInstance("SHA-256");
                Counting blob;
                Counting tar;
                try (OutputStream file = Files.newOutputStream(tmp)) {
                    blob = new Counting(file, blobDigest);
                    GZIPOutputStream gzip = new GZIPOutputStream(blob, 1 << 16);
                    tar = new Counting(gzip, tarDigest);
                    Tar.write(tar, entries.values());
                    tar.close();
                }
                String digest = HexFormat.of().formatHex(blobDigest.digest());
                Files.move(tmp, blobs.resolve(digest), StandardCopyOption.REPLACE_EXISTING);
                Files.setPosixFilePermissions(blobs.resolve(digest), PosixFilePermissions.fromString("rw-r--r--"));
                return new Layer(digest, blob.count, HexFormat.of().formatHex(tarDigest.digest()), tar.count, description);
            } catch (Exception e) {
                throw new IllegalStateException("layer: " + e.getMessage(), e);
            }
        }
    }

    /** Counts and digests what passes through. */
    static final class Counting extends FilterOutputStream {
        private final MessageDigest digest;
        long count;

        Counting(OutputStream out, MessageDigest digest) {
            super(out);
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            count += len;
        }
    }

    /** POSIX (pax) tar: ustar headers, a pax record when a name does not fit. */
    static final class Tar {
        static void write(OutputStream out, Iterable<Entry> entries) throws IOException {
            for (Entry e : entries) {
                String name = e.type() == '5' ? e.path() + "/" : e.path();
                Map<String, String> pax = new LinkedHashMap<>();
                if (name.getBytes(StandardCharsets.UTF_8).length > 100 || !StandardCharsets.US_ASCII.newEncoder().canEncode(name)) pax.put("path", name);
                if (e.link() != null && e.link().getBytes(StandardCharsets.UTF_8).length > 100) pax.put("linkpath", e.link());
                if (!pax.isEmpty()) {
                    ByteArrayOutputStream records = new ByteArrayOutputStream();
                    for (Map.Entry<String, String> r : pax.entrySet()) records.writeBytes(record(r.getKey(), r.getValue()));
                    byte[] body = records.toByteArray();
                    out.write(header("PaxHeaders/" + truncate(name), 'x', 0644, 0, body.length, null));
                    out.write(body);
                    pad(out, body.length);
                }
                long size = e.size();
                out.write(header(pax.containsKey("path") ? truncate(name) : name, e.type(), e.mode(), e.owner(), size, e.link()));
                if (e.type() == '0') {
                    long copied;
                    if (e.content() != null) {
                        out.write(e.content());
                        copied = e.content().length;
                    } else {
                        try (InputStream in = Files.newInputStream(e.source())) {
                            copied = in.transferTo(out);
                        }
                    }
                    if (copied != size) throw new IOException(e.source() + " changed while it was written");
                    pad(out, size);
                }
            }
            out.write(new byte[1024]);
        }

        private static String truncate(String name) {
            byte[] b = name.getBytes(StandardCharsets.UTF_8);
            return b.length <= 90 ? name : new String(b, b.length - 90, 90, StandardCharsets.US_ASCII).replaceAll("[^ -~]", "_");
        }

        /** "%d %s=%s\n", the length counting itself (POSIX pax, "extended header"). */
        private static byte[] record(String key, String value) {
            int body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8).length;
            int len = body + String.valueOf(body).length();
            if (String.valueOf(len).length() != String.valueOf(body).length()) len++;
            return (len + " " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] header(String name, char type, int mode, int owner, long size, String link) {
            byte[] h = new byte[512];
            put(h, 0, 100, name);
            octal(h, 100, 8, mode);
            octal(h, 108, 8, owner);
            octal(h, 116, 8, owner);
            octal(h, 124, 12, size);
            octal(h, 136, 12, MTIME);
            h[156] = (byte) type;
            if (link != null) put(h, 157, 100, link);
            put(h, 257, 6, "ustar");
            put(h, 263, 2, "00");
            octal(h, 329, 8, 0);
            octal(h, 337, 8, 0);
            for (int i = 148; i < 156; i++) h[i] = ' ';
            long sum = 0;
            for (byte b : h) sum += b & 0xff;
            put(h, 148, 8, String.format("%06o", sum) + "\0 ");
            return h;
        }

        private static void put(byte[] h, int off, int len, String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(b, 0, h, off, Math.min(len, b.length));
        }

        private static void octal(byte[] h, int off, int len, long v) {
            put(h, off, len, String.format("%0" + (len - 1) + "o", v));
        }

        private static void pad(OutputStream out, long size) throws IOException {
            if (size % 512 != 0) out.write(new byte[(int) (512 - size % 512)]);
        }
    }

    /** The base layer: this machine's Debian files that the runtime, the native libraries and the launcher need. */
    static final class Base {
        private final Arch arch;
        private final Map<String, Entry> entries = new TreeMap<>();
        private final Set<Path> hostFiles = new TreeSet<>();
        private final Set<String> provided = new TreeSet<>();

        Base(Arch arch, Path runtime, Path app, Path jar) throws Exception {
            this.arch = arch;
            Deque<Path> elves = new ArrayDeque<>();
            try (Stream<Path> files = Files.walk(runtime)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    if (Elf.is(p)) {
                        elves.add(p);
                        provided.add(p.getFileName().toString());
                    }
                }
            }
            elves.add(app.resolve("lib/native/" + arch.machine() + "/libsqlitejdbc.so"));
            Path natives = Files.createTempDirectory("gatehouse-image-natives");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                for (String name : JAR_NATIVES) {
                    ZipEntry e = zip.getEntry(String.format(name, arch.jna()));
                    if (e == null) throw new IllegalStateException("no " + String.format(name, arch.jna()) + " in the jar");
                    Path to = natives.resolve(Integer.toString(elves.size()));
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                    elves.add(to);
                }
            }
            for (String command : COMMANDS) {
                Path p = Path.of(command);
                if (!Files.exists(p)) throw new IllegalStateException(command + " is missing on this machine");
                addHost(p);
                elves.add(p.toRealPath());
            }
            for (String name : LOADED_BY_NAME) {
                Path p = Path.of("/usr/lib", arch.triplet(), name);
                if (!Files.exists(p)) throw new IllegalStateException(p + " is missing on this machine (apt-get install libsodium23)");
                addHost(p);
                elves.add(p.toRealPath());
            }
            closure(elves);
            Shell.deleteTree(natives);
            for (String path : List.of("/etc/os-release", "/etc/debian_version")) addHost(Path.of(path));
            packages();
            system();
        }

        Map<String, Entry> entries() {
            return entries;
        }

        /** DT_NEEDED, followed until every library is either the runtime's own ($ORIGIN) or in the image. */
        private void closure(Deque<Path> elves) throws IOException {
            Set<Path> seen = new TreeSet<>();
            while (!elves.isEmpty()) {
                Path elf = elves.poll();
                if (!seen.add(elf)) continue;
                Elf info = Elf.read(elf);
                if (info.interpreter() != null) addHost(Path.of(info.interpreter()));
                for (String needed : info.needed()) {
                    if (provided.contains(needed)) continue;
                    Path lib = null;
                    for (String dir : List.of("/lib/" + arch.triplet(), "/usr/lib/" + arch.triplet(), "/lib", "/usr/lib")) {
                        if (Files.exists(Path.of(dir, needed))) {
                            lib = Path.of(dir, needed);
                            break;
                        }
                    }
                    if (lib == null) throw new IllegalStateException(elf + " needs " + needed + ", which is not on this machine");
                    addHost(lib);
                    elves.add(lib.toRealPath());
                }
            }
        }

        /** A file of this machine at the same place in the image, symbolic links and their targets included. */
        private void addHost(Path p) throws IOException {
            Path parent = p.toAbsolutePath().getParent().toRealPath();
            Path at = parent.resolve(p.getFileName());
            // /bin -> usr/bin and the like on a merged-/usr system: the same links in the image.
            for (Path dir = p.toAbsolutePath().getParent(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
                if (Files.isSymbolicLink(dir)) entries.put(dir.toString().substring(1), Entry.symlink(dir.toString().substring(1), Files.readSymbolicLink(dir).toString()));
            }
            String path = at.toString().substring(1);
            if (entries.containsKey(path)) return;
            Entry.parents(entries, path.substring(0, path.lastIndexOf('/')));
            entries.put(path, Entry.of(at, path, 0));
            hostFiles.add(at);
            if (Files.isSymbolicLink(at)) addHost(at.resolveSibling(Files.readSymbolicLink(at)).normalize());
        }

        /** The Debian packages that own the files: their dpkg status and copyright go in too; a file of no package stops the build. */
        private void packages() throws Exception {
            List<String> query = new ArrayList<>(List.of("dpkg-query", "--search"));
            for (Path f : hostFiles) {
                query.add(f.toString());
                // dpkg knows a file by the path its package shipped it under, /lib or /usr/lib.
                if (f.startsWith("/usr/")) query.add(f.toString().substring(4));
            }
            Map<String, Set<String>> owners = new TreeMap<>();
            for (String line : Shell.output(query, true).split("\n")) {
                int colon = line.lastIndexOf(": /");
                if (colon < 0 || line.startsWith("diversion ")) continue;
                String file = line.substring(colon + 2);
                for (String pkg : line.substring(0, colon).split(", ")) owners.computeIfAbsent(pkg, k -> new TreeSet<>()).add(file);
            }
            Set<String> owned = owners.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
            for (Path f : hostFiles) {
                if (!owned.contains(f.toString()) && !owned.contains(f.toString().substring(f.startsWith("/usr/") ? 4 : 0))) {
                    throw new IllegalStateException(f + " belongs to no installed Debian package: the base takes packaged files only");
                }
            }
            for (String pkg : owners.keySet()) {
                String name = pkg.replaceFirst(":.*", "");
                byte[] status = Shell.output(List.of("dpkg-query", "--status", pkg), false).getBytes(StandardCharsets.UTF_8);
                entries.put("var/lib/dpkg/status.d/" + name, Entry.file("var/lib/dpkg/status.d/" + name, 0644, status));
                Path copyright = Path.of("/usr/share/doc", name, "copyright");
                if (Files.exists(copyright)) {
                    String at = "usr/share/doc/" + name + "/copyright";
                    entries.put(at, Entry.file(at, 0644, Files.readAllBytes(copyright)));
                }
            }
            Entry.parents(entries, "var/lib/dpkg/status.d");
            Entry.parents(entries, "usr/share/doc");
        }

        /** The user, the writable places and the few files a container runtime would otherwise miss. */
        private void system() {
            Entry.parents(entries, "etc");
            file("etc/passwd", "root:x:0:0:root:/root:/usr/sbin/nologin\ngatehouse:x:" + UID + ":" + UID + ":Gatehouse:/" + DATA + ":/usr/sbin/nologin\n");
            file("etc/group", "root:x:0:\ngatehouse:x:" + UID + ":\n");
            file("etc/nsswitch.conf", "passwd: files\ngroup: files\nhosts: files dns\n");
            // Replaced by the container runtime's own; here for a plain chroot.
            file("etc/hosts", "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n");
            for (String mountPoint : List.of("proc", "sys", "dev")) entries.put(mountPoint, Entry.dir(mountPoint, 0755, 0));
            entries.put("root", Entry.dir("root", 0700, 0));
            entries.put("tmp", Entry.dir("tmp", 01777, 0));
            Entry.parents(entries, DATA.substring(0, DATA.lastIndexOf('/')));
            // The only place the server's user may write (a volume in production): 0700, its data is secret.
            entries.put(DATA, Entry.dir(DATA, 0700, UID));
        }

        private void file(String path, String content) {
            entries.put(path, Entry.file(path, 0644, content.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** What the dynamic linker reads of an ELF64 little-endian file: its interpreter and DT_NEEDED. */
    record Elf(String interpreter, List<String> needed) {
        static boolean is(Path p) throws IOException {
            try (InputStream in = Files.newInputStream(p)) {
                byte[] magic = in.readNBytes(4);
                return magic.length == 4 && magic[0] == 0x7f && magic[1] == 'E' && magic[2] == 'L' && magic[3] == 'F';
            }
        }

        static Elf read(Path p) throws IOException {
            ByteBuffer b;
            try (FileChannel ch = FileChannel.open(p)) {
                b = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size()).order(ByteOrder.LITTLE_ENDIAN);
            }
            if (b.getInt(0) != 0x464c457f || b.get(4) != 2 || b.get(5) != 1) throw new IOException(p + " is not a 64-bit little-endian ELF file");
            long phoff = b.getLong(0x20);
            int phentsize = b.getShort(0x36) & 0xffff;
            int phnum = b.getShort(0x38) & 0xffff;
            String interpreter = null;
            long dynOff = -1;
            long dynSize = 0;
            List<long[]> loads = new ArrayList<>();
            for (int i = 0; i < phnum; i++) {
                int ph = (int) (phoff + (long) i * phentsize);
                int type = b.getInt(ph);
                long offset = b.getLong(ph + 8);
                long vaddr = b.getLong(ph + 16);
                long filesz = b.getLong(ph + 32);
                if (type == 1) loads.add(new long[] {vaddr, offset, filesz});
                if (type == 2) {
                    dynOff = offset;
                    dynSize = filesz;
                }
                if (type == 3) interpreter = string(b, offset);
            }
            List<String> needed = new ArrayList<>();
            if (dynOff < 0) return new Elf(interpreter, needed);
            long strtab = -1;
            List<Long> names = new ArrayList<>();
            for (long d = dynOff; d + 16 <= dynOff + dynSize; d += 16) {
                long tag = b.getLong((int) d);
                long val = b.getLong((int) d + 8);
                if (tag == 0) break;
                if (tag == 1) names.add(val);
                if (tag == 5) strtab = val;
            }
            long strOff = -1;
            for (long[] load : loads) {
                if (strtab >= load[0] && strtab < load[0] + load[2]) strOff = strtab - load[0] + load[1];
            }
            if (strOff < 0 && !names.isEmpty()) throw new IOException(p + ": no string table");
            for (long n : names) needed.add(string(b, strOff + n));
            return new Elf(interpreter, needed);
        }

        private static String string(ByteBuffer b, long off) {
            StringBuilder s = new StringBuilder();
            for (int i = (int) off; b.get(i) != 0; i++) s.append((char) b.get(i));
            return s.toString();
        }
    }

    /** The image layout: blobs, the config, the manifest, index.json and oci-layout (OCI image-spec v1.1). */
    static final class Oci {
        static final String MANIFEST = "application/vnd.oci.image.manifest.v1+json";

        static void write(Path layout, List<Layer> layers, String config, String version, Arch arch) throws Exception {
            Path blobs = layout.resolve("blobs/sha256");
            String configDigest = blob(blobs, config);
            String layerList = layers.stream().map(l -> "{" + Json.field("mediaType", "application/vnd.oci.image.layer.v1.tar+gzip") + ","
                    + Json.field("digest", "sha256:" + l.digest()) + ",\"size\":" + l.size() + "}").collect(Collectors.joining(","));
            String manifest = "{\"schemaVersion\":2," + Json.field("mediaType", MANIFEST) + ","
                    + "\"config\":{" + Json.field("mediaType", "application/vnd.oci.image.config.v1+json") + "," + Json.field("digest", "sha256:" + configDigest)
                    + ",\"size\":" + config.getBytes(StandardCharsets.UTF_8).length + "},"
                    + "\"layers\":[" + layerList + "]}";
            String manifestDigest = blob(blobs, manifest);
            String index = "{\"schemaVersion\":2," + Json.field("mediaType", "application/vnd.oci.image.index.v1+json") + ",\"manifests\":[{"
                    + Json.field("mediaType", MANIFEST) + "," + Json.field("digest", "sha256:" + manifestDigest) + ",\"size\":" + manifest.getBytes(StandardCharsets.UTF_8).length + ","
                    + "\"platform\":{" + Json.field("architecture", arch.oci()) + "," + Json.field("os", "linux") + "},"
                    + "\"annotations\":{" + Json.field("org.opencontainers.image.ref.name", "gatehouse:" + version) + ","
                    + Json.field("io.containerd.image.name", "docker.io/library/gatehouse:" + version) + "}}]}";
            Files.writeString(layout.resolve("index.json"), index);
            Files.writeString(layout.resolve("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
            // docker load (before Docker 25 it reads this file only): the same blobs.
            String layerPaths = layers.stream().map(l -> Json.str("blobs/sha256/" + l.digest())).collect(Collectors.joining(","));
            Files.writeString(layout.resolve("manifest.json"), "[{" + Json.field("Config", "blobs/sha256/" + configDigest) + ","
                    + "\"RepoTags\":[" + Json.str("gatehouse:" + version) + "],\"Layers\":[" + layerPaths + "]}]");
        }

        private static String blob(Path blobs, String json) throws Exception {
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            Files.write(blobs.resolve(digest), bytes);
            return digest;
        }

        /** The layout as one tar (oci-archive), sorted, with the same fixed times. */
        static void archive(Path layout, Path tar) throws IOException {
            Map<String, Entry> entries = new TreeMap<>();
            try (Stream<Path> paths = Files.walk(layout)) {
                for (Path p : paths.filter(p -> !p.equals(layout)).toList()) {
                    String name = layout.relativize(p).toString();
                    entries.put(name, Files.isDirectory(p) ? Entry.dir(name, 0755, 0) : new Entry(name, '0', 0644, 0, p, null, null));
                }
            }
            Path tmp = tar.resolveSibling(tar.getFileName() + ".tmp");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                Tar.write(out, entries.values());
            }
            Files.move(tmp, tar, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static final class Json {
        static String str(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') b.append('\\').append(c);
                else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                else b.append(c);
            }
            return b.append('"').toString();
        }

        static String field(String name, String value) {
            return str(name) + ":" + str(value);
        }

        static String array(List<String> values) {
            return values.stream().map(Json::str).collect(Collectors.joining(",", "[", "]"));
        }
    }

    static final class Shell {
        /** A command's standard output; a failure stops the build unless {@code tolerant} (dpkg-query --search fails on any unknown path). */
        static String output(List<String> command, boolean tolerant) throws Exception {
            Process p = new ProcessBuilder(command).redirectError(tolerant ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0 && !tolerant) throw new IllegalStateException(String.join(" ", command) + " failed: " + out.strip());
            return out;
        }

        static void deleteTree(Path dir) throws IOException {
            if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
    }
}
