package dev.gatehouse.web.pages;

import dev.gatehouse.config.ConfigException;
import gg.jte.CodeResolver;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.resolve.DirectoryCodeResolver;
import gg.jte.resolve.ResourceCodeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@code templates.dir}: the operator's templates replace the built-in ones of the same name
 * ({@code pages/login.jte}, {@code pages/layout.jte}...). A replaced layout must show in every page, so
 * with a directory set every page template is compiled anew at start-up (javac, hence a JDK), from the
 * directory where it has the template and from the sources shipped in the jar otherwise. A template
 * that does not compile stops the start with jte's message, like any other configuration error.
 */
final class TemplateOverrides implements CodeResolver {
    /** Where the build puts the page templates' sources in the jar (pom.xml, resources). */
    static final String BUILT_IN = "dev/gatehouse/jte";

    private final DirectoryCodeResolver operator;
    private final ResourceCodeResolver builtIn;

    private TemplateOverrides(Path dir) {
        this.operator = new DirectoryCodeResolver(dir);
        this.builtIn = new ResourceCodeResolver(BUILT_IN, TemplateOverrides.class.getClassLoader());
    }

    static TemplateEngine compile(Path dir, Path classDir) {
        TemplateOverrides resolver = new TemplateOverrides(dir);
        TemplateEngine engine = TemplateEngine.create(resolver, classDir, ContentType.Html, TemplateOverrides.class.getClassLoader());
        // What the templates name: our classes and jte's. One entry for the shaded jar; under a test runner
        // the class path property names a launcher, so the locations are taken from the classes themselves.
        engine.setClassPath(Stream.of(TemplateOverrides.class, TemplateEngine.class).map(TemplateOverrides::location).distinct().toList());
        try {
            engine.precompileAll(); // every name of resolveAllTemplateNames, in one javac run
        } catch (TemplateException e) {
            throw new ConfigException(List.of("templates.dir: " + e.getMessage()));
        }
        return engine;
    }

    private static String location(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String resolve(String name) {
        return operator.exists(name) ? operator.resolve(name) : builtIn.resolve(name);
    }

    /**
     * Always the same: jte then never sees a change and never compiles again while serving, so a template
     * edited in the directory takes effect at the next start, after being checked like the others.
     */
    @Override
    public long getLastModified(String name) {
        return 0L;
    }

    @Override
    public boolean exists(String name) {
        return operator.exists(name) || builtIn.exists(name);
    }

    /** Every built-in page template and every template of the directory. */
    @Override
    public List<String> resolveAllTemplateNames() {
        TreeSet<String> names = new TreeSet<>(builtInNames());
        names.addAll(operator.resolveAllTemplateNames());
        return new ArrayList<>(names);
    }

    /** The shipped sources under {@link #BUILT_IN}, from target/classes or from inside the jar. */
    private static List<String> builtInNames() {
        URL url = TemplateOverrides.class.getClassLoader().getResource(BUILT_IN + "/pages");
        if (url == null) throw new IllegalStateException("the page template sources are missing from the class path: " + BUILT_IN);
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return list(jar.getPath(BUILT_IN));
                } catch (FileSystemAlreadyExistsException e) {
                    return list(FileSystems.getFileSystem(uri).getPath(BUILT_IN)); // someone else's: left open
                }
            }
            return list(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".jte"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
