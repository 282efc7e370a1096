package dev.gatehouse.web.oauth;

import dev.gatehouse.config.Secret;
import dev.gatehouse.federation.IdentityProvider;
import dev.gatehouse.federation.LinkPolicy;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.ProviderType;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestDatabases;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A Gatehouse test server whose upstream identity providers are issuers of one mock-oauth2-server on
 * loopback (allowed by {@code outbound.allowed.networks}), and the browser steps of an upstream
 * sign-in: the login page's button, the hop to the provider and back to the callback.
 */
final class UpstreamFixture implements AutoCloseable {
    static final String CLIENT_ID = "gatehouse-upstream-client";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern BUTTON = Pattern.compile("<a class=\"button\" href=\"/login/idp/([a-z0-9-]+)\\?([^\"]*)\">");

    final TestServer server;
    final MockOAuth2Server mock;

    UpstreamFixture(TestDatabases.Kind kind) {
        this(node().database(kind));
    }

    /** With the server of {@code node}: on a database URL shared with other nodes, for instance. */
    UpstreamFixture(TestServer.Builder node) {
        mock = new MockOAuth2Server();
        try {
            mock.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server = node.start();
    }

    /** A test server that may reach the mock on loopback. */
    static TestServer.Builder node() {
        return TestServer.builder().set("outbound.allowed.networks", "127.0.0.0/8,::1");
    }

    /** The same browser (its cookies) at another node behind the same issuer, as a load balancer would send it. */
    static Browser at(TestServer node, Browser browser) {
        Browser moved = new Browser(node.baseUrl());
        browser.cookies().forEach(moved::cookie);
        return moved;
    }

    /**
     * The mock's issuer for a provider id: each provider is its own issuer. Named as the mock names it
     * in tokens it issues outside a request (native ID tokens): by its host name.
     */
    String issuer(String providerId) {
        return mock.issuerUrl(providerId).toString();
    }

    void provider(String id, LinkPolicy policy, boolean createUsers) {
        provider(id, issuer(id), policy, createUsers, true, true);
    }

    void provider(String id, String issuer, LinkPolicy policy, boolean createUsers, boolean trustEmail, boolean enabled) {
        Instant now = Instant.now();
        server.gatehouse().stores().identityProviders().insert(new IdentityProvider(new ProviderSettings(id, ProviderType.OIDC, issuer,
                CLIENT_ID, new Secret("upstream-client-secret"), List.of("openid", "email", "profile"), List.of(), trustEmail, null, null,
                null, Map.of()), "Mock " + id, enabled, createUsers, policy, now, now));
    }

    void setEnabled(String id, boolean enabled) {
        IdentityProvider p = server.gatehouse().stores().identityProviders().find(id).orElseThrow();
        server.gatehouse().stores().identityProviders().update(new IdentityProvider(p.settings(), p.name(), enabled, p.createUsers(),
                p.linkPolicy(), p.createdAt(), Instant.now()));
    }

    /** The next sign-in at {@code providerId}'s issuer is {@code subject} with these claims. */
    void nextUser(String providerId, String subject, Map<String, Object> claims) {
        mock.enqueueCallback(new DefaultOAuth2TokenCallback(providerId, subject, "JWT", List.of(CLIENT_ID), claims, 3600));
    }

    static Map<String, Object> claims(String email, boolean verified, String preferredUsername) {
        Map<String, Object> c = new LinkedHashMap<>();
        if (email != null) {
            c.put("email", email);
            c.put("email_verified", verified);
        }
        if (preferredUsername != null) c.put("preferred_username", preferredUsername);
        c.put("name", "Upstream Person");
        return c;
    }

    /** The provider ids of the login page's buttons. */
    static List<String> buttons(String loginPage) {
        Matcher m = BUTTON.matcher(loginPage);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) out.add(m.group(1));
        return out;
    }

    /** From an authorization request to the login page, then its button for {@code providerId}: the 303 upstream. */
    static TestHttp.Response clickButton(Browser browser, String authorizePath, String providerId) {
        TestHttp.Response r = browser.get(authorizePath);
        if (r.status() != 303 || !r.header("Location").startsWith("/login")) throw new IllegalStateException(r.status() + " " + r.body());
        TestHttp.Response page = browser.get(r.header("Location"));
        return browser.get(buttonHref(page.body(), providerId));
    }

    /** The address of a page's link button to provider {@code id} (the login page's or the link page's), as the browser follows it. */
    static String buttonHref(String page, String providerId) {
        Matcher m = BUTTON.matcher(page);
        while (m.find()) {
            if (m.group(1).equals(providerId)) return "/login/idp/" + providerId + "?" + m.group(2).replace("&amp;", "&");
        }
        throw new IllegalStateException("no button for " + providerId + " in " + page);
    }

    /**
     * Follows a 303 to the upstream's authorization endpoint as a browser would (the mock signs the
     * person in at once) and returns the callback's path and query, on the test server.
     */
    String toUpstreamAndBack(TestHttp.Response toUpstream) {
        if (toUpstream.status() != 303) throw new IllegalStateException("expected a redirect upstream: " + toUpstream.status() + " " + toUpstream.body());
        URI back = URI.create(upstreamRedirect(URI.create(toUpstream.header("Location"))));
        if (!back.toString().startsWith(OAuthFixture.ISSUER + "/login/idp/")) throw new IllegalStateException("unexpected callback " + back);
        return back.getRawPath() + "?" + back.getRawQuery();
    }

    /** Where the upstream's authorization endpoint sends the browser. */
    static String upstreamRedirect(URI authorizationUri) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(authorizationUri).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 3) throw new IllegalStateException("upstream answered " + r.statusCode() + " " + r.body());
            return r.headers().firstValue("Location").orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The query parameters of a URL. */
    static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = URI.create(url).getRawQuery();
        if (q == null) return out;
        for (String pair : q.split("&")) {
            int eq = pair.indexOf('=');
            out.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }

    long count(String sql) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    @Override
    public void close() {
        server.close();
        mock.shutdown();
    }
}
