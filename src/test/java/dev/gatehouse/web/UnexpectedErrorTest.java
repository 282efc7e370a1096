package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * SECURITY.md 6.2: an unexpected exception in a handler answers a generic 500 problem,
 * {@code internal_error} with a request id and nothing about the cause (OWASP ASVS 7.4.1, CWE-209),
 * while the log holds the cause under that id so an operator can find it. The fault is a corrupted
 * row (a client type no version writes) that makes the client's JSON rendering throw: no route or
 * hook exists for tests in the server.
 */
class UnexpectedErrorTest {
    @Test
    void handlerWhenUnexpectedExceptionThenGeneric500ProblemWithRequestIdAndCauseLoggedUnderThatId() {
        Logger logger = (Logger) LoggerFactory.getLogger(WebServer.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try (TestServer server = TestServer.start()) {
            AdminFixture fx = new AdminFixture(server);
            fx.admin("root");
            String token = fx.token("root");
            TestHttp.Response created = server.http().post("/admin/v1/clients", Map.of("name", "Billing",
                    "grant_types", List.of("client_credentials")), token);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE oauth_clients SET client_type = 'corrupted-type'").execute());

            TestHttp.Response r = server.http().get("/admin/v1/clients", token);

            assertThat(r.status()).as(r.body()).isEqualTo(500);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            JsonNode body = r.json();
            assertThat(body.path("code").asText()).isEqualTo("internal_error");
            String requestId = body.path("request_id").asText();
            assertThat(requestId).isNotBlank();
            List<String> fields = new ArrayList<>();
            body.fieldNames().forEachRemaining(fields::add);
            assertThat(fields).containsOnly("type", "title", "status", "code", "request_id");
            assertThat(r.body()).doesNotContainIgnoringCase("exception").doesNotContain("corrupted-type").doesNotContain("dev.gatehouse")
                    .doesNotContain("null").doesNotContain("client_type");

            List<ILoggingEvent> logged;
            synchronized (appender) {
                logged = List.copyOf(appender.list);
            }
            assertThat(logged).filteredOn(e -> e.getLevel() == Level.ERROR && e.getFormattedMessage().contains("request_id=" + requestId))
                    .singleElement().satisfies(e -> {
                        assertThat(e.getThrowableProxy()).isNotNull();
                        assertThat(ThrowableProxyUtil.asString(e.getThrowableProxy())).contains("ClientJson");
                    });
        } finally {
            logger.detachAppender(appender);
        }
    }
}
