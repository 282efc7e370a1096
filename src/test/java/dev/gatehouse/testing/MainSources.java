package dev.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The text of every Java source under src/main/java, by its path there, for tests that read the code itself. */
public final class MainSources {
    private static final Path ROOT = Path.of("src/main/java");

    private MainSources() {}

    public static Map<String, String> all() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                out.put(ROOT.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
