package dev.gatehouse.web;

import dev.gatehouse.keys.KeyService;
import dev.gatehouse.oauth.endpoint.Discovery;
import dev.gatehouse.web.http.Http;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;

/** What operators, load balancers and clients read about the server itself: health, metrics, keys, metadata. */
final class OperationsController {
    private final Health health;
    private final PrometheusMeterRegistry metrics;
    private final KeyService keys;
    private final Discovery discovery;
    private final byte[] openApi;

    OperationsController(Health health, PrometheusMeterRegistry metrics, KeyService keys, Discovery discovery, byte[] openApi) {
        this.health = health;
        this.metrics = metrics;
        this.keys = keys;
        this.discovery = discovery;
        this.openApi = openApi;
    }

    /** {@code {"status":"UP"}} or {@code {"status":"DOWN","checks":{...}}} with each named check. */
    record Status(String status) {}

    record Readiness(String status, Map<String, String> checks) {}

    void live(Context ctx) {
        Http.json(ctx, new Status("UP"));
    }

    void ready(Context ctx) {
        Map<String, String> checks = health.run();
        boolean up = checks.values().stream().allMatch("UP"::equals);
        Http.json(ctx, up ? 200 : 503, new Readiness(up ? "UP" : "DOWN", checks));
    }

    void metrics(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    void openApi(Context ctx) {
        ctx.contentType("application/yaml").result(openApi);
    }

    /** RFC 7517: public, and cacheable for five minutes. */
    void jwks(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=300").contentType("application/json").result(keys.jwksJson());
    }

    /** RFC 8414 §2, OIDC Discovery §3: what the server really implements (oauth/endpoint/Discovery). */
    void discovery(Context ctx) {
        ctx.header("Cache-Control", "public, max-age=300");
        Http.json(ctx, discovery.metadata());
    }
}
