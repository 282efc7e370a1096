package dev.gatehouse.web;

import static dev.gatehouse.web.ProblemAssert.assertFieldErrors;
import static dev.gatehouse.web.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Malformed and hostile request bodies, content types, paths and methods against every route of
 * {@link Routes}: each must end in a 400 / 404 / 405 / 413 / 415 problem with the exact catalog code,
 * never a 500 (SECURITY.md "Robustness"; API.md §3 error shape).
 */
class BadRequestTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final int LIMIT = 65_536;

    private static TestServer server;
    private static TestHttp http;
    private static String token;

    /** A route that reads a JSON body; {@code field} is one of its string members, {@code tree} if read as a JSON tree. */
    record BodyRoute(String name, String method, String path, boolean bearer, String field, boolean tree) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A route that reads no body, and the status it answers for a well-formed request. */
    record PlainRoute(String method, String path, boolean bearer, int status) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
        token = http.signupAndLogin("bob", PASSWORD).path("access_token").asText();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    static Stream<BodyRoute> bodyRoutes() {
        return Stream.of(
                new BodyRoute("signup", "POST", "/api/v1/signup", false, "username", false),
                new BodyRoute("login", "POST", "/api/v1/login", false, "username", false),
                new BodyRoute("refresh", "POST", "/api/v1/refresh", false, "refresh_token", false),
                new BodyRoute("logout", "POST", "/api/v1/logout", false, "refresh_token", false),
                new BodyRoute("logout with bearer", "POST", "/api/v1/logout", true, "refresh_token", false),
                new BodyRoute("patch me", "PATCH", "/api/v1/me", true, "name", true),
                new BodyRoute("change password", "POST", "/api/v1/me/password", true, "current_password", false));
    }

    static Stream<PlainRoute> plainRoutes() {
        return Stream.of(
                new PlainRoute("GET", "/health/live", false, 200),
                new PlainRoute("GET", "/health/ready", false, 200),
                new PlainRoute("GET", "/oauth2/jwks", false, 200),
                new PlainRoute("GET", "/.well-known/openid-configuration", false, 200),
                new PlainRoute("GET", "/.well-known/oauth-authorization-server", false, 200),
                new PlainRoute("GET", "/api/v1/me", true, 200),
                new PlainRoute("GET", "/api/v1/me/sessions", true, 200),
                new PlainRoute("DELETE", "/api/v1/me/sessions/no-such-session", true, 404));
    }

    private static TestHttp.Response send(BodyRoute r, byte[] body, String contentType) {
        return http.send(r.method(), r.path(), body, contentType, r.bearer() ? token : null);
    }

    private static TestHttp.Response send(BodyRoute r, String body, String contentType) {
        return send(r, body.getBytes(StandardCharsets.UTF_8), contentType);
    }

    private static TestHttp.Response send(BodyRoute r, String body) {
        return send(r, body, "application/json");
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // ---- syntax ----

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void malformedJsonIsInvalidJson(BodyRoute r) {
        String f = r.field();
        for (String body : List.of("{", "{\"" + f + "\":", "{]", "{,}", "{\"" + f + "\" \"x\"}", "{'" + f + "':'x'}",
                "{" + f + ":\"x\"}", "{\"" + f + "\":\"x\",}", "{\"" + f + "\":\"x\"} {}", "{\"" + f + "\":\"x\"}x",
                "/* c */{\"" + f + "\":\"x\"}", "{\"" + f + "\":\"x\" // c\n}", "{\"" + f + "\":\"\u0001\"}",
                "{\"" + f + "\":NaN}", "\u0000")) {
            assertProblem(send(r, body), ErrorCode.INVALID_JSON);
        }
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void emptyBodyIsInvalidJsonExceptForBearerLogout(BodyRoute r) {
        if (r.name().equals("logout with bearer")) return; // covered by bearerLogoutNeedsNoBody
        assertProblem(send(r, ""), ErrorCode.INVALID_JSON);
        assertProblem(http.send(r.method(), r.path(), (byte[]) null, "application/json", r.bearer() ? token : null),
                ErrorCode.INVALID_JSON);
    }

    @Test
    void bearerLogoutNeedsNoBody() {
        String other = http.login("bob", PASSWORD).path("access_token").asText();
        assertThat(http.send("POST", "/api/v1/logout", (byte[]) null, null, other).status()).isEqualTo(204);
        assertThat(http.get("/api/v1/me", other).status()).isEqualTo(401);
        assertThat(http.get("/api/v1/me", token).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void jsonThatIsNotAnObjectIsInvalidJson(BodyRoute r) {
        for (String body : List.of("[]", "[{}]", "\"" + "x".repeat(20) + "\"", "42", "-1.5e3", "true", "false", "null",
                " null ", "\"\"")) {
            assertProblem(send(r, body), ErrorCode.INVALID_JSON);
        }
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void duplicateKeysAreInvalidJson(BodyRoute r) {
        String f = r.field();
        assertProblem(send(r, "{\"" + f + "\":\"a\",\"" + f + "\":\"b\"}"), ErrorCode.INVALID_JSON);
        assertProblem(send(r, "{\"" + f + "\":\"a\",\"" + f + "\":\"a\"}"), ErrorCode.INVALID_JSON);
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void deepNestingIsInvalidJson(BodyRoute r) {
        int depth = 5_000;
        assertProblem(send(r, "[".repeat(depth) + "]".repeat(depth)), ErrorCode.INVALID_JSON);
        String nested = "{\"" + r.field() + "\":" + "{\"a\":".repeat(depth) + "1" + "}".repeat(depth + 1);
        if (r.tree()) {
            assertProblem(send(r, nested), ErrorCode.INVALID_JSON);
        } else {
            // A bound record fails on the first wrong token, before the depth is reached.
            assertFieldErrors(send(r, nested), ErrorCode.INVALID_REQUEST, r.field(), "invalid");
        }
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void invalidUtf8IsInvalidJson(BodyRoute r) {
        byte[][] bad = {
                {(byte) 0xFF},                          // never valid
                {(byte) 0xC3, (byte) 0x28},             // bad continuation
                {(byte) 0xC0, (byte) 0xAF},             // overlong '/'
                {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}, // overlong, three bytes
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // UTF-16 surrogate D800 (RFC 3629 §3)
                {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
                {(byte) 0x80},                          // lone continuation byte
                {(byte) 0xE2, (byte) 0x82},             // truncated sequence
        };
        for (byte[] b : bad) {
            assertProblem(send(r, concat("{\"" + r.field() + "\":\"ab", b, "cd\"}"), "application/json"),
                    ErrorCode.INVALID_JSON);
        }
        // Invalid bytes at the very end of the body.
        assertProblem(send(r, concat("{\"" + r.field() + "\":\"ab", new byte[] {(byte) 0xE2, (byte) 0x82}, ""),
                "application/json"), ErrorCode.INVALID_JSON);
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void unpairedSurrogateEscapesAreInvalidJson(BodyRoute r) {
        String f = r.field();
        for (String value : List.of("a\\ud800b", "\\udc00", "\\ud83d\\u0041", "x\\ud83d")) {
            assertProblem(send(r, "{\"" + f + "\":\"" + value + "\"}"), ErrorCode.INVALID_JSON);
        }
        // A proper pair, and an escaped backslash before "u", are fine: the unknown field shows the body was parsed.
        assertFieldErrors(send(r, "{\"zzz\":\"\\ud83d\\ude00 \\\\ud800\"}"), ErrorCode.UNKNOWN_FIELD, "zzz", "unknown_field");
    }

    @Test
    void unpairedSurrogateInPasswordOrNameIsNot500() {
        String lone = "\\ud800" + "a".repeat(20);
        assertProblem(http.post("/api/v1/signup", "{\"username\":\"surrogate1\",\"password\":\"" + lone + "\"}"),
                ErrorCode.INVALID_JSON);
        assertProblem(http.post("/api/v1/signup", "{\"username\":\"surrogate2\",\"password\":\"" + PASSWORD
                + "\",\"name\":\"a\\udc00b\"}"), ErrorCode.INVALID_JSON);
        assertProblem(http.post("/api/v1/login", "{\"username\":\"bob\",\"password\":\"" + lone + "\"}"),
                ErrorCode.INVALID_JSON);
        assertProblem(changePassword("{\"current_password\":\"" + PASSWORD + "\",\"new_password\":\"" + lone + "\"}"),
                ErrorCode.INVALID_JSON);
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void overlongNumberIsInvalidJson(BodyRoute r) {
        assertProblem(send(r, "{\"" + r.field() + "\":" + "1".repeat(5_000) + "}"), ErrorCode.INVALID_JSON);
    }

    // ---- media type ----

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void contentEncodingIs415(BodyRoute r) throws Exception {
        byte[] json = ("{\"" + r.field() + "\":\"x\"}").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(json);
        }
        assertProblem(sendEncoded(r, gz.toByteArray(), "gzip"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(sendEncoded(r, json, "br"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(sendEncoded(r, json, "gzip, identity"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertFieldErrors(sendEncoded(r, "{\"zzz\":1}".getBytes(StandardCharsets.UTF_8), "identity"),
                ErrorCode.UNKNOWN_FIELD, "zzz", "unknown_field");
    }

    private static TestHttp.Response sendEncoded(BodyRoute r, byte[] body, String coding) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.baseUrl() + r.path())).timeout(Duration.ofSeconds(30))
                .method(r.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Content-Type", "application/json").header("Content-Encoding", coding);
        if (r.bearer()) b.header("Authorization", "Bearer " + token);
        return http.send(b.build());
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void wrongContentTypeIs415(BodyRoute r) {
        String json = "{\"" + r.field() + "\":\"x\"}";
        for (String type : List.of("text/plain", "text/plain; charset=utf-8", "application/xml", "text/json",
                "application/jsonx", "application/json-patch+json", "application/merge-patch+json", "application/*",
                "*/*", "json", "")) {
            assertProblem(send(r, json, type), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
        assertProblem(send(r, r.field() + "=x&other=y", "application/x-www-form-urlencoded"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(send(r, "--b\r\nContent-Disposition: form-data; name=\"" + r.field() + "\"\r\n\r\nx\r\n--b--\r\n",
                "multipart/form-data; boundary=b"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(send(r, json, null), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void charsetOtherThanUtf8Is415(BodyRoute r) {
        String json = "{\"" + r.field() + "\":\"x\"}";
        assertProblem(send(r, json, "application/json; charset=iso-8859-1"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(send(r, json, "application/json;charset=us-ascii"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(send(r, json, "application/json; charset=utf8"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(send(r, json, "application/json; charset=utf-8; charset=latin1"), ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(send(r, json.getBytes(StandardCharsets.UTF_16), "application/json; charset=utf-16"),
                ErrorCode.UNSUPPORTED_MEDIA_TYPE);
        assertProblem(send(r, json.getBytes(StandardCharsets.UTF_16LE), "application/json; charset=UTF-16LE"),
                ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void utf8SpellingsOfTheMediaTypeAreAccepted(BodyRoute r) {
        // An unknown field proves the body was parsed, without changing any state.
        for (String type : List.of("application/json", "Application/JSON", "application/json; charset=utf-8",
                "application/json;charset=UTF-8", "application/json; charset=\"utf-8\"", "application/json ; charset=utf-8")) {
            assertFieldErrors(send(r, "{\"zzz\":1}", type), ErrorCode.UNKNOWN_FIELD, "zzz", "unknown_field");
        }
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void utf16BodyLabelledUtf8IsInvalidJson(BodyRoute r) {
        byte[] utf16 = ("{\"" + r.field() + "\":\"x\"}").getBytes(StandardCharsets.UTF_16LE);
        assertProblem(send(r, utf16, "application/json; charset=utf-8"), ErrorCode.INVALID_JSON);
    }

    // ---- fields ----

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void unknownFieldsAreRefusedByName(BodyRoute r) {
        assertFieldErrors(send(r, "{\"zzz\":1}"), ErrorCode.UNKNOWN_FIELD, "zzz", "unknown_field");
        assertFieldErrors(send(r, "{\"" + r.field() + "\":\"x\",\"extra\":null}"), ErrorCode.UNKNOWN_FIELD,
                "extra", "unknown_field");
        // Field names are case-sensitive and snake_case: a near miss is unknown, not silently mapped.
        String upper = r.field().toUpperCase(java.util.Locale.ROOT);
        assertFieldErrors(send(r, "{\"" + upper + "\":\"x\"}"), ErrorCode.UNKNOWN_FIELD, upper, "unknown_field");
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void wrongTypesNameTheField(BodyRoute r) {
        String f = r.field();
        for (String value : List.of("1", "1.5", "true", "{}", "[]", "[\"x\"]", "{\"a\":\"x\"}")) {
            assertFieldErrors(send(r, "{\"" + f + "\":" + value + "}"), ErrorCode.INVALID_REQUEST, f, "invalid");
        }
    }

    @Test
    void logoutAllMustBeABoolean() {
        String other = http.login("bob", PASSWORD).path("access_token").asText();
        for (String value : List.of("\"true\"", "1", "\"yes\"", "{}", "[true]")) {
            TestHttp.Response r = http.send("POST", "/api/v1/logout", "{\"all\":" + value + "}", "application/json", other);
            assertFieldErrors(r, ErrorCode.INVALID_REQUEST, "all", "invalid");
        }
        assertThat(http.get("/api/v1/me", other).status()).isEqualTo(200);
    }

    // ---- sizes ----

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void bodyOverTheLimitIs413(BodyRoute r) {
        String f = r.field();
        String over = "{\"" + f + "\":\"" + "a".repeat(LIMIT) + "\"}";
        assertProblem(send(r, over), ErrorCode.PAYLOAD_TOO_LARGE);
        // 1 MB password: refused on size, before any parsing or hashing.
        assertProblem(send(r, "{\"password\":\"" + "p".repeat(1 << 20) + "\"}"), ErrorCode.PAYLOAD_TOO_LARGE);
        // Exactly at the limit is read and parsed (the long field is then judged on its own).
        String prefix = "{\"zzz\":\"";
        String exact = prefix + "a".repeat(LIMIT - prefix.length() - 2) + "\"}";
        assertThat(exact.length()).isEqualTo(LIMIT);
        assertFieldErrors(send(r, exact), ErrorCode.UNKNOWN_FIELD, "zzz", "unknown_field");
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void hugeBodyWithExpectContinueIs413WithoutSendingIt(BodyRoute r) throws Exception {
        // Raw socket: the JDK 17 client hangs on a final answer to Expect: 100-continue (JDK-8286171).
        String head = r.method() + " " + r.path() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + (10 << 20) + "\r\nExpect: 100-continue\r\n"
                + (r.bearer() ? "Authorization: Bearer " + token + "\r\n" : "") + "\r\n";
        RawResponse response = raw(head);
        assertThat(response.statusLine()).startsWith("HTTP/1.1 413 ");
        assertThat(response.problem().path("code").asText()).isEqualTo("payload_too_large");
    }

    @ParameterizedTest
    @MethodSource("bodyRoutes")
    void chunkedBodyOverTheLimitIs413(BodyRoute r) {
        byte[] over = ("{\"" + r.field() + "\":\"" + "a".repeat(LIMIT + 10) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.baseUrl() + r.path())).timeout(Duration.ofSeconds(30))
                .method(r.method(), HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(over)))
                .header("Content-Type", "application/json");
        if (r.bearer()) b.header("Authorization", "Bearer " + token);
        assertProblem(http.send(b.build()), ErrorCode.PAYLOAD_TOO_LARGE);
    }

    // ---- per-route values: empty, huge, privileged ----

    @Test
    void signupEmptyAndHugeValues() {
        assertFieldErrors(http.post("/api/v1/signup", Map.of("username", "", "password", "")), ErrorCode.INVALID_REQUEST,
                "username", "too_short", "password", "required");
        assertFieldErrors(http.post("/api/v1/signup", "{}"), ErrorCode.INVALID_REQUEST,
                "username", "required", "password", "required");
        assertFieldErrors(http.post("/api/v1/signup", "{\"username\":null,\"password\":null}"), ErrorCode.INVALID_REQUEST,
                "username", "required", "password", "required");
        assertFieldErrors(http.post("/api/v1/signup", Map.of("username", "u".repeat(10_240), "password", PASSWORD)),
                ErrorCode.INVALID_REQUEST, "username", "too_long");
        assertFieldErrors(http.post("/api/v1/signup", Map.of("username", "hugepw", "password", "p".repeat(60_000))),
                ErrorCode.WEAK_PASSWORD, "password", "too_long");
        assertFieldErrors(http.post("/api/v1/signup", Map.of("username", "emptymail", "password", PASSWORD, "email", "")),
                ErrorCode.INVALID_REQUEST, "email", "invalid");
        assertFieldErrors(http.post("/api/v1/signup", Map.of("username", "hugemail", "password", PASSWORD,
                "email", "a".repeat(10_240) + "@example.com")), ErrorCode.INVALID_REQUEST, "email", "too_long");
        assertFieldErrors(http.post("/api/v1/signup", Map.of("username", "emptyname", "password", PASSWORD, "name", "")),
                ErrorCode.INVALID_REQUEST, "name", "invalid");
        assertFieldErrors(http.post("/api/v1/signup", Map.of("username", "hugename", "password", PASSWORD, "name", "n".repeat(10_240))),
                ErrorCode.INVALID_REQUEST, "name", "invalid");
        assertFieldErrors(http.post("/api/v1/signup", Map.of("username", "ctrlname", "password", PASSWORD, "name", "a\u0000b")),
                ErrorCode.INVALID_REQUEST, "name", "invalid");
    }

    @Test
    void loginEmptyAndHugeValues() {
        assertFieldErrors(http.post("/api/v1/login", Map.of("username", "", "password", "")), ErrorCode.INVALID_REQUEST,
                "username", "required", "password", "required");
        assertFieldErrors(http.post("/api/v1/login", "{}"), ErrorCode.INVALID_REQUEST,
                "username", "required", "password", "required");
        assertFieldErrors(http.post("/api/v1/login", Map.of("username", "u".repeat(10_240), "password", PASSWORD)),
                ErrorCode.INVALID_REQUEST, "username", "too_long");
        assertFieldErrors(http.post("/api/v1/login", Map.of("username", "bob", "password", "p".repeat(60_000))),
                ErrorCode.INVALID_REQUEST, "password", "too_long");
        assertFieldErrors(http.post("/api/v1/login", Map.of("username", "bob", "password", PASSWORD, "client_id", "evil")),
                ErrorCode.INVALID_REQUEST, "client_id", "unknown_client");
    }

    @Test
    void refreshAndLogoutEmptyAndHugeValues() {
        assertFieldErrors(http.post("/api/v1/refresh", Map.of("refresh_token", "")), ErrorCode.INVALID_REQUEST,
                "refresh_token", "required");
        assertFieldErrors(http.post("/api/v1/refresh", "{}"), ErrorCode.INVALID_REQUEST, "refresh_token", "required");
        assertProblem(http.post("/api/v1/refresh", Map.of("refresh_token", "r".repeat(60_000))), ErrorCode.INVALID_REFRESH_TOKEN);

        assertFieldErrors(http.post("/api/v1/logout", "{}"), ErrorCode.INVALID_REQUEST, "refresh_token", "required");
        assertFieldErrors(http.post("/api/v1/logout", Map.of("refresh_token", "")), ErrorCode.INVALID_REQUEST,
                "refresh_token", "required");
        assertFieldErrors(http.post("/api/v1/logout", Map.of("all", true)), ErrorCode.INVALID_REQUEST, "refresh_token", "required");
        assertFieldErrors(http.post("/api/v1/logout", Map.of("refresh_token", "x", "all", true)), ErrorCode.INVALID_REQUEST,
                "all", "conflicts_with_refresh_token");
        // Unknown tokens, even huge ones, answer 204 (API.md: also for an unknown or revoked token).
        assertThat(http.post("/api/v1/logout", Map.of("refresh_token", "r".repeat(60_000))).status()).isEqualTo(204);
    }

    @Test
    void patchMeEmptyAndHugeValues() {
        String before = http.get("/api/v1/me", token).body();
        assertFieldErrors(patchMe("{\"name\":\"\"}"), ErrorCode.INVALID_REQUEST, "name", "invalid");
        assertFieldErrors(patchMe("{\"name\":\"" + "n".repeat(10_240) + "\"}"), ErrorCode.INVALID_REQUEST, "name", "invalid");
        assertFieldErrors(patchMe("{\"email\":\"\"}"), ErrorCode.INVALID_REQUEST, "email", "invalid");
        assertFieldErrors(patchMe("{\"email\":null}"), ErrorCode.INVALID_REQUEST, "email", "required");
        assertFieldErrors(patchMe("{\"email\":\"" + "e".repeat(10_240) + "@example.com\"}"), ErrorCode.INVALID_REQUEST,
                "email", "too_long");
        assertFieldErrors(patchMe("{\"email\":1}"), ErrorCode.INVALID_REQUEST, "email", "invalid");
        assertThat(http.get("/api/v1/me", token).body()).isEqualTo(before);
    }

    @Test
    void changePasswordEmptyAndHugeValues() {
        assertFieldErrors(changePassword(Map.of("current_password", "", "new_password", "")), ErrorCode.INVALID_REQUEST,
                "current_password", "required", "new_password", "required");
        assertFieldErrors(changePassword(Map.of()), ErrorCode.INVALID_REQUEST,
                "current_password", "required", "new_password", "required");
        assertFieldErrors(changePassword(Map.of("current_password", PASSWORD, "new_password", "p".repeat(60_000))),
                ErrorCode.WEAK_PASSWORD, "new_password", "too_long");
        assertProblem(changePassword(Map.of("current_password", "p".repeat(60_000), "new_password", PASSWORD + " 2")),
                ErrorCode.INVALID_CREDENTIALS);
        assertThat(http.login("bob", PASSWORD).path("access_token").asText()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"roles", "id", "disabled", "email_verified", "password_hash", "created_at", "permissions"})
    void signupRefusesPrivilegedFields(String field) {
        String username = "mass" + field.replace("_", "");
        String value = switch (field) {
            case "roles", "permissions" -> "[\"admin\"]";
            case "disabled", "email_verified" -> "true";
            default -> "\"00000000-0000-0000-0000-000000000000\"";
        };
        TestHttp.Response r = http.post("/api/v1/signup",
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"" + field + "\":" + value + "}");
        assertFieldErrors(r, ErrorCode.UNKNOWN_FIELD, field, "unknown_field");
        // Nothing was created: the name is still free, and the new user has only the default role.
        assertThat(http.post("/api/v1/signup", Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(201);
        JsonNode me = http.get("/api/v1/me", http.login(username, PASSWORD).path("access_token").asText()).json();
        assertThat(me.path("roles").toString()).isEqualTo("[\"user\"]");
        assertThat(me.path("email_verified").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"roles", "id", "disabled", "email_verified", "username", "password", "password_hash",
            "created_at", "permissions"})
    void patchMeRefusesPrivilegedFields(String field) {
        String before = http.get("/api/v1/me", token).body();
        String value = switch (field) {
            case "roles", "permissions" -> "[\"admin\"]";
            case "disabled", "email_verified" -> "true";
            default -> "\"x-" + field + "\"";
        };
        assertFieldErrors(patchMe("{\"name\":\"Bob\",\"" + field + "\":" + value + "}"), ErrorCode.UNKNOWN_FIELD,
                field, "unknown_field");
        assertThat(http.get("/api/v1/me", token).body()).isEqualTo(before);
    }

    private static TestHttp.Response patchMe(String body) {
        return http.send("PATCH", "/api/v1/me", body, "application/json", token);
    }

    private static TestHttp.Response changePassword(Map<String, String> body) {
        return changePassword(TestHttp.json(body));
    }

    private static TestHttp.Response changePassword(String body) {
        return http.send("POST", "/api/v1/me/password", body, "application/json", token);
    }

    // ---- routes that read no body ----

    @ParameterizedTest
    @MethodSource("plainRoutes")
    void routesWithoutBodyIgnoreAnyBody(PlainRoute r) {
        String bearer = r.bearer() ? token : null;
        assertThat(http.send(r.method(), r.path(), (byte[]) null, null, bearer).status()).isEqualTo(r.status());
        assertThat(http.send(r.method(), r.path(), "{", "application/json", bearer).status()).isEqualTo(r.status());
        assertThat(http.send(r.method(), r.path(), "x=1", "application/x-www-form-urlencoded", bearer).status())
                .isEqualTo(r.status());
        assertThat(http.send(r.method(), r.path(), new byte[] {(byte) 0xFF, 0, (byte) 0xC0}, "text/plain; charset=utf-16", bearer)
                .status()).isEqualTo(r.status());
        assertThat(http.send(r.method(), r.path(), "[".repeat(5_000), "application/json", bearer).status()).isEqualTo(r.status());
    }

    @ParameterizedTest
    @MethodSource("plainRoutes")
    void routesWithoutBodyAnswerAnOversizedBodyWithoutError(PlainRoute r) {
        TestHttp.Response response = http.send(r.method(), r.path(), "a".repeat(LIMIT + 1), "application/json",
                r.bearer() ? token : null);
        assertThat(response.status()).isIn(r.status(), 413);
        if (response.status() == 413) assertProblem(response, ErrorCode.PAYLOAD_TOO_LARGE);
    }

    @Test
    void unknownSessionIdsAre404Problems() {
        for (String id : List.of("no-such-session", "%27%3B%20DROP%20TABLE%20sessions%3B--", "x".repeat(4_000),
                "..%2F..%2Fetc", "a%2F..%2F..%2Fx", "%E2%80%AE", "00000000-0000-0000-0000-000000000000")) {
            assertProblem(http.send("DELETE", "/api/v1/me/sessions/" + id, (byte[]) null, null, token), ErrorCode.NOT_FOUND);
        }
        assertThat(http.get("/api/v1/me", token).status()).isEqualTo(200);
    }

    @Test
    void someoneElsesSessionIsA404LikeAMissingOne() {
        String eve = http.signupAndLogin("eve", PASSWORD).path("access_token").asText();
        String eveSession = http.get("/api/v1/me/sessions", eve).json().path("items").get(0).path("id").asText();
        TestHttp.Response foreign = http.send("DELETE", "/api/v1/me/sessions/" + eveSession, (byte[]) null, null, token);
        TestHttp.Response missing = http.send("DELETE", "/api/v1/me/sessions/no-such-session", (byte[]) null, null, token);
        assertProblem(foreign, ErrorCode.NOT_FOUND);
        assertProblem(missing, ErrorCode.NOT_FOUND);
        assertThat(foreign.body().replace(foreign.json().path("request_id").asText(), ""))
                .isEqualTo(missing.body().replace(missing.json().path("request_id").asText(), ""));
        assertThat(http.get("/api/v1/me", eve).status()).isEqualTo(200);
    }

    // ---- requests Jetty refuses before any route runs ----

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/me/sessions/%00", "/api/v1/me/sessions/%FF", "/%2e%2e/etc/passwd", "/api/v1/me%00"})
    void ambiguousOrMalformedUriIs400Problem(String path) {
        assertProblem(http.send("DELETE", path, (byte[]) null, null, token), ErrorCode.INVALID_REQUEST);
        assertProblem(http.get(path, token), ErrorCode.INVALID_REQUEST);
    }

    @Test
    void uriOverTheLimitIs414Problem() {
        assertProblem(http.get("/api/v1/me?x=" + "a".repeat(20_000), token), ErrorCode.URI_TOO_LONG);
    }

    @Test
    void headersOverTheLimitAre431Problem() {
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.baseUrl() + "/health/live"))
                .header("X-Padding", "a".repeat(20_000)).GET().build();
        assertProblem(http.send(request), ErrorCode.HEADERS_TOO_LARGE);
    }

    @Test
    void malformedHeaderLineIs400Problem() throws Exception {
        RawResponse response = raw("GET /health/live HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n");
        assertThat(response.statusLine()).startsWith("HTTP/1.1 400 ");
        assertThat(response.head()).containsIgnoringCase("Content-Type: application/problem+json");
        JsonNode problem = response.problem();
        assertThat(problem.path("code").asText()).isEqualTo("invalid_request");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("request_id").asText()).isNotEmpty();
    }

    @Test
    void contentLengthWithChunkedEncodingIs400Problem() throws Exception {
        // Request smuggling shape (RFC 9112 §6.3): both framings at once is refused.
        RawResponse response = raw("POST /api/v1/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        assertThat(response.statusLine()).startsWith("HTTP/1.1 400 ");
        assertThat(response.problem().path("code").asText()).isEqualTo("invalid_request");
    }

    record RawResponse(String statusLine, String head, JsonNode problem) {}

    /** Sends raw bytes on a fresh connection and reads one response with a problem body. */
    private static RawResponse raw(String request) throws Exception {
        URI base = URI.create(http.baseUrl());
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            java.io.InputStream in = socket.getInputStream();
            ByteArrayOutputStream headBytes = new ByteArrayOutputStream();
            while (!headBytes.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                int b = in.read();
                if (b < 0) throw new java.io.EOFException("no complete response head: " + headBytes);
                headBytes.write(b);
            }
            String head = headBytes.toString(StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(head);
            assertThat(m.find()).as("Content-Length in %s", head).isTrue();
            byte[] body = in.readNBytes(Integer.parseInt(m.group(1)));
            return new RawResponse(head.substring(0, head.indexOf("\r\n")), head,
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(body));
        }
    }

    // ---- paths and methods ----

    @ParameterizedTest
    @ValueSource(strings = {"/", "/nope", "/api", "/api/v1", "/api/v1/nope", "/api/v2/me", "/api/v1/me/sessions/a/b",
            "/api/v1/me/nope", "/oauth2/jwks/x", "/.well-known/nope", "/health", "/API/V1/ME", "/api/v1/signup.json",
            "/%7e", "/index.html", "/WEB-INF/web.xml"})
    void unknownPathIs404Problem(String path) {
        assertProblem(http.get(path), ErrorCode.NOT_FOUND);
        assertProblem(http.send("POST", path, "{}", "application/json", null), ErrorCode.NOT_FOUND);
    }

    static Stream<Arguments> wrongMethods() {
        return Stream.of(
                Arguments.of("GET", "/api/v1/signup"), Arguments.of("PUT", "/api/v1/signup"),
                Arguments.of("GET", "/api/v1/login"), Arguments.of("DELETE", "/api/v1/login"),
                Arguments.of("GET", "/api/v1/refresh"), Arguments.of("PATCH", "/api/v1/refresh"),
                Arguments.of("GET", "/api/v1/logout"), Arguments.of("DELETE", "/api/v1/logout"),
                Arguments.of("POST", "/api/v1/me"), Arguments.of("PUT", "/api/v1/me"), Arguments.of("DELETE", "/api/v1/me"),
                Arguments.of("GET", "/api/v1/me/password"), Arguments.of("PUT", "/api/v1/me/password"),
                Arguments.of("POST", "/api/v1/me/sessions"), Arguments.of("DELETE", "/api/v1/me/sessions"),
                Arguments.of("GET", "/api/v1/me/sessions/abc"), Arguments.of("POST", "/api/v1/me/sessions/abc"),
                Arguments.of("POST", "/health/live"), Arguments.of("DELETE", "/health/ready"),
                Arguments.of("POST", "/oauth2/jwks"), Arguments.of("PUT", "/oauth2/jwks"),
                Arguments.of("POST", "/.well-known/openid-configuration"),
                Arguments.of("DELETE", "/.well-known/oauth-authorization-server"));
    }

    @ParameterizedTest
    @MethodSource("wrongMethods")
    void wrongMethodIs405Problem(String method, String path) {
        TestHttp.Response r = http.send(method, path, "{}", "application/json", token);
        assertProblem(r, ErrorCode.METHOD_NOT_ALLOWED);
        // RFC 9110 §15.5.6: a 405 must list the methods the resource does support.
        assertThat(r.header("Allow")).as("Allow of %s %s", method, path).isNotBlank().doesNotContain(method);
    }

    @Test
    void missingTokenOnProtectedRoutesIs401Problem() {
        for (String[] route : new String[][] {{"GET", "/api/v1/me"}, {"PATCH", "/api/v1/me"}, {"POST", "/api/v1/me/password"},
                {"GET", "/api/v1/me/sessions"}, {"DELETE", "/api/v1/me/sessions/abc"}}) {
            TestHttp.Response r = http.send(route[0], route[1], "{\"name\":\"x\"}", "application/json", null);
            assertProblem(r, ErrorCode.INVALID_TOKEN);
            assertThat(r.header("WWW-Authenticate")).startsWith("Bearer ").contains("error=\"invalid_token\"");
        }
    }
}
