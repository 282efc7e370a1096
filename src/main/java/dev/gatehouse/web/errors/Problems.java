package dev.gatehouse.web.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every first-party error as RFC 9457 {@code application/problem+json} with the catalog's
 * stable {@code code}. On a 5xx only the code and the request id leave the server.
 */
public final class Problems {
    public static final String TYPE_BASE = "https://gatehouse.dev/problems/";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Problems() {}

    public static void write(Context ctx, DomainException e) {
        if (e.retryAfter() != null) {
            ctx.header("Retry-After", String.valueOf(Math.max(1, (e.retryAfter().toMillis() + 999) / 1000)));
        }
        if (e.error() == ErrorCode.INVALID_TOKEN) {
            // RFC 6750 §3; API.md asks for error="invalid_token" on every 401 of a Bearer route.
            ctx.header("WWW-Authenticate",
                    "Bearer realm=\"gatehouse\", error=\"invalid_token\", error_description=\"" + quoteSafe(e.detail()) + "\"");
        }
        write(ctx, e.error(), body(e.error(), e.detail(), e.fieldErrors(), e.members(), RequestIds.of(ctx)));
    }

    public static void write(Context ctx, ErrorCode error, String detail, List<FieldError> fieldErrors) {
        write(ctx, error, body(error, detail, fieldErrors, Map.of(), RequestIds.of(ctx)));
    }

    private static void write(Context ctx, ErrorCode error, byte[] body) {
        ctx.status(HttpStatuses.of(error));
        ctx.header("Content-Type", "application/problem+json");
        ctx.header("Cache-Control", "no-store");
        ctx.result(body);
    }

    static byte[] body(ErrorCode error, String detail, List<FieldError> fieldErrors, Map<String, Object> members, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + error.code());
        body.put("title", error.title());
        body.put("status", HttpStatuses.of(error));
        body.put("code", error.code());
        if (detail != null && HttpStatuses.of(error) < 500) body.put("detail", detail);
        if (!fieldErrors.isEmpty()) {
            body.put("errors", fieldErrors.stream().map(Problems::fieldError).toList());
        }
        // Extension members (RFC 9457 §3.2) never replace a standard one.
        members.forEach(body::putIfAbsent);
        body.put("request_id", requestId);
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** {@code field} and {@code code} as ever, then the sentence and the limits (members added later, so old clients read on). */
    private static Map<String, Object> fieldError(FieldError f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", f.field());
        m.put("code", f.code());
        m.put("message", f.message());
        f.limits().forEach(m::putIfAbsent);
        return m;
    }

    private static String quoteSafe(String s) {
        if (s == null) return "The access token is invalid";
        // error_description is limited to %x20-21 / %x23-5B / %x5D-7E (RFC 6750 §3).
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 0x20 && c <= 0x7E && c != '"' && c != '\\') sb.append(c);
        }
        return sb.toString();
    }
}
