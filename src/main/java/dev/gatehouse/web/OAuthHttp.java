package dev.gatehouse.web;

import dev.gatehouse.web.errors.HttpStatuses;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.Utf8;
import dev.gatehouse.oauth.endpoint.OAuthResponses;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import dev.gatehouse.web.errors.RequestIds;
import dev.gatehouse.web.http.Http;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries an OAuth POST between Javalin and a protocol endpoint: the endpoint sees a Nimbus
 * {@link HTTPRequest} (Authorization and Content-Type headers, the body read within the size limit)
 * and answers a Nimbus {@link HTTPResponse}; the query string is never looked at.
 */
final class OAuthHttp {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthHttp.class);
    private final Http http;
    private final String issuer;
    private final Health health;

    OAuthHttp(Http http, String issuer, Health health) {
        this.http = http;
        this.issuer = issuer;
        this.health = health;
    }

    void post(Context ctx, BiFunction<HTTPRequest, String, HTTPResponse> endpoint) {
        post(ctx, (request, ip, receivedNanos) -> endpoint.apply(request, ip));
    }

    /** An endpoint that is also told when the request arrived (its {@code System.nanoTime()}). */
    @FunctionalInterface
    interface TimedEndpoint {
        HTTPResponse apply(HTTPRequest request, String ip, long receivedNanos);
    }

    /**
     * As {@link #post(Context, BiFunction)}, telling the endpoint when the request arrived: read here,
     * before the body (which a client may still be sending), so requests that reached the server
     * together count as together however long each then waits for a thread or its body.
     */
    void post(Context ctx, TimedEndpoint endpoint) {
        long receivedNanos = System.nanoTime();
        HTTPResponse response;
        try {
            HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create(issuer + ctx.path()));
            String authorization = ctx.header("Authorization");
            if (authorization != null) request.setHeader("Authorization", authorization);
            String contentType = ctx.header("Content-Type");
            if (contentType != null) request.setHeader("Content-Type", contentType);
            origin(ctx, request);
            request.setBody(utf8(http.anyBody(ctx)));
            response = endpoint.apply(request, http.ip(ctx), receivedNanos);
        } catch (DomainException e) {
            // Too large, or a content coding: refused before the protocol code saw it, in its error shape.
            response = HttpStatuses.of(e.error()) == 503 ? unavailable() : OAuthResponses.error(HttpStatuses.of(e.error()), "invalid_request", e.detail());
        } catch (RuntimeException e) {
            if (!health.storeFailure(e)) throw e;
            LOG.warn("request_id={} {} {}: database unavailable", RequestIds.of(ctx), ctx.method(), ctx.path(), e);
            response = unavailable();
        }
        write(ctx, response);
    }

    /**
     * A Bearer-protected endpoint (userinfo): the endpoint sees the method, the Authorization and
     * Content-Type headers and, for a POST, the body (RFC 6750 §2.2 form parameter), read within the
     * size limit. The query string is never looked at (RFC 6750 §2.3 is not supported).
     */
    void bearer(Context ctx, java.util.function.Function<HTTPRequest, HTTPResponse> endpoint) {
        HTTPResponse response;
        try {
            HTTPRequest.Method method = "POST".equals(ctx.method().name()) ? HTTPRequest.Method.POST : HTTPRequest.Method.GET;
            HTTPRequest request = new HTTPRequest(method, URI.create(issuer + ctx.path()));
            String authorization = ctx.header("Authorization");
            if (authorization != null) request.setHeader("Authorization", authorization);
            origin(ctx, request);
            if (method == HTTPRequest.Method.POST) {
                String contentType = ctx.header("Content-Type");
                if (contentType != null) request.setHeader("Content-Type", contentType);
                request.setBody(utf8(http.anyBody(ctx)));
            }
            response = endpoint.apply(request);
        } catch (DomainException e) {
            response = HttpStatuses.of(e.error()) == 503 ? unavailable() : OAuthResponses.error(HttpStatuses.of(e.error()), "invalid_request", e.detail());
        } catch (RuntimeException e) {
            if (!health.storeFailure(e)) throw e;
            LOG.warn("request_id={} {} {}: database unavailable", RequestIds.of(ctx), ctx.method(), ctx.path(), e);
            response = unavailable();
        }
        write(ctx, response);
    }

    /**
     * The browser's Origin, for the endpoint's cross-origin decision (API.md §8). Several Origin headers
     * are passed on joined: no client has that origin, so the browser is refused and reads nothing.
     */
    private static void origin(Context ctx, HTTPRequest request) {
        List<String> values = java.util.Collections.list(ctx.req().getHeaders("Origin"));
        if (!values.isEmpty()) request.setHeader("Origin", String.join(", ", values));
    }

    /**
     * RFC 6749 Appendix B: the form is UTF-8. Decoded strictly, so a body that is not UTF-8 is an
     * {@code invalid_request} rather than parameters quietly holding U+FFFD.
     */
    private static String utf8(byte[] body) {
        return Utf8.decode(body).orElseThrow(() -> new DomainException(ErrorCode.INVALID_REQUEST, "The body is not valid UTF-8"));
    }

    /**
     * The database is away: 503 {@code temporarily_unavailable} (the RFC 6749 §4.1.2.1 code, used at
     * the token endpoint too) with Retry-After, never a 500 and never a problem document here.
     */
    private static HTTPResponse unavailable() {
        HTTPResponse response = OAuthResponses.error(503, "temporarily_unavailable", "The server is temporarily unavailable");
        response.setHeader("Retry-After", "5");
        return response;
    }

    static void write(Context ctx, HTTPResponse response) {
        ctx.status(response.getStatusCode());
        for (Map.Entry<String, List<String>> h : response.getHeaderMap().entrySet()) {
            for (String v : h.getValue()) ctx.header(h.getKey(), v);
        }
        String body = response.getBody();
        if (body == null) {
            // An empty answer (revocation's 200, RFC 7009 §2.2) has no media type: a Content-Type would
            // claim one, and browser libraries (oidc-client-ts) refuse a text/plain answer from these endpoints.
            ctx.result("");
            ctx.res().setContentType(null);
            return;
        }
        // Straight into the response (through Javalin's stream, so compression still applies): a result
        // would be copied through a buffer first. The last step of the handler, so nothing sets a status after.
        try {
            ctx.outputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
