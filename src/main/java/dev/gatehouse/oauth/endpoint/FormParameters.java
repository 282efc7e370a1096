package dev.gatehouse.oauth.endpoint;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import dev.gatehouse.oauth.OAuthException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The body of an OAuth POST: {@code application/x-www-form-urlencoded}, every parameter at most once. */
final class FormParameters {
    private static final int MAX_PARAMETERS = 64;

    private FormParameters() {}

    /**
     * @return name → single value; parameters without a value are left out (RFC 6749 §3.1)
     * @throws OAuthException invalid_request for another content type, malformed encoding or a repeated parameter
     */
    static Map<String, List<String>> parse(HTTPRequest request) {
        String contentType = request.getHeaderValue("Content-Type");
        // Limit -1: a value of only semicolons (";") must still yield a first part, not an empty array.
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).split(";", -1)[0].trim().equals("application/x-www-form-urlencoded")) {
            // RFC 6749 §3.2 / RFC 7009 §2.1 / RFC 7662 §2.1: parameters are form-encoded in the body.
            throw OAuthException.invalidRequest("Send the parameters as application/x-www-form-urlencoded");
        }
        String body = request.getBody() == null ? "" : request.getBody();
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (body.isEmpty()) return out;
        String[] pairs = body.split("&", -1);
        if (pairs.length > MAX_PARAMETERS) throw OAuthException.invalidRequest("Too many parameters");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String pair : pairs) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            // RFC 6749 §3.2: request parameters MUST NOT be included more than once.
            if (!seen.add(name)) throw OAuthException.invalidRequest("Parameter '" + printable(name) + "' is repeated");
            if (!value.isEmpty()) out.put(name, List.of(value));
        }
        return out;
    }

    static String single(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null ? null : v.get(0);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthException.invalidRequest("Malformed form encoding");
        }
    }

    private static String printable(String name) {
        String cut = name.length() > 40 ? name.substring(0, 40) : name;
        return cut.replaceAll("[^\\x20-\\x7E]", "?").replace("\"", "?").replace("\\", "?");
    }
}
