package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.account.User;
import dev.gatehouse.bootstrap.Logging;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The JSON log ({@code log.format=json}, {@link Logging#jsonEncoder}) as real requests write it: one
 * parseable object per line, the request's {@code X-Request-Id} as {@code request_id}, the caller's
 * {@code user_id} and {@code client_id} when a token said who it is, the stack trace as one field,
 * and nothing of one request left on the thread for the next one.
 */
class RequestLogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PASSWORD = "correct horse battery staple";
    private static final ByteArrayOutputStream CAPTURED = new ByteArrayOutputStream();
    private static OutputStreamAppender<ILoggingEvent> appender;
    private static Level auditLevel;
    private static TestServer server;

    @BeforeAll
    static void captureJsonLog() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("request-log-test");
        appender.setEncoder(Logging.jsonEncoder(context));
        appender.setOutputStream(CAPTURED);
        appender.start();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(appender);
        // The test configuration quiets the audit log; refusals are logged at INFO in production.
        Logger audit = context.getLogger("dev.gatehouse.audit");
        auditLevel = audit.getLevel();
        audit.setLevel(Level.INFO);
        server = TestServer.builder().set("login.throttle.free.attempts", "1000").start();
    }

    @AfterAll
    static void restore() {
        if (server != null) server.close();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
        appender.stop();
        context.getLogger("dev.gatehouse.audit").setLevel(auditLevel);
    }

    @BeforeEach
    void forget() {
        synchronized (CAPTURED) {
            CAPTURED.reset();
        }
    }

    @Test
    void failingRequestWhenLoggedAsJsonThenOneLineWithItsRequestIdCallerAndStackTrace() {
        AdminFixture fx = new AdminFixture(server);
        User admin = fx.admin("log-root");
        String token = fx.token("log-root");
        TestHttp.Response created = server.http().post("/admin/v1/clients", Map.of("name", "Billing",
                "grant_types", List.of("client_credentials")), token);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        // A row no version writes makes the client list throw (as in UnexpectedErrorTest).
        server.gatehouse().stores().jdbi().useHandle(h -> h.createUpdate("UPDATE oauth_clients SET client_type = 'corrupted-type'").execute());
        forget();

        TestHttp.Response r = server.http().get("/admin/v1/clients", token);

        assertThat(r.status()).isEqualTo(500);
        String requestId = r.header("X-Request-Id");
        assertThat(requestId).isNotBlank().isEqualTo(r.json().path("request_id").asText());
        JsonNode line = lines().stream().filter(l -> "ERROR".equals(l.path("level").asText())).findFirst().orElseThrow();
        assertThat(line.path("request_id").asText()).isEqualTo(requestId);
        assertThat(line.path("user_id").asText()).isEqualTo(admin.id());
        assertThat(line.path("client_id").asText()).isEqualTo(server.config().tokens().firstPartyClientId());
        assertThat(line.path("logger_name").asText()).isEqualTo(WebServer.class.getName());
        assertThat(line.path("thread_name").asText()).isNotBlank();
        // The message with its arguments filled in, not the pattern.
        assertThat(line.path("message").asText()).isEqualTo("request_id=" + requestId + " GET /admin/v1/clients failed");
        assertThat(OffsetDateTime.parse(line.path("@timestamp").asText()).getOffset().getTotalSeconds()).isZero();
        assertThat(line.path("stack_trace").isTextual()).isTrue();
        assertThat(line.path("stack_trace").asText()).contains("Exception").contains("\tat dev.gatehouse.");
    }

    @Test
    void requestsOnReusedThreadsWhenLoggedThenEachLineCarriesOnlyItsOwnIds() {
        String access = server.http().signupAndLogin("log-member", PASSWORD).path("access_token").asText();
        String userId = server.http().get("/api/v1/me", access).json().path("id").asText();
        Set<String> requestIds = new HashSet<>();
        // Alternate a caller with a token and one without: Jetty's pool hands some requests to a thread that
        // has just served the other kind, so ids left behind would show on the anonymous lines (they did,
        // before RequestScope; RequestScopeTest checks the clearing itself, whatever the threads).
        for (int i = 0; i < 12; i++) {
            forget();
            TestHttp.Response signedIn = server.http().post("/api/v1/me/password",
                    Map.of("current_password", "not the current password " + i, "new_password", "an entirely new passphrase " + i), access);
            assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(401);
            JsonNode withUser = onlyAuditLine();
            assertThat(withUser.path("request_id").asText()).isEqualTo(signedIn.header("X-Request-Id"));
            assertThat(withUser.path("user_id").asText()).isEqualTo(userId);

            forget();
            TestHttp.Response anonymous = server.http().post("/api/v1/login", Map.of("username", "nobody-" + i, "password", "wrong " + PASSWORD));
            assertThat(anonymous.status()).isEqualTo(401);
            JsonNode withoutUser = onlyAuditLine();
            assertThat(withoutUser.path("request_id").asText()).isEqualTo(anonymous.header("X-Request-Id"));
            assertThat(withoutUser.has("user_id")).as(withoutUser.toString()).isFalse();
            assertThat(withoutUser.has("client_id")).as(withoutUser.toString()).isFalse();
            requestIds.add(withUser.path("request_id").asText());
            requestIds.add(withoutUser.path("request_id").asText());
        }
        assertThat(requestIds).hasSize(24);
    }

    private static JsonNode onlyAuditLine() {
        List<JsonNode> audit = lines().stream().filter(l -> l.path("logger_name").asText().equals("dev.gatehouse.audit.AuditLog")).toList();
        assertThat(audit).hasSize(1);
        return audit.get(0);
    }

    /** Every captured line, each parsed on its own: one JSON object per line. */
    private static List<JsonNode> lines() {
        String text;
        synchronized (CAPTURED) {
            text = CAPTURED.toString(StandardCharsets.UTF_8);
        }
        return text.lines().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (java.io.IOException e) {
                throw new UncheckedIOException("not one JSON object: " + l, e);
            }
        }).toList();
    }
}
