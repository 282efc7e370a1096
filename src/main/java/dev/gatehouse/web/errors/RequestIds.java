package dev.gatehouse.web.errors;

import dev.gatehouse.core.SecureTokens;
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

    static String newId() {
        return SecureTokens.random(9);
    }
}
