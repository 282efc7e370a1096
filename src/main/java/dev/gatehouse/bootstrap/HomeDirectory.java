package dev.gatehouse.bootstrap;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the libraries that write under the user's home write when there is none. A process whose uid has no
 * passwd entry ({@code docker run --user 12345}, OpenShift's random uids) gets {@code user.home=?} from the
 * JVM, and JNA, which unpacks libjnidispatch and libargon2 before loading them, would unpack them into
 * {@code ?/.cache/JNA/temp} relative to the working directory (in the image, the data volume), or fail on a
 * read-only one before falling back. The other libraries only read under the home (pgjdbc's and Flyway's
 * {@code .pgpass}, pgjdbc's {@code .postgresql/} client certificates) and write their native libraries
 * into {@code java.io.tmpdir} already (sqlite-jdbc unless the launcher points it at lib/native, the native crypto
 * provider); so JNA alone is steered: into {@code java.io.tmpdir}, JNA's own fallback, which a container with a
 * read-only root gets writable ({@code /tmp}, docs/operations.md).
 */
public final class HomeDirectory {
    static final String JNA_TMPDIR = "jna.tmpdir";

    private HomeDirectory() {}

    /** Before any JNA class loads (Main's first line): JNA reads the property once. */
    public static void steerNativeLibraries() {
        steer(System.getProperties(), System.getenv());
    }

    /**
     * Sets {@code jna.tmpdir} to {@code java.io.tmpdir} when {@code user.home} is not an existing absolute directory,
     * unless the operator chose already ({@code jna.tmpdir}, or {@code XDG_CACHE_HOME}, which JNA prefers to the
     * home) or the temporary directory is not writable either (JNA then falls back as it would).
     *
     * @return the directory set, or null when nothing was changed
     */
    static String steer(Properties properties, Map<String, String> env) {
        if (properties.getProperty(JNA_TMPDIR) != null) return null;
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return null;
        if (isDirectory(properties.getProperty("user.home"))) return null;
        String tmp = properties.getProperty("java.io.tmpdir");
        if (!isDirectory(tmp) || !Files.isWritable(Path.of(tmp))) return null;
        properties.setProperty(JNA_TMPDIR, tmp);
        return tmp;
    }

    private static boolean isDirectory(String path) {
        if (path == null || path.isEmpty()) return false;
        try {
            Path p = Path.of(path);
            return p.isAbsolute() && Files.isDirectory(p);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
