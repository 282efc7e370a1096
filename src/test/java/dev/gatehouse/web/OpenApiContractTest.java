package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.gatehouse.testing.TestServer;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The served {@code openapi.yaml} is a document tools can read (client generators, gateways, linters),
 * and it describes the server that serves it: every route the code registers is in it with its method
 * and path, and nothing in it is missing from the code.
 */
class OpenApiContractTest {
    private static TestServer server;
    private static String yaml;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        yaml = OpenApiDocument.yaml();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void documentParsesWithoutAnyMessage() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(yaml, null, options);
        assertThat(result.getMessages()).as("parser messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    /** A key written twice (a colon in an unquoted description, a pasted block) silently drops one of them. */
    @Test
    void documentHasNoDuplicateKeys() {
        ObjectMapper strict = new ObjectMapper(YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        assertThatThrownBy(() -> strict.readTree("a: 1\na: 2\n")).hasMessageContaining("Duplicate");
        assertThatCode(() -> strict.readTree(yaml)).doesNotThrowAnyException();
    }

    /**
     * In a flow mapping ({@code {description: a, b, c}}) an unquoted comma starts a new key with no
     * value, and an unquoted ": " a nested mapping: the sentence is cut and the rest becomes keys the
     * parser may not even mention (inside a schema it does not). Null is a value only where a
     * document means it: a {@code default}, {@code const} or an example.
     */
    @Test
    void noTextWasCutIntoKeys() throws IOException {
        List<String> problems = new ArrayList<>();
        walk(new ObjectMapper(new YAMLFactory()).readTree(yaml), "", problems);
        assertThat(problems).isEmpty();
    }

    private static void walk(JsonNode node, String at, List<String> problems) {
        if (at.contains("/example")) return;
        node.fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode v = e.getValue();
            if (v.isNull() && !key.equals("default") && !key.equals("const")) problems.add("no value: " + at + "/" + key);
            if (Set.of("description", "summary", "title").contains(key) && !v.isTextual() && !at.endsWith("/properties")) {
                problems.add("not text: " + at + "/" + key);
            }
            walk(v, at + "/" + key, problems);
        });
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), at + "/" + i, problems);
        }
    }

    @Test
    void tagsAreDeclaredOnceAndEveryUsedTagIsDeclared() throws IOException {
        JsonNode doc = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        List<String> declared = new ArrayList<>();
        doc.path("tags").forEach(t -> declared.add(t.path("name").asText()));
        assertThat(declared).doesNotHaveDuplicates();
        Set<String> used = new TreeSet<>();
        OpenApiDocument.parsed().getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
            if (op.getTags() != null) used.addAll(op.getTags());
        }));
        assertThat(declared).containsAll(used);
    }

    /**
     * Both directions at once: the routes Javalin serves on the public and the management port against the
     * operations of the document.
     */
    @Test
    void documentedOperationsAreExactlyTheServedRoutes() {
        WebServer web = server.gatehouse().web();
        Set<String> served = new TreeSet<>();
        web.servedRoutes().stream().filter(OpenApiContractTest::inScope).forEach(served::add);
        web.managementRoutes().stream().filter(OpenApiContractTest::inScope).forEach(served::add);
        Set<String> documented = documented();
        Set<String> undocumented = new TreeSet<>(served);
        undocumented.removeAll(documented);
        Set<String> unserved = new TreeSet<>(documented);
        unserved.removeAll(served);
        assertThat(undocumented).as("routes the server serves that openapi.yaml lacks").isEmpty();
        assertThat(unserved).as("operations in openapi.yaml that no route serves").isEmpty();
    }

    /**
     * Which served routes the document must hold: all of them (the JSON API, the admin API, the OAuth and
     * OIDC endpoints, discovery, health and metrics of the management port, and the hosted HTML pages,
     * which scripts drive like a browser, API.md §5), except CORS preflights: an {@code OPTIONS} answered
     * by the CORS filter (Fetch standard, CORS protocol) is no operation a client calls, and OpenAPI describes the
     * CORS behaviour in the endpoint's text.
     */
    private static boolean inScope(String route) {
        return OPERATIONS.contains(route.substring(0, route.indexOf(' ')));
    }

    /** The methods of operations; Javalin's list also holds its before-filters, which are no routes. */
    private static final Set<String> OPERATIONS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

    private static Set<String> documented() {
        Set<String> ops = new TreeSet<>();
        OpenApiDocument.parsed().getPaths().forEach((path, item) -> item.readOperationsMap().keySet()
                .forEach(method -> ops.add(method.name().toUpperCase(Locale.ROOT) + " " + path)));
        return ops;
    }

    @Test
    void servedDocumentIsTheResource() {
        assertThat(server.http().get("/openapi.yaml").body()).isEqualTo(yaml);
    }
}
