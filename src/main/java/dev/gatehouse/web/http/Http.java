package dev.gatehouse.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.admin.Actor;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.rbac.Authorizer;
import dev.gatehouse.session.SessionService;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * The HTTP glue a controller needs, built once from the HTTP settings: bounded JSON bodies, the
 * client address behind trusted proxies, the caller the route's {@link Access} admitted, and JSON
 * answers. It also holds the token checks the {@link Gate} applies, so a controller that must
 * check a caller further (a second permission, a Bearer token on a public route) asks the same ones.
 */
public final class Http {
    /** The body of every 202 that must tell nothing: identical whatever happened behind it (API.md). */
    public static final Accepted ACCEPTED = new Accepted("accepted");

    private final Bodies bodies;
    private final ClientIp clientIp;
    private final BearerAuth bearer;
    private final AdminAccess admin;

    public Http(GatehouseConfig.Http config, AccessTokenVerifier verifier, SessionService sessions, ClientRegistry clients,
                Authorizer authorizer) {
        this.bodies = new Bodies(config.maxBodyBytes());
        this.clientIp = new ClientIp(config.trustedProxies());
        this.bearer = new BearerAuth(verifier, sessions, clients);
        this.admin = new AdminAccess(bearer, authorizer, clientIp);
    }

    /** {@code {"status":"accepted"}}. */
    public record Accepted(String status) {}

    /** The request body as JSON of {@code type}: 400/413 problems for bad or oversized input, never a 500. */
    public <T> T body(Context ctx, Class<T> type) {
        return bodies.json(ctx, type);
    }

    /** True when the request has no body at all (an empty one, or none declared and none chunked). */
    public boolean hasNoBody(Context ctx) {
        return bodies.isEmpty(ctx);
    }

    /**
     * A PATCH body: a JSON object with only the named members. Anything else (roles, id, disabled on
     * /me...) is a 400 {@code unknown_field}, never ignored: no mass assignment.
     */
    public JsonNode patch(Context ctx, Set<String> allowed) {
        JsonNode node = Json.parse(bodies.read(ctx), JsonNode.class);
        if (!node.isObject()) throw new DomainException(ErrorCode.INVALID_JSON, "A JSON object is required");
        for (var it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!allowed.contains(field)) {
                throw new DomainException(ErrorCode.UNKNOWN_FIELD, "Unknown field '" + field + "'",
                        List.of(new FieldError(field, "unknown_field")), null);
            }
        }
        return node;
    }

    /** The body of any media type within the size limit (the OAuth endpoints check their own type). */
    public byte[] anyBody(Context ctx) {
        return bodies.readAnyType(ctx);
    }

    public String ip(Context ctx) {
        return clientIp.of(ctx);
    }

    /** The caller the route's {@link Access} admitted (a route that admits one only). */
    public Principal principal(Context ctx) {
        return Gate.principal(ctx);
    }

    /** The admin who makes this request, for the audit log (an admin route only). */
    public Actor actor(Context ctx) {
        return new Actor(principal(ctx).userId(), ip(ctx));
    }

    /** A further permission inside an admin route, checked as the route's own (e.g. granting roles while creating a user). */
    public void requireAlso(Context ctx, String permission) {
        admin.require(ctx, permission);
    }

    /** A Bearer token of a live session, for a public route that takes it as one way in (logout). */
    public Principal bearer(Context ctx) {
        return bearer.require(ctx);
    }

    public static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(Json.write(body));
    }

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status);
        json(ctx, body);
    }

    /**
     * 201 with {@code Location}: the URL of the created resource (RFC 9110 §15.3.2, §10.2.2), an absolute
     * path on this server whose segments are percent-encoded. Every 201 of the server goes through here.
     */
    public static void created(Context ctx, Object body, String... path) {
        ctx.status(201).header("Location", location(path));
        json(ctx, body);
    }

    /** {@link #created} for an answer that must not be cached (it holds a secret shown once). */
    public static void createdNoStore(Context ctx, Object body, String... path) {
        ctx.header("Cache-Control", "no-store");
        created(ctx, body, path);
    }

    /** {@code /a/b} from the segments {@code a}, {@code b}, each percent-encoded (RFC 3986 §3.3). */
    static String location(String... segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            sb.append('/').append(java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    /** An answer that must not be cached (it may hold a secret shown once). */
    public static void noStore(Context ctx, Object body) {
        ctx.header("Cache-Control", "no-store");
        json(ctx, body);
    }

    /** Tokens: no-store and no-cache (RFC 6749 §5.1). */
    public static void tokens(Context ctx, Object body) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
        json(ctx, body);
    }

    BearerAuth bearerAuth() {
        return bearer;
    }

    AdminAccess adminAccess() {
        return admin;
    }
}
