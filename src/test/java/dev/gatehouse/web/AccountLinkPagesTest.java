package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hosted pages behind mailed links, driven like a browser: GET shows a form, POST (with CSRF) spends the token, 303. */
class AccountLinkPagesTest {
    private static final String ISSUER = "http://localhost:8080";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static Mailbox mailbox;
    private static TestServer server;

    @BeforeAll
    static void start() {
        mailbox = Mailbox.start();
        server = mailbox.configure(TestServer.builder()).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (mailbox != null) mailbox.close();
    }

    /** One browser: its own cookie jar, no automatic redirects. */
    private static final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> get(String url) {
            return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private HttpResponse<String> send(HttpRequest r) {
            try {
                return client.send(r, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    /** The mailed link, pointed at the test server (the link itself uses the issuer). */
    private static String local(String link) {
        assertThat(link).startsWith(ISSUER);
        return server.baseUrl() + link.substring(ISSUER.length());
    }

    private static String link(Mailbox.Mail mail, String path) {
        return ISSUER + path + "?token=" + mail.token(ISSUER, path);
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    private static void signup(String username) {
        assertThat(server.http().post("/api/v1/signup", Map.of("username", username, "password", PASSWORD,
                "email", username + "@example.com")).status()).isEqualTo(201);
    }

    @Test
    void verifyLinkThenFormThenPostWithCsrfThen303AndTheLinkIsSpent() {
        signup("pageuser1");
        Mailbox.Mail mail = mailbox.await("pageuser1@example.com", 1);
        String token = mail.token(ISSUER, "/email/verify");
        Browser browser = new Browser();

        HttpResponse<String> form = browser.get(local(link(mail, "/email/verify")));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(form.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(form.body()).contains("<form method=\"post\" action=\"/email/verify\">").contains("value=\"" + token + "\"");
        String csrf = csrf(form.body());

        HttpResponse<String> noCsrf = browser.post("/email/verify", Map.of("token", token));
        assertThat(noCsrf.statusCode()).isEqualTo(403);

        HttpResponse<String> done = browser.post("/email/verify", Map.of("csrf", csrf, "token", token));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/email/verify/done");
        assertThat(browser.get(server.baseUrl() + "/email/verify/done").body()).contains("Email address verified");

        HttpResponse<String> again = browser.post("/email/verify", Map.of("csrf", csrf, "token", token));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("The link is invalid, expired or already used");
        String access = server.http().login("pageuser1", PASSWORD).path("access_token").asText();
        assertThat(server.http().get("/api/v1/me", access).json().path("email_verified").asBoolean()).isTrue();
    }

    @Test
    void resetLinkThenWeakPasswordShowsFormAgainThenGoodPasswordThen303() {
        signup("pageuser2");
        mailbox.await("pageuser2@example.com", 1);
        assertThat(server.http().post("/api/v1/password/forgot", Map.of("email", "pageuser2@example.com")).status()).isEqualTo(202);
        Mailbox.Mail mail = mailbox.await("pageuser2@example.com", 2);
        String token = mail.token(ISSUER, "/password/reset");
        Browser browser = new Browser();

        HttpResponse<String> form = browser.get(local(link(mail, "/password/reset")));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(form.body()).contains("name=\"new_password\"").contains("type=\"password\"");
        String csrf = csrf(form.body());

        HttpResponse<String> weak = browser.post("/password/reset", Map.of("csrf", csrf, "token", token, "new_password", "short"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("too short").contains("value=\"" + token + "\"");

        HttpResponse<String> done = browser.post("/password/reset",
                Map.of("csrf", csrf, "token", token, "new_password", "a brand new passphrase for this account"));
        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.headers().firstValue("Location")).hasValue("/password/reset/done");
        assertThat(server.http().login("pageuser2", "a brand new passphrase for this account").path("access_token").asText()).isNotEmpty();

        HttpResponse<String> spent = browser.get(local(link(mail, "/password/reset")));
        assertThat(spent.statusCode()).isEqualTo(400);
        assertThat(spent.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void linkWithoutOrWithGarbageTokenThenErrorPageNot500() {
        Browser browser = new Browser();
        for (String path : new String[]{"/email/verify", "/password/reset", "/password/reset?token=abc",
                "/password/reset?token=" + "x".repeat(3000), "/email/verify?token=a&token=b"}) {
            HttpResponse<String> r = browser.get(server.baseUrl() + path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        }
    }
}
