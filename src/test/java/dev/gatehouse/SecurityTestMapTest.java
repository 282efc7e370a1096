package dev.gatehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/security.md honest: every {@code Class#method} it names is a test method of this
 * repository's test sources, and every rule says how it is covered (tests, "pending: …" or
 * "not covered: …"). A renamed or deleted test fails here instead of leaving a stale map.
 */
class SecurityTestMapTest {
    private static final Path MAP = Path.of("docs", "security.md");
    private static final Path TEST_SOURCES = Path.of("src", "test", "java");
    private static final Pattern REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9_]*)#([a-zA-Z_][A-Za-z0-9_]*)`");
    private static final Pattern RULE = Pattern.compile("^\\*\\*(\\d+\\.\\d+)\\*\\*", Pattern.MULTILINE);
    /** What marks a method as a test, for JUnit Jupiter and for jqwik. */
    private static final Set<String> TEST_ANNOTATIONS = Set.of("org.junit.jupiter.api.Test", "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.jupiter.api.RepeatedTest", "org.junit.jupiter.api.TestFactory", "org.junit.jupiter.api.TestTemplate",
            "net.jqwik.api.Property", "net.jqwik.api.Example");

    @Test
    void everyTestNamedInTheMapIsATestMethod() {
        String map = read(MAP);
        List<String> references = references(map);
        assertThat(references).as("test references in %s", MAP).hasSizeGreaterThan(100);
        assertThat(missing(map, testClasses())).as("references in %s that are not test methods", MAP).isEmpty();
    }

    @Test
    void everyRuleSaysHowItIsCovered() {
        Map<String, String> rules = rules(read(MAP));
        assertThat(rules).as("rules in %s", MAP).hasSizeGreaterThan(40);
        List<String> silent = rules.entrySet().stream()
                .filter(e -> !REFERENCE.matcher(e.getValue()).find() && !e.getValue().contains("pending:") && !e.getValue().contains("not covered"))
                .map(Map.Entry::getKey).toList();
        assertThat(silent).as("rules with neither a test, nor 'pending:', nor 'not covered'").isEmpty();

        List<String> pending = lines(rules, "- pending:");
        List<String> uncovered = lines(rules, "- not covered");
        System.out.printf("docs/security.md: %d rules, %d test references, %d pending, %d not covered%n", rules.size(),
                references(read(MAP)).size(), pending.size(), uncovered.size());
        pending.forEach(l -> System.out.println("  " + l));
        uncovered.forEach(l -> System.out.println("  " + l));
    }

    /** The check itself can fail: an unknown class, an unknown method and a helper that is no test are all reported. */
    @Test
    void missingWhenClassMethodOrTestAnnotationAbsentThenReported() {
        String map = "**9.1** A rule.\n- `NoSuchTest#anything`\n- `SecurityTestMapTest#nothingHere`\n- `SecurityTestMapTest#missing`\n"
                + "- `SecurityTestMapTest#everyRuleSaysHowItIsCovered`\n";
        assertThat(missing(map, testClasses())).containsExactly("NoSuchTest#anything (no such test class)",
                "SecurityTestMapTest#nothingHere (no test method of that name)", "SecurityTestMapTest#missing (no test method of that name)");
    }

    private static List<String> missing(String map, Map<String, List<String>> classes) {
        List<String> out = new ArrayList<>();
        for (String reference : references(map)) {
            String simpleName = reference.substring(0, reference.indexOf('#'));
            String method = reference.substring(reference.indexOf('#') + 1);
            List<String> candidates = classes.getOrDefault(simpleName, List.of());
            if (candidates.isEmpty()) {
                out.add(reference + " (no such test class)");
            } else if (candidates.size() > 1) {
                out.add(reference + " (ambiguous: " + candidates + ")");
            } else if (!isTestMethod(candidates.get(0), method)) {
                out.add(reference + " (no test method of that name)");
            }
        }
        return out;
    }

    private static boolean isTestMethod(String className, String method) {
        try {
            for (Class<?> c = Class.forName(className); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Method m : c.getDeclaredMethods()) {
                    if (m.getName().equals(method) && Arrays.stream(m.getAnnotations()).map(Annotation::annotationType)
                            .anyMatch(a -> TEST_ANNOTATIONS.contains(a.getName()))) {
                        return true;
                    }
                }
            }
            return false;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static List<String> references(String map) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(map);
        while (m.find()) out.add(m.group(1) + "#" + m.group(2));
        return out;
    }

    /** Rule number → its text up to the next rule or heading. */
    private static Map<String, String> rules(String map) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = RULE.matcher(map);
        List<int[]> starts = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            numbers.add(m.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i)[0];
            int to = i + 1 < starts.size() ? starts.get(i + 1)[0] : map.length();
            int heading = map.indexOf("\n#", from);
            if (heading >= 0 && heading < to) to = heading;
            String previous = out.put(numbers.get(i), map.substring(from, to));
            assertThat(previous).as("rule %s appears twice", numbers.get(i)).isNull();
        }
        return out;
    }

    private static List<String> lines(Map<String, String> rules, String prefix) {
        return rules.entrySet().stream().flatMap(e -> e.getValue().lines().filter(l -> l.startsWith(prefix))
                .map(l -> e.getKey() + " " + l.substring(2))).toList();
    }

    /** Simple name → fully qualified names of the classes in the test sources. */
    private static Map<String, List<String>> testClasses() {
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(p -> TEST_SOURCES.relativize(p).toString())
                    .map(p -> p.substring(0, p.length() - ".java".length()).replace('/', '.').replace('\\', '.'))
                    .collect(Collectors.groupingBy(n -> n.substring(n.lastIndexOf('.') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
