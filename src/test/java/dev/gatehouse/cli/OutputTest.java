package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table rendering: aligned columns, lists joined, and no control character from stored data reaching the terminal. */
class OutputTest {
    @Test
    void columnsAreAlignedToTheWidestCellAndTheLastIsNotPadded() {
        String table = Output.align(List.of(List.of("ID", "NAME"), List.of("1", "alice"), List.of("12345", "b")));
        assertThat(table).isEqualTo("ID     NAME\n1      alice\n12345  b\n");
    }

    @Test
    void hostileValuesCannotBreakTheTableOrTheTerminal() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "evil\nline\u001b[31mred");
        row.put("roles", List.of("a", "b"));
        row.put("email", null);
        String out = capture(() -> new Output().list(List.of(row), "name", "roles", "email"));
        assertThat(out.lines().toList()).hasSize(2);
        assertThat(out).doesNotContain("\u001b").contains("evil?line?[31mred  a,b");
    }

    @Test
    void jsonIsChosenWithTheOptionAndIsTheDefaultForResults() {
        Output json = new Output();
        json.format = Output.Format.json;
        assertThat(capture(() -> json.list(List.of(Map.of("a", 1)), "a"))).isEqualTo("[ {\n  \"a\" : 1\n} ]\n");
        assertThat(capture(() -> new Output().result(Map.of("a", 1)))).isEqualTo("{\n  \"a\" : 1\n}\n");
        assertThat(capture(() -> new Output().object(Map.of("a", 1)))).isEqualTo("a  1\n");
    }

    private static String capture(Runnable print) {
        PrintStream old = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
            print.run();
        } finally {
            System.setOut(old);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
