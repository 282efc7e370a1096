package dev.gatehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.testing.TestHttp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped log configuration in a JVM of its own (the test class path's logback-test.xml left out):
 * every command writes its log to standard error, so its standard output is only its data and can be
 * piped ({@code gatehouse client create ... | jq}); with {@code log.format=json} each log line on
 * standard error is one JSON object, and a request's line carries the id its response gave.
 */
class LogStreamsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void clientCreateWhenTheServerLogsThenStdoutIsOnlyTheClientJson() throws Exception {
        // No master key configured: the command warns that it generated one, a log line on the way.
        Process p = gatehouse(Map.of(), "client", "create", "--name", "Billing", "--type", "confidential",
                "--grant-type", "client_credentials");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = read(p.getInputStream());
        String err = read(p.getErrorStream());

        assertThat(p.exitValue()).as(err).isZero();
        JsonNode client = JSON.readTree(out);
        assertThat(client.path("client_id").asText()).isNotBlank();
        assertThat(client.path("client_secret").asText()).isNotBlank();
        assertThat(err).contains("generated a master key").contains(" WARN ");
        assertThat(err).as("only a server sends mail: no warning about the log transport here").doesNotContain("mail.transport");
        assertThat(out).doesNotContain("master key");
    }

    @Test
    void clientListWhenJsonLogThenEveryStderrLineIsOneJsonObject() throws Exception {
        Process p = gatehouse(Map.of("GATEHOUSE_LOG_FORMAT", "json"), "client", "list", "--output", "json");
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = read(p.getInputStream());
        String err = read(p.getErrorStream());

        assertThat(p.exitValue()).as(err).isZero();
        assertThat(JSON.readTree(out).isArray()).isTrue();
        List<JsonNode> lines = jsonLines(err);
        assertThat(lines).anySatisfy(l -> {
            assertThat(l.path("level").asText()).isEqualTo("WARN");
            assertThat(l.path("message").asText()).startsWith("generated a master key into ");
            assertThat(l.path("logger_name").asText()).isEqualTo("dev.gatehouse.bootstrap.MasterKeys");
        });
    }

    @Test
    void serveWhenJsonLogThenStdoutStaysEmptyAndARequestsLineCarriesItsRequestId() throws Exception {
        Process p = gatehouse(Map.of("GATEHOUSE_LOG_FORMAT", "json", "GATEHOUSE_HTTP_PORT", "0", "GATEHOUSE_MANAGEMENT_PORT", "0",
                "GATEHOUSE_ARGON2_MEMORY_KIB", "1024", "GATEHOUSE_ARGON2_ITERATIONS", "1"), "serve");
        BlockingQueue<String> err = drain(p.getErrorStream());
        BlockingQueue<String> out = drain(p.getInputStream());
        try {
            Matcher ready = null;
            List<String> startup = new java.util.ArrayList<>();
            while (ready == null) {
                String line = err.poll(60, TimeUnit.SECONDS);
                assertThat(line).as("the ready line").isNotNull();
                startup.add(JSON.readTree(line).path("message").asText());
                Matcher m = Pattern.compile("Gatehouse ready on port (\\d+)").matcher(startup.get(startup.size() - 1));
                if (m.find()) ready = m;
            }
            assertThat(startup).as("the server sends mail: it warns that it goes to the log").anyMatch(l -> l.startsWith("mail.transport=log"));
            TestHttp http = new TestHttp("http://127.0.0.1:" + ready.group(1));

            TestHttp.Response refused = http.post("/api/v1/login", Map.of("username", "nobody", "password", "not a password of anyone"));

            assertThat(refused.status()).isEqualTo(401);
            String requestId = refused.header("X-Request-Id");
            JsonNode audit = null;
            while (audit == null) {
                String line = err.poll(30, TimeUnit.SECONDS);
                assertThat(line).as("the refused login's audit line").isNotNull();
                JsonNode json = JSON.readTree(line);
                if (json.path("message").asText().startsWith("audit type=login outcome=failure")) audit = json;
            }
            assertThat(audit.path("request_id").asText()).isEqualTo(requestId);
            assertThat(audit.path("level").asText()).isEqualTo("INFO");
            assertThat(audit.path("@timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d+Z");
            assertThat(audit.has("user_id")).isFalse();
            assertThat(out).as("serve writes nothing to standard output").isEmpty();
        } finally {
            p.destroy();
            if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    private Process gatehouse(Map<String, String> env, String... args) throws IOException {
        return GatehouseProcess.start(dataDir, env, args);
    }

    private static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    private static List<JsonNode> jsonLines(String text) {
        return text.lines().map(l -> {
            try {
                JsonNode node = JSON.readTree(l);
                assertThat(node.isObject()).as(l).isTrue();
                return node;
            } catch (IOException e) {
                throw new AssertionError("not one JSON object per line: " + l, e);
            }
        }).toList();
    }

    private static BlockingQueue<String> drain(InputStream in) {
        return GatehouseProcess.lines(in);
    }
}
