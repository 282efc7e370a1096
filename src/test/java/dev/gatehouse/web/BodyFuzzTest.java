package dev.gatehouse.web;

import dev.gatehouse.web.errors.HttpStatuses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import dev.gatehouse.web.errors.Problems;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Seeded mutations of valid bodies on every route that reads one: whatever comes back is a success
 * or a catalogued problem, never a 5xx (SECURITY.md "Robustness"). Bearer routes get a fresh user
 * whenever a mutation may have logged out, changed the password or run into the throttle.
 */
class BodyFuzzTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final int MUTATIONS = 120;
    private static final byte[][] SPICE = {
            bytes("\""), bytes("\\"), bytes("{"), bytes("}"), bytes("["), bytes("]"), bytes(","), bytes(":"), bytes("null"),
            bytes("1e999999"), bytes("-0"), bytes("\\u0000"), bytes("\\ud800"), bytes("\\udc00"), bytes("\"extra\":1,"),
            bytes("\"roles\":[\"admin\"],"), bytes("\u00e9"), bytes("\uD83D\uDE00"), bytes("\u202E"),
            {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0}, bytes(" ".repeat(100))};

    private static TestServer server;
    private static TestHttp http;
    private static final AtomicInteger USERS = new AtomicInteger();

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = server.http();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] mutate(byte[] body, Random random) {
        byte[] out = body;
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            int at = out.length == 0 ? 0 : random.nextInt(out.length);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            switch (random.nextInt(5)) {
                case 0 -> { // replace one byte
                    if (out.length == 0) continue;
                    out = out.clone();
                    out[at] = (byte) random.nextInt(256);
                }
                case 1 -> { // delete a range
                    int end = Math.min(out.length, at + 1 + random.nextInt(8));
                    b.write(out, 0, at);
                    b.write(out, end, out.length - end);
                    out = b.toByteArray();
                }
                case 2 -> { // insert a token that parsers find interesting
                    byte[] spice = SPICE[random.nextInt(SPICE.length)];
                    b.write(out, 0, at);
                    b.writeBytes(spice);
                    b.write(out, at, out.length - at);
                    out = b.toByteArray();
                }
                case 3 -> { // duplicate a range
                    int end = Math.min(out.length, at + 1 + random.nextInt(16));
                    b.write(out, 0, end);
                    b.write(out, at, out.length - at);
                    out = b.toByteArray();
                }
                default -> out = Arrays.copyOf(out, at); // truncate
            }
        }
        return out;
    }

    private static String freshToken() {
        String name = "fuzz" + USERS.incrementAndGet();
        return http.signupAndLogin(name, PASSWORD).path("access_token").asText();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "POST|/api/v1/signup|false|{\"username\":\"fuzzer\",\"password\":\"correct horse battery staple\",\"email\":\"f@example.com\",\"name\":\"F\"}",
            "POST|/api/v1/login|false|{\"username\":\"fuzzer\",\"password\":\"correct horse battery staple\",\"scope\":\"openid\",\"client_id\":\"gatehouse\"}",
            "POST|/api/v1/refresh|false|{\"refresh_token\":\"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG\"}",
            "POST|/api/v1/logout|false|{\"refresh_token\":\"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG\",\"all\":false}",
            "POST|/api/v1/logout|true|{\"all\":false}",
            "PATCH|/api/v1/me|true|{\"name\":\"Fuzzy\",\"email\":\"fuzzy@example.com\"}",
            "POST|/api/v1/me/password|true|{\"current_password\":\"correct horse battery staple\",\"new_password\":\"another long passphrase here\"}",
            "POST|/api/v1/email/verify|false|{\"token\":\"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG\"}",
            "POST|/api/v1/password/forgot|false|{\"email\":\"fuzzer@example.com\"}",
            "POST|/api/v1/password/reset|false|{\"token\":\"abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG\",\"new_password\":\"another long passphrase here\"}",
            "POST|/api/v1/me/passkeys|true|{\"name\":\"Laptop\",\"credential\":{\"type\":\"public-key\",\"id\":\"AAAA\",\"response\":{\"clientDataJSON\":\"e30\",\"attestationObject\":\"oA\",\"authenticatorData\":\"AA\",\"signature\":\"AA\"}}}",
            "POST|/api/v1/login/passkey/options|false|{}",
            "POST|/api/v1/login/passkey|false|{\"challenge_id\":\"abc\",\"credential\":{\"type\":\"public-key\",\"id\":\"AAAA\",\"response\":{\"clientDataJSON\":\"e30\",\"attestationObject\":\"oA\",\"authenticatorData\":\"AA\",\"signature\":\"AA\"}}}"})
    void mutatedBodiesNeverCause5xx(String method, String path, boolean bearer, String valid) {
        Random random = new Random(path.hashCode() * 31L + (bearer ? 1 : 0));
        String token = null;
        int last = 0;
        for (int i = 0; i < MUTATIONS; i++) {
            byte[] body = mutate(bytes(valid), random);
            // A success may have ended the session or changed the password; 401 and 429 may be throttling.
            if (bearer && (token == null || last < 300 || last == 401 || last == 429)) token = freshToken();
            TestHttp.Response r = http.send(method, path, body, "application/json", token);
            last = r.status();
            String what = method + " " + path + " with " + HexFormat.of().formatHex(body) + " -> " + r.body();
            assertThat(r.status()).as(what).isLessThan(500);
            if (r.status() >= 400) {
                assertThat(r.header("Content-Type")).as(what).startsWith("application/problem+json");
                JsonNode problem = r.json();
                // A code string may exist at two statuses (invalid_token: 401 access token, 400 mailed link).
                ErrorCode code = Arrays.stream(ErrorCode.values())
                        .filter(c -> c.code().equals(problem.path("code").asText()) && HttpStatuses.of(c) == r.status())
                        .findFirst().orElseThrow(() -> new AssertionError("uncatalogued code: " + what));
                assertThat(HttpStatuses.of(code)).as(what).isEqualTo(r.status());
                assertThat(problem.path("type").asText()).isEqualTo(Problems.TYPE_BASE + code.code());
                assertThat(problem.path("request_id").asText()).as(what).isNotEmpty();
                assertThat(List.of(400, 401, 404, 409, 413, 415, 429)).as(what).contains(r.status());
            }
        }
    }
}
