package dev.gatehouse.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser's part of an upstream sign-in: open the provider's authorization URL and read what it
 * sends back to the callback, either a redirect's query (response_mode query) or the fields of the
 * self-submitting form of {@code response_mode=form_post} (Apple). Works against mock-oauth2-server
 * and the stubs of this package.
 */
public final class UpstreamBrowser {
    private static final Pattern INPUT = Pattern.compile(
            "<input[^>]*name=\"([^\"]*)\"[^>]*value=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private UpstreamBrowser() {}

    /** The callback parameters, as the callback request would carry them. */
    public static Map<String, String> callback(URI authorizationUri) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(authorizationUri).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 == 3) {
            String location = response.headers().firstValue("Location")
                    .orElseThrow(() -> new AssertionError("redirect without Location"));
            return query(URI.create(location).getRawQuery());
        }
        if (response.statusCode() == 200 && response.body().contains("<form")) {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher m = INPUT.matcher(response.body());
            while (m.find()) fields.put(unescape(m.group(1)), unescape(m.group(2)));
            return fields;
        }
        throw new AssertionError("no way back to the callback: " + response.statusCode() + " " + response.body());
    }

    /** The parameters of a form-encoded string (a query or a form body). */
    public static Map<String, String> query(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) return out;
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            String v = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
        }
        return out;
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }
}
