package dev.gatehouse.oauth.endpoint;

import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import dev.gatehouse.core.FormData;
import dev.gatehouse.core.MediaType;
import dev.gatehouse.oauth.OAuthException;
import java.util.LinkedHashMap;
import java.util.List;
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
        // RFC 6749 §3.2 / RFC 7009 §2.1 / RFC 7662 §2.1: parameters are form-encoded in the body.
        if (MediaType.parse(request.getHeaderValue("Content-Type")).filter(t -> t.is("application/x-www-form-urlencoded")).isEmpty()) {
            throw OAuthException.invalidRequest("Send the parameters as application/x-www-form-urlencoded");
        }
        Map<String, List<String>> decoded;
        try {
            decoded = FormData.decode(request.getBody() == null ? "" : request.getBody(), MAX_PARAMETERS);
        } catch (FormData.MalformedFormException e) {
            throw OAuthException.invalidRequest(switch (e.flaw()) {
                case BAD_ESCAPE -> "Malformed form encoding";
                case NOT_UTF8 -> "The parameters are not valid UTF-8";
                case TOO_MANY_FIELDS -> "Too many parameters";
            });
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        decoded.forEach((name, values) -> {
            // RFC 6749 §3.1: request parameters MUST NOT be included more than once.
            if (values.size() > 1) throw OAuthException.invalidRequest("Parameter '" + (name.length() > 40 ? name.substring(0, 40) : name) + "' is repeated");
            if (!values.get(0).isEmpty()) out.put(name, values);
        });
        return out;
    }

    static String single(Map<String, List<String>> params, String name) {
        List<String> v = params.get(name);
        return v == null ? null : v.get(0);
    }

}
