package dev.gatehouse.web.errors;

import io.javalin.http.Context;
import org.slf4j.MDC;

/**
 * A random id per request, echoed as {@code X-Request-Id} and in every error body; the log carries the cause under it.
 * Every log line written while the request runs carries it too, as the MDC key {@code request_id}, beside
 * {@code user_id} and {@code client_id} once a token or a login cookie has said who is calling. {@link RequestScope}
 * empties the MDC after each request, so ids never reach the next request on the same thread.
 */
public final class RequestIds {
    private static final String ATTRIBUTE = "gatehouse.request_id";
    public static final String MDC_REQUEST_ID = "request_id";
    public static final String MDC_USER_ID = "user_id";
    public static final String MDC_CLIENT_ID = "client_id";

    private RequestIds() {}

    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id == null) {
            id = newId();
            ctx.attribute(ATTRIBUTE, id);
            ctx.header("X-Request-Id", id);
            MDC.put(MDC_REQUEST_ID, id);
        }
        return id;
    }

    /** Who the request speaks for, for its log lines; a null id is left out. */
    public static void identify(String userId, String clientId) {
        if (userId != null) MDC.put(MDC_USER_ID, userId);
        if (clientId != null) MDC.put(MDC_CLIENT_ID, clientId);
    }

    /** 72 random bits: unique enough to find a log line; not a secret, so no CSPRNG on the hot path. */
    static String newId() {
        byte[] b = new byte[9];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
