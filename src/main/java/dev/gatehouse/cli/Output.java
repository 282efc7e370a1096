package dev.gatehouse.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --output json|table}: what a command prints on standard output, its data and nothing else
 * (messages, warnings and logs go to standard error), so {@code gatehouse user list --output json | jq}
 * reads one JSON document. {@code json} is the admin API's JSON (snake_case members; a listing is one
 * array of every item, all pages); {@code table} is aligned columns for people. Listings and
 * {@code show} default to a table; commands that create or change something print what they made as
 * JSON, because that output (a client secret, say) is shown once and is usually kept by a script.
 */
final class Output {
    enum Format { json, table }

    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT",
            description = "json or table (default: table for lists and show, json for commands that change something)")
    Format format;

    /** A listing: every item, a table of the given columns (JSON member names) by default. */
    void list(List<?> items, String... columns) {
        if (chosen(Format.table) == Format.json) {
            print(json(items));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(java.util.Arrays.stream(columns).map(c -> c.toUpperCase(Locale.ROOT)).toList());
        for (Object item : items) {
            JsonNode node = JSON.valueToTree(item);
            rows.add(java.util.Arrays.stream(columns).map(c -> cell(node.get(c))).toList());
        }
        print(align(rows));
    }

    /** One object (show): a two-column table of its members by default. */
    void object(Object item) {
        render(item, Format.table);
    }

    /** What a command made or changed: JSON by default. */
    void result(Object item) {
        render(item, Format.json);
    }

    private void render(Object item, Format byDefault) {
        if (chosen(byDefault) == Format.json) {
            print(json(item));
            return;
        }
        JsonNode node = JSON.valueToTree(item);
        List<List<String>> rows = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                rows.add(List.of(e.getKey(), cell(e.getValue())));
            }
        } else {
            for (JsonNode element : node) rows.add(List.of(cell(element)));
        }
        print(align(rows));
    }

    private Format chosen(Format byDefault) {
        return format == null ? byDefault : format;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A member as one table cell: arrays comma-separated, objects as compact JSON, null empty; never a control character. */
    private static String cell(JsonNode v) {
        String text;
        if (v == null || v.isNull()) text = "";
        else if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(e -> parts.add(cell(e)));
            text = String.join(",", parts);
        } else if (v.isObject()) text = v.toString();
        else text = v.asText();
        // A name or description with a line break or an escape sequence must not break the columns or the terminal.
        return text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /** Columns padded to their widest cell, two spaces apart; the last column is not padded. */
    static String align(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) width[i] = Math.max(width[i], row.get(i).codePointCount(0, row.get(i).length()));
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String c = row.get(i);
                line.append(c);
                if (i < row.size() - 1) line.append(" ".repeat(width[i] - c.codePointCount(0, c.length()) + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static void print(String text) {
        PrintStream out = System.out;
        if (text.endsWith("\n")) out.print(text);
        else out.println(text);
        out.flush();
    }
}
