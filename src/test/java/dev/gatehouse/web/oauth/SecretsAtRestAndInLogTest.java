package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URI;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * SECURITY.md 3.4 (opaque tokens, codes and secrets are stored only as hashes and carry at least
 * 128 bits; OWASP ASVS 3.2.2, RFC 6749 §10.10) and 2.5 (no password, token, code or secret in the
 * log; OWASP Logging Cheat Sheet "Data to exclude"). One run of every flow that issues one: JSON
 * login and refresh, a failed login, signup with its verification mail, forgot and reset password,
 * a client created over the admin API, and the authorization code flow through the hosted pages
 * with its refresh. Then every column of every table and every logged line are searched for each
 * issued value, verbatim and as the hex or base64 of its decoded bytes; the tables on PostgreSQL too.
 */
class SecretsAtRestAndInLogTest {
    private static final String ISSUER = OAuthFixture.ISSUER;
    private static final String ADMIN_PASSWORD = "admin passphrase that nobody guesses";
    private static final String MEMBER_PASSWORD = "member passphrase that nobody guesses";
    private static final String NEW_PASSWORD = "a brand new passphrase for this account";
    private static final String WRONG_PASSWORD = "a wrong passphrase typed by mistake";

    /** Opaque values the server issued, by what they are. */
    private static final Map<String, String> ISSUED = new LinkedHashMap<>();
    /** Passwords typed in; never stored nor logged as such. */
    private static final Map<String, String> PASSWORDS = new LinkedHashMap<>();
    private static final ListAppender<ILoggingEvent> LOG = new ListAppender<>();
    private static final Map<String, Level> SAVED_LEVELS = new LinkedHashMap<>();
    private static Mailbox mailbox;
    private static TestServer server;

    @BeforeAll
    static void runEveryFlowThatIssuesASecret() throws Exception {
        captureLog();
        PASSWORDS.put("admin password", ADMIN_PASSWORD);
        PASSWORDS.put("member password", MEMBER_PASSWORD);
        PASSWORDS.put("new password", NEW_PASSWORD);
        PASSWORDS.put("wrong password", WRONG_PASSWORD);
        PASSWORDS.put("RP user password", RelyingParty.PASSWORD);
        mailbox = Mailbox.start();
        server = mailbox.configure(TestServer.builder()).start();
        runEveryFlow(server, mailbox, ISSUED);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (mailbox != null) mailbox.close();
        releaseLog();
    }

    @Test
    void everyTableWhenEveryFlowRanThenHoldsNoIssuedTokenCodeSecretOrPasswordVerbatim() throws Exception {
        assertNoneAppear(cells(server), "stored", ISSUED);
    }

    @Test
    void everyTableOnPostgresqlWhenEveryFlowRanThenHoldsNoIssuedTokenCodeSecretOrPasswordVerbatim() throws Exception {
        try (Mailbox box = Mailbox.start();
             TestServer pg = box.configure(TestServer.builder().database(TestDatabases.Kind.POSTGRESQL)).start()) {
            Map<String, String> issued = new LinkedHashMap<>();
            runEveryFlow(pg, box, issued);
            assertThat(issued).hasSize(11);
            assertNoneAppear(cells(pg), "stored on PostgreSQL", issued);
        }
    }

    /** Every non-null value of every column of every table, as text (bytea as hex), prefixed by table and column. */
    private static List<String> cells(TestServer server) throws Exception {
        List<String> cells = new ArrayList<>();
        try (Handle h = server.gatehouse().stores().jdbi().open()) {
            Connection c = h.getConnection();
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String schema = rs.getString("TABLE_SCHEM");
                    if (schema == null || schema.equals("public") || schema.equals("main")) tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertThat(tables).contains("sessions", "oauth_clients", "audit_events");
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData columns = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            String v = rs.getString(i);
                            if (v != null) cells.add(table + "." + columns.getColumnName(i) + "=" + v);
                        }
                    }
                }
            }
        }
        assertThat(cells).hasSizeGreaterThan(100);
        return cells;
    }

    @Test
    void everyIssuedTokenCodeAndSecretCarriesAtLeast128RandomBits() {
        assertThat(ISSUED).hasSize(11);
        ISSUED.forEach((what, value) -> assertThat(decoded(value)).as(what + ": " + value).isNotNull()
                .satisfies(bytes -> assertThat(bytes.length * 8).as(what).isGreaterThanOrEqualTo(128)));
    }

    @Test
    void logWhenEveryFlowRanThenHoldsNoPasswordTokenCodeOrSecret() {
        List<String> lines = new ArrayList<>();
        synchronized (LOG) {
            for (ILoggingEvent e : LOG.list) {
                lines.add(e.getLoggerName() + " " + e.getFormattedMessage() + " " + e.getMDCPropertyMap()
                        + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy())));
            }
        }
        assertThat(lines).as("the run logged nothing: the capture is broken").isNotEmpty();
        assertNoneAppear(lines, "logged", ISSUED);
    }

    /** Runs every flow that issues a token, code or secret on {@code server}; puts each issued value in {@code issued}. */
    private static void runEveryFlow(TestServer server, Mailbox mailbox, Map<String, String> issued) throws Exception {
        TestHttp http = server.http();

        // JSON login, refresh and a failed login.
        server.gatehouse().services().accounts().create("root", ADMIN_PASSWORD, null, null, List.of("user", "admin"), null);
        JsonNode login = http.login("root", ADMIN_PASSWORD);
        String adminToken = login.path("access_token").asText();
        issued.put("login refresh token", login.path("refresh_token").asText());
        TestHttp.Response refreshed = http.post("/api/v1/refresh", Map.of("refresh_token", login.path("refresh_token").asText()));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        issued.put("rotated refresh token", refreshed.json().path("refresh_token").asText());
        assertThat(http.post("/api/v1/login", Map.of("username", "root", "password", WRONG_PASSWORD)).status()).isEqualTo(401);

        // Signup with an address: a verification mail; then forgot password, left unused.
        TestHttp.Response signup = http.post("/api/v1/signup",
                Map.of("username", "alice", "password", MEMBER_PASSWORD, "email", "alice@example.com"));
        assertThat(signup.status()).as(signup.body()).isEqualTo(201);
        issued.put("verification token", mailbox.await("alice@example.com", 1).token(ISSUER, "/email/verify"));
        assertThat(http.post("/api/v1/password/forgot", Map.of("email", "alice@example.com")).status()).isEqualTo(202);
        issued.put("unused reset token", mailbox.await("alice@example.com", 2).token(ISSUER, "/password/reset"));

        // Forgot and reset password, carried through.
        server.gatehouse().services().accounts().create("resetter", MEMBER_PASSWORD, "resetter@example.com", null, List.of("user"), null);
        assertThat(http.post("/api/v1/password/forgot", Map.of("email", "resetter@example.com")).status()).isEqualTo(202);
        String reset = mailbox.await("resetter@example.com", 1).token(ISSUER, "/password/reset");
        issued.put("spent reset token", reset);
        assertThat(http.post("/api/v1/password/reset", Map.of("token", reset, "new_password", NEW_PASSWORD)).status()).isEqualTo(204);
        http.login("resetter", NEW_PASSWORD);

        // A client created over the admin API, and its client_credentials grant.
        TestHttp.Response client = http.post("/admin/v1/clients", Map.of("name", "Billing", "type", "confidential",
                "grant_types", List.of("client_credentials"), "scopes", List.of("invoices:read")), adminToken);
        assertThat(client.status()).as(client.body()).isEqualTo(201);
        issued.put("admin API client secret", client.json().path("client_secret").asText());
        TestHttp.Response cc = new OAuthFixture(server).form("/oauth2/token", "grant_type=client_credentials",
                client.json().path("client_id").asText(), client.json().path("client_secret").asText());
        assertThat(cc.status()).as(cc.body()).isEqualTo(200);

        // The authorization code flow through the hosted pages, then a refresh.
        RelyingParty app = RelyingParty.confidential(server, List.of("openid", "offline_access"), false);
        issued.put("RP client secret", app.secret);
        String user = RelyingParty.newUser(server, List.of("user"));
        RelyingParty.Request req = app.request("openid offline_access");
        Browser browser = new Browser(server.baseUrl());
        URI back = RelyingParty.browse(browser, req.path(), user, "allow");
        String code = RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue();
        issued.put("authorization code", code);
        browser.cookies().forEach((name, value) -> {
            if (name.endsWith("gatehouse_session")) issued.put("login session cookie", value);
        });
        assertThat(issued).containsKey("login session cookie");
        OIDCTokens tokens = app.tokens(code, req);
        issued.put("code grant refresh token", tokens.getRefreshToken().getValue());
        TokenResponse again = OAuthFixture.parse(OAuthFixture.send(new TokenRequest(app.endpoint("/oauth2/token"), app.auth(),
                new RefreshTokenGrant(new RefreshToken(tokens.getRefreshToken().getValue()))).toHTTPRequest()));
        assertThat(again.indicatesSuccess()).isTrue();
        issued.put("OAuth rotated refresh token", again.toSuccessResponse().getTokens().getRefreshToken().getValue());
    }

    /** Each issued value verbatim, and its bytes in hex (either case) and in standard base64; each password verbatim. */
    private static void assertNoneAppear(List<String> haystack, String where, Map<String, String> issued) {
        Map<String, String> needles = new LinkedHashMap<>(PASSWORDS);
        issued.forEach((what, value) -> {
            needles.put(what, value);
            byte[] bytes = decoded(value);
            if (bytes != null) {
                needles.put(what + " (hex)", HexFormat.of().formatHex(bytes));
                needles.put(what + " (HEX)", HexFormat.of().withUpperCase().formatHex(bytes));
                needles.put(what + " (base64)", Base64.getEncoder().withoutPadding().encodeToString(bytes));
            }
        });
        for (String line : haystack) {
            needles.forEach((what, needle) -> assertThat(line).as(what + " " + where).doesNotContain(needle));
        }
    }

    /** The bytes of a base64url value, or null when it is not one. */
    private static byte[] decoded(String value) {
        if (value == null || !value.matches("[A-Za-z0-9_-]+")) return null;
        try {
            return Base64.getUrlDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Everything Gatehouse logs, down to DEBUG (stricter than the shipped INFO), and the libraries at their levels. */
    private static void captureLog() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        for (String name : List.of("dev.gatehouse", "dev.gatehouse.audit")) {
            Logger l = (Logger) LoggerFactory.getLogger(name);
            SAVED_LEVELS.put(name, l.getLevel());
            l.setLevel(Level.DEBUG);
        }
        LOG.start();
        root.addAppender(LOG);
    }

    private static void releaseLog() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(LOG);
        LOG.stop();
        SAVED_LEVELS.forEach((name, level) -> ((Logger) LoggerFactory.getLogger(name)).setLevel(level));
    }
}
