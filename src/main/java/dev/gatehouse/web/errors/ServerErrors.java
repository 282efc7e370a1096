package dev.gatehouse.web.errors;

import dev.gatehouse.core.ErrorCode;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The errors Jetty answers itself, before any route runs: an ambiguous or malformed URI (400), a URI
 * or header block over the limit (414, 431). They get the same RFC 9457 problem body and request id
 * as every other error instead of Jetty's HTML page (SECURITY.md "Robustness").
 */
public final class ServerErrors extends ErrorHandler {
    private final String hsts;

    /** @param hsts the Strict-Transport-Security value to send (https issuer), or null */
    public ServerErrors(String hsts) {
        this.hsts = hsts;
    }

    /** The catalog code for an HTTP status; the problem then carries that code's status. */
    public static ErrorCode codeFor(int status) {
        return switch (status) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 414 -> ErrorCode.URI_TOO_LONG;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 431 -> ErrorCode.HEADERS_TOO_LARGE;
            case 503 -> ErrorCode.SERVICE_UNAVAILABLE;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_REQUEST;
        };
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        ErrorCode code = codeFor(status);
        response.setStatus(HttpStatuses.of(code));
        ByteBuffer body = problem(code, response.getHeaders());
        if (hsts != null) response.getHeaders().put("Strict-Transport-Security", hsts);
        response.write(true, body, callback);
        return true;
    }

    /** Used by Jetty when it cannot even build a request to hand to {@link #handle}. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        if (hsts != null) fields.put("Strict-Transport-Security", hsts);
        return problem(codeFor(status), fields);
    }

    private static ByteBuffer problem(ErrorCode code, HttpFields.Mutable headers) {
        String requestId = RequestIds.newId();
        headers.put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        headers.put("X-Request-Id", requestId);
        headers.put("X-Content-Type-Options", "nosniff");
        return ByteBuffer.wrap(Problems.body(code, null, List.of(), Map.of(), requestId));
    }
}
