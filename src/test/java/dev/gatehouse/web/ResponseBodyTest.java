package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Javalin copies a result into the response in steps of {@link WebServer#RESPONSE_COPY_BUFFER}
 * bytes: an answer many times that size (the OpenAPI document, larger than Jetty's own output
 * buffer too) still arrives whole and byte for byte, and a small one (a token endpoint error) too.
 */
class ResponseBodyTest {

    @Test
    void answersLargerAndSmallerThanTheCopyBufferArriveWhole() throws Exception {
        String document;
        try (InputStream in = WebServer.class.getResourceAsStream("/openapi.yaml")) {
            document = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(document.length()).isGreaterThan(16 * WebServer.RESPONSE_COPY_BUFFER);
        try (TestServer server = TestServer.start()) {
            TestHttp.Response large = server.http().get("/openapi.yaml");
            assertThat(large.status()).isEqualTo(200);
            assertThat(large.body()).isEqualTo(document);

            TestHttp.Response small = server.http().send("POST", "/oauth2/token", "grant_type=nope",
                    "application/x-www-form-urlencoded", null);
            assertThat(small.status()).isEqualTo(400);
            assertThat(small.body()).startsWith("{").endsWith("}").contains("\"error\":\"unsupported_grant_type\"");
            assertThat(small.header("Content-Length")).isEqualTo(String.valueOf(small.body().getBytes(StandardCharsets.UTF_8).length));
        }
    }
}
