package dev.gatehouse.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives the hosted pages as a browser would: a cookie jar (every cookie sent back, whatever its
 * attributes, so tests can see exactly what was set), forms posted urlencoded, redirects not
 * followed (tests look at each 303). {@link #submit} reads the form's hidden inputs (CSRF token,
 * return_to) from the page first.
 */
public final class Browser {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern INPUT = Pattern.compile("<input\\b(?:[^>\"]|\"[^\"]*\")*>");
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z-]+)=\"([^\"]*)\"");

    private final String baseUrl;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /** The raw Set-Cookie header last seen per cookie name. */
    private final Map<String, String> setCookies = new LinkedHashMap<>();
    /** Headers sent with every request, e.g. Accept-Language. */
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Browser(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public TestHttp.Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** POSTs {@code fields} urlencoded, in order. */
    public TestHttp.Response post(String path, Map<String, String> fields) {
        return postRaw(path, encode(fields), "application/x-www-form-urlencoded");
    }

    public TestHttp.Response postRaw(String path, String body, String contentType) {
        return postRaw(path, body.getBytes(StandardCharsets.ISO_8859_1), contentType, Map.of());
    }

    public TestHttp.Response postRaw(String path, byte[] body, String contentType, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) b.header("Content-Type", contentType);
        headers.forEach(b::header);
        return send(b);
    }

    /** GETs {@code pagePath}, takes its hidden inputs, adds {@code fields} and POSTs to {@code action}. */
    public TestHttp.Response submit(String pagePath, String action, Map<String, String> fields) {
        TestHttp.Response page = get(pagePath);
        if (page.status() >= 300) throw new IllegalStateException("GET " + pagePath + " -> " + page.status());
        Map<String, String> all = new LinkedHashMap<>(hiddenInputs(page.body()));
        all.putAll(fields);
        return post(action, all);
    }

    /** Sends {@code name: value} with every later request (null: stops sending it). */
    public Browser header(String name, String value) {
        if (value == null) headers.remove(name);
        else headers.put(name, value);
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public String setCookieHeader(String name) {
        return setCookies.get(name);
    }

    public void cookie(String name, String value) {
        if (value == null) cookies.remove(name);
        else cookies.put(name, value);
    }

    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    /** Another tab: the cookies and headers of this browser now, its own from here on (so that each tab's answer can be kept). */
    public Browser tab() {
        Browser tab = new Browser(baseUrl);
        tab.cookies.putAll(cookies);
        tab.headers.putAll(headers);
        return tab;
    }

    /** Every {@code <input type="hidden">} of the page by name, values HTML-unescaped. */
    public static Map<String, String> hiddenInputs(String html) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group());
            if ("hidden".equals(attrs.get("type")) && attrs.containsKey("name")) out.put(attrs.get("name"), attrs.getOrDefault("value", ""));
        }
        return out;
    }

    /** The attributes of the first {@code <input>} named {@code name}, or an empty map. */
    public static Map<String, String> input(String html, String name) {
        Matcher m = INPUT.matcher(html);
        while (m.find()) {
            Map<String, String> attrs = attributes(m.group());
            if (name.equals(attrs.get("name"))) return attrs;
        }
        return Map.of();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attrs = new LinkedHashMap<>();
        Matcher a = ATTR.matcher(tag);
        while (a.find()) attrs.put(a.group(1), unescape(a.group(2)));
        // Boolean attributes (required, autofocus) have no value.
        for (String word : tag.replaceAll("\"[^\"]*\"", "").split("[\\s<>/]+")) {
            if (word.matches("[a-zA-Z-]+") && !word.equals("input")) attrs.putIfAbsent(word, "");
        }
        return attrs;
    }

    public static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#34;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    public static String encode(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (sb.length() > 0) sb.append('&');
            sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    private TestHttp.Response send(HttpRequest.Builder b) {
        if (!cookies.isEmpty()) {
            StringBuilder c = new StringBuilder();
            cookies.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", c.toString());
        }
        headers.forEach(b::header);
        b.timeout(Duration.ofSeconds(30));
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            for (String header : r.headers().allValues("Set-Cookie")) remember(header);
            return new TestHttp.Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String header) {
        String[] parts = header.split(";");
        int eq = parts[0].indexOf('=');
        String name = parts[0].substring(0, eq).trim();
        String value = parts[0].substring(eq + 1).trim();
        setCookies.put(name, header);
        boolean expired = List.of(parts).stream().anyMatch(p -> p.trim().equalsIgnoreCase("Max-Age=0"));
        if (expired || value.isEmpty()) cookies.remove(name);
        else cookies.put(name, value);
    }
}
