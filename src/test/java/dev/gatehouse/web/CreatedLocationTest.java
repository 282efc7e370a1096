package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.MainSources;
import dev.gatehouse.testing.TestAuthenticator;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every {@code 201 Created} names the created resource in {@code Location} (RFC 9110 §15.3.2, API.md §8),
 * and that URL leads to it. The 201 operations are enumerated from openapi.yaml (which
 * {@link OpenApiContractTest} holds to the served routes); each one has a request below that creates
 * something, so a new 201 without a case here fails.
 */
class CreatedLocationTest {
    private static final String ORIGIN = "http://localhost:8080";
    private static TestServer server;
    private static TestHttp http;
    private static String adminToken;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        adminToken = new AdminFixture(server).adminToken("locadmin");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** What a case checks: the 201 answer, and the answer of following its Location. */
    private record Created(TestHttp.Response answer, String expectedLocation, Function<String, TestHttp.Response> follow) {}

    private static Map<String, java.util.function.Supplier<Created>> cases() {
        Map<String, java.util.function.Supplier<Created>> cases = new LinkedHashMap<>();
        cases.put("POST /api/v1/signup", () -> {
            TestHttp.Response r = http.post("/api/v1/signup", Map.of("username", "located", "password", AdminFixture.PASSWORD));
            String token = http.login("located", AdminFixture.PASSWORD).path("access_token").asText();
            return new Created(r, "/api/v1/me", location -> http.get(location, token));
        });
        cases.put("POST /admin/v1/users", () -> {
            TestHttp.Response r = http.post("/admin/v1/users", Map.of("username", "madebyadmin"), adminToken);
            return new Created(r, "/admin/v1/users/" + r.json().path("id").asText(), location -> http.get(location, adminToken));
        });
        cases.put("POST /admin/v1/roles", () -> {
            TestHttp.Response r = http.post("/admin/v1/roles", Map.of("name", "billing", "permissions", List.of("invoices:read")), adminToken);
            return new Created(r, "/admin/v1/roles/billing", location -> http.get(location, adminToken));
        });
        cases.put("POST /admin/v1/clients", () -> {
            TestHttp.Response r = http.post("/admin/v1/clients", Map.of("client_id", "located.app", "name", "Located",
                    "grant_types", List.of("client_credentials")), adminToken);
            return new Created(r, "/admin/v1/clients/located.app", location -> http.get(location, adminToken));
        });
        cases.put("POST /admin/v1/identity-providers", () -> {
            TestHttp.Response r = http.post("/admin/v1/identity-providers", Map.of("id", "gh-located", "type", "github",
                    "client_id", "c"), adminToken);
            return new Created(r, "/admin/v1/identity-providers/gh-located", location -> http.get(location, adminToken));
        });
        cases.put("POST /admin/v1/keys/rotate", () -> {
            TestHttp.Response r = http.post("/admin/v1/keys/rotate", Map.of(), adminToken);
            return new Created(r, "/admin/v1/keys/" + r.json().path("kid").asText(), location -> http.get(location, adminToken));
        });
        cases.put("POST /api/v1/me/passkeys", () -> {
            String token = http.signupAndLogin("passkeyholder", AdminFixture.PASSWORD).path("access_token").asText();
            JsonNode options = http.post("/api/v1/me/passkeys/options", Map.of(), token).json();
            TestHttp.Response r = http.post("/api/v1/me/passkeys",
                    Map.of("name", "Laptop", "credential", new TestAuthenticator(1).register(options, ORIGIN)), token);
            // A passkey is read in the list of GET /api/v1/me/mfa and removed at its URL: no GET of its own.
            return new Created(r, "/api/v1/me/passkeys/" + r.json().path("id").asText(),
                    location -> http.send("DELETE", location, (String) null, null, token));
        });
        return cases;
    }

    @Test
    void everyDocumentedCreatedAnswerHasACase() {
        assertThat(new TreeSet<>(cases().keySet())).isEqualTo(documentedCreated());
    }

    @Test
    void everyCreatedAnswerCarriesTheLocationOfWhatItCreated() {
        List<String> problems = new ArrayList<>();
        cases().forEach((operation, run) -> {
            Created c = run.get();
            if (c.answer().status() != 201) {
                problems.add(operation + ": " + c.answer().status() + " " + c.answer().body());
                return;
            }
            String location = c.answer().header("Location");
            if (!c.expectedLocation().equals(location)) {
                problems.add(operation + ": Location " + location + ", expected " + c.expectedLocation());
                return;
            }
            TestHttp.Response followed = c.follow().apply(location);
            if (followed.status() / 100 != 2) problems.add(operation + ": following " + location + " gave " + followed.status());
            if (followed.status() == 200 && c.answer().json().has("id") && followed.json().has("id")) {
                if (!followed.json().path("id").equals(c.answer().json().path("id"))) problems.add(operation + ": " + location + " is another resource");
            }
        });
        assertThat(problems).isEmpty();
    }

    /** A 201 written anywhere but through {@code Http.created} would carry no Location. */
    @Test
    void everyCreatedAnswerGoesThroughHttpCreated() {
        Pattern status201 = Pattern.compile("[(,]\\s*201\\s*[,)]");
        List<String> offenders = MainSources.all().entrySet().stream()
                .filter(f -> !f.getKey().equals("dev/gatehouse/web/http/Http.java") && status201.matcher(f.getValue()).find())
                .map(Map.Entry::getKey).toList();
        assertThat(offenders).isEmpty();
    }

    private static Set<String> documentedCreated() {
        Set<String> ops = new TreeSet<>();
        OpenApiDocument.parsed().getPaths().forEach((path, item) ->
                item.readOperationsMap().forEach((method, op) -> {
                    if (op.getResponses() != null && op.getResponses().containsKey("201")) {
                        ops.add(method.name().toUpperCase(Locale.ROOT) + " " + path);
                        assertThat(op.getResponses().get("201").getHeaders()).as(method + " " + path + " documents Location")
                                .containsKey("Location");
                    }
                }));
        return ops;
    }
}
