package dev.gatehouse.web;

import dev.gatehouse.admin.Actor;
import dev.gatehouse.config.GatehouseConfig;
import io.javalin.http.Context;

/**
 * The HTTP glue a controller needs, built once from the HTTP settings: bounded JSON bodies, the
 * client address behind trusted proxies, the caller the route's {@link Access} admitted, and JSON
 * answers.
 */
public final class Http {
    private final Bodies bodies;
    private final ClientIp clientIp;

    public Http(GatehouseConfig.Http config) {
        this.bodies = new Bodies(config.maxBodyBytes());
        this.clientIp = new ClientIp(config.trustedProxies());
    }

    /** The request body as JSON of {@code type}: 400/413 problems for bad or oversized input, never a 500. */
    public <T> T body(Context ctx, Class<T> type) {
        return bodies.json(ctx, type);
    }

    public String ip(Context ctx) {
        return clientIp.of(ctx);
    }

    /** The admin who makes this request, for the audit log (an admin route only). */
    public Actor actor(Context ctx) {
        return new Actor(Gate.principal(ctx).userId(), ip(ctx));
    }

    public static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(Json.write(body));
    }

    /** An answer that must not be cached (it may hold a secret shown once). */
    public static void noStore(Context ctx, Object body) {
        ctx.header("Cache-Control", "no-store");
        json(ctx, body);
    }

    Bodies bodies() {
        return bodies;
    }

    ClientIp clientIp() {
        return clientIp;
    }
}
