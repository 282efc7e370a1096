package dev.gatehouse.web.errors;

import io.javalin.http.Context;

/** A random id per request, echoed as {@code X-Request-Id} and in every error body; the log carries the cause under it. */
public final class RequestIds {
    private static final String ATTRIBUTE = "gatehouse.request_id";

    private RequestIds() {}

    public static String of(Context ctx) {
        String id = ctx.attribute(ATTRIBUTE);
        if (id == null) {
            id = newId();
            ctx.attribute(ATTRIBUTE, id);
            ctx.header("X-Request-Id", id);
        }
        return id;
    }

    /** 72 random bits: unique enough to find a log line; not a secret, so no CSPRNG on the hot path. */
    static String newId() {
        byte[] b = new byte[9];
        java.util.concurrent.ThreadLocalRandom.current().nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
