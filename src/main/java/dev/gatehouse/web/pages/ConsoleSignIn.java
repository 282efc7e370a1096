package dev.gatehouse.web.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.account.AuthService;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.oauth.client.ConsoleClient;
import dev.gatehouse.oauth.endpoint.ConsoleCodeExchange;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.web.errors.RequestIds;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * How the admin console signs in: as the first-party OAuth client {@code gatehouse-console}
 * ({@link ConsoleClient}) through the hosted login, with the authorization code and PKCE S256
 * (RFC 7636; OAuth 2.1 §4.1), as Keycloak's console does. So the console gets what every application
 * gets from the authorization endpoint: the second factor when the client's require_mfa asks for it
 * ({@code console.require.mfa}), step-up, the upstream providers.
 *
 * <ol>
 *   <li>{@link #start}: a fresh {@code state}, PKCE verifier and {@code nonce}, and the console page to
 *   come back to, go into a short-lived sealed cookie of their own (one per round trip, so two tabs
 *   signing in at once do not overwrite each other's); the browser goes to {@code /oauth2/authorize}.</li>
 *   <li>{@link #callback} ({@code GET /admin/callback}): the {@code state} must be the cookie's (compared in
 *   constant time; the cookie is deleted at once, so it serves once: RFC 9700 §4.7); the code is exchanged
 *   in this process by the token endpoint's own code ({@link ConsoleCodeExchange}); the console session
 *   cookie is set; 303 to the page asked for. An {@code error} answer, a missing or foreign state or a
 *   refused code ends on an error page (4xx) whose link starts a new sign-in: never a redirect loop.</li>
 * </ol>
 *
 * <p>The console session is the token session the code exchange started (its {@code sid}), sealed with
 * the user's id into the {@code gatehouse_console} cookie (HttpOnly, SameSite=Lax, {@code __Host-} on an
 * https issuer). Its lifetime is the token session's, as the admin API sees a token session: it ends when
 * the session does (absolute expiry, {@code session.max.ttl} or the client's {@code refresh_token_ttl};
 * revoked by "end all sessions", the hosted sign-out, refresh-token reuse, the user disabled: all read
 * from the database on every request by {@link ConsoleGuard}), and after {@code session.idle.ttl} without
 * a console request, as a refresh token unused that long dies. The idle clock is the cookie's own
 * last-seen time, renewed at most once a minute; nothing rotates, so two tabs never log each other out.
 * No refresh token is ever issued to the console (the client has no refresh_token grant). A new sign-in
 * in a browser that still holds a console cookie replaces the cookie and leaves the earlier token session
 * to its own end (idle, absolute, or "end all sessions"): ending it could sign out a second tab mid-request.
 */
public final class ConsoleSignIn {
    public static final String CALLBACK = ConsoleClient.CALLBACK_PATH;
    public static final String LOGOUT = "/admin/logout";
    static final String SESSION_COOKIE = "gatehouse_console";
    /** Followed by the first characters of the round trip's state: one cookie per pending sign-in. */
    static final String FLOW_COOKIE = "gatehouse_console_signin_";
    static final Duration FLOW_TTL = Duration.ofMinutes(10);
    /** Pending sign-ins a browser may hold; more (abandoned ones) are dropped, so the Cookie header stays small. */
    private static final int MAX_FLOWS = 3;
    /** A longer page to come back to is not kept: the console's home instead (the cookie stays small). */
    private static final int MAX_RETURN = 512;
    private static final int FLOW_NAME_CHARS = 16;
    private static final Duration SEEN_STEP = Duration.ofMinutes(1);
    private static final Pattern STATE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern ERROR = Pattern.compile("[a-z_]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] SESSION_AAD = "gatehouse console session v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FLOW_AAD = "gatehouse console sign-in v1".getBytes(StandardCharsets.US_ASCII);

    /** Who the console cookie speaks for: the user and the token session of the code exchange. */
    public record Signed(String userId, String sessionId, String username) {}

    private final Pages pages;
    private final BrowserCookies cookies;
    private final MasterKey key;
    private final ConsoleCodeExchange exchange;
    private final SessionService sessions;
    private final AuthService auth;
    private final Function<String, String> usernames;
    private final String issuer;
    private final Duration idle;
    private final Clock clock;

    /**
     * @param cookieKey a key derived from the master key for this purpose alone (the same on every node)
     * @param usernames the username of a user id, shown as "signed in as"
     * @param idle      {@code session.idle.ttl}
     */
    public ConsoleSignIn(Pages pages, byte[] cookieKey, ConsoleCodeExchange exchange, SessionService sessions, AuthService auth,
                         Function<String, String> usernames, String issuer, Duration idle, Clock clock) {
        this.pages = pages;
        this.cookies = pages.cookies();
        // The master key's AES-256-GCM (random nonce, SP 800-38D), under a key of the console cookies' own.
        this.key = MasterKey.fromBase64(Base64.getEncoder().encodeToString(cookieKey));
        this.exchange = exchange;
        this.sessions = sessions;
        this.auth = auth;
        this.usernames = usernames;
        this.issuer = issuer;
        this.idle = idle;
        this.clock = clock;
    }

    /** The console session of this browser, if it has one that has not gone idle; the database check is the guard's. */
    Optional<Signed> current(Context ctx) {
        ObjectNode c = open(cookies.readSealed(ctx, SESSION_COOKIE), SESSION_AAD);
        if (c == null) return Optional.empty();
        Signed s = new Signed(c.path("u").asText(""), c.path("i").asText(""), c.path("n").asText(""));
        long now = clock.instant().getEpochSecond();
        long seen = c.path("t").asLong(0);
        if (now - seen > idle.toSeconds()) {
            // Idle as long as a refresh token may be: that token session is over (nothing else holds it).
            sessions.end(s.sessionId());
            forget(ctx);
            return Optional.empty();
        }
        if (now - seen >= SEEN_STEP.toSeconds()) keep(ctx, s);
        RequestIds.identify(s.userId(), null);
        return Optional.of(s);
    }

    /** Deletes the console cookie (its session has ended). */
    void forget(Context ctx) {
        cookies.clear(ctx, SESSION_COOKIE);
    }

    /** Sends the browser to sign in to the console, coming back to {@code back} (a checked local console path). */
    void start(Context ctx, String back) {
        List<String> pending = cookies.named(ctx, FLOW_COOKIE);
        if (pending.size() >= MAX_FLOWS) pending.forEach(name -> cookies.clear(ctx, name));
        String state = SecureTokens.random(32);
        String verifier = SecureTokens.random(32);
        String nonce = SecureTokens.random(32);
        ObjectNode flow = JSON.createObjectNode().put("s", state).put("v", verifier).put("n", nonce)
                .put("r", back.length() <= MAX_RETURN ? back : ConsoleGuard.HOME)
                .put("e", clock.instant().plus(FLOW_TTL).getEpochSecond());
        cookies.set(ctx, FLOW_COOKIE + state.substring(0, FLOW_NAME_CHARS), seal(flow, FLOW_AAD), FLOW_TTL);
        pages.redirect(ctx, "/oauth2/authorize?client_id=" + ConsoleClient.CLIENT_ID + "&response_type=code&redirect_uri="
                + URLEncoder.encode(ConsoleClient.redirectUri(issuer), StandardCharsets.UTF_8) + "&scope=openid&code_challenge="
                + SecureTokens.hash(verifier) + "&code_challenge_method=S256&state=" + state + "&nonce=" + nonce);
    }

    /** GET /admin/callback?code=&state= (or ?error=&state=): the end of the round trip {@link #start} began. */
    public void callback(Context ctx, String ip) {
        String state = pages.query(ctx, "state");
        String code = pages.query(ctx, "code");
        String error = pages.query(ctx, "error");
        String iss = pages.query(ctx, "iss");
        if (state == null || !STATE.matcher(state).matches()) throw expired();
        String name = FLOW_COOKIE + state.substring(0, FLOW_NAME_CHARS);
        ObjectNode flow = open(cookies.readSealed(ctx, name), FLOW_AAD);
        cookies.clear(ctx, name); // one use, whatever follows
        if (flow == null || flow.path("e").asLong(0) < clock.instant().getEpochSecond()
                || !MessageDigest.isEqual(state.getBytes(StandardCharsets.US_ASCII), flow.path("s").asText("").getBytes(StandardCharsets.US_ASCII))) {
            throw expired();
        }
        // RFC 9207 §2.4: an answer that names another issuer is not ours to use.
        if (iss != null && !iss.equals(issuer)) throw failed();
        // RFC 6749 §4.1.2.1: the error code only (its description is the sender's text), and only in its own alphabet.
        if ("access_denied".equals(error)) {
            // A first-party client has no consent page to decline: the console asked for a second factor
            // (require_mfa, console.require.mfa) of an account without one, or an upstream sign-in failed.
            throw PageException.of(403, "admin.signin.denied").withLink(AccountPages.PATH, "admin.signin.set_up_factor");
        }
        if (error != null) {
            throw PageException.of(400, "admin.signin.refused", ERROR.matcher(error).matches() ? error : "invalid_request")
                    .withLink(ConsoleGuard.HOME, "admin.signin.again");
        }
        if (code == null) throw failed();
        ConsoleCodeExchange.Exchanged done = exchange.exchange(code, flow.path("v").asText(), flow.path("n").asText(), ip)
                .orElseThrow(ConsoleSignIn::failed);
        keep(ctx, new Signed(done.userId(), done.sessionId(), usernames.apply(done.userId())));
        pages.redirect(ctx, ConsoleGuard.consolePath(flow.path("r").asText("")));
    }

    /**
     * POST /admin/logout (CSRF token): ends the console's token session (audited as {@code logout}) and
     * deletes its cookie, then on to the hosted sign-out page, where the browser's sign-in can end too.
     */
    public void logout(Context ctx, String ip) {
        pages.form(ctx);
        ObjectNode c = open(cookies.readSealed(ctx, SESSION_COOKIE), SESSION_AAD);
        if (c != null) auth.logoutSession(c.path("u").asText(""), c.path("i").asText(""), false, ip);
        forget(ctx);
        pages.redirect(ctx, "/logout");
    }

    /** Sets the console cookie for {@code s}, last seen now; it lives as long as an idle session may. */
    private void keep(Context ctx, Signed s) {
        ObjectNode c = JSON.createObjectNode().put("u", s.userId()).put("i", s.sessionId()).put("n", s.username())
                .put("t", clock.instant().getEpochSecond());
        cookies.set(ctx, SESSION_COOKIE, seal(c, SESSION_AAD), idle);
    }

    private static PageException expired() {
        return PageException.of(400, "admin.signin.expired").withLink(ConsoleGuard.HOME, "admin.signin.again");
    }

    private static PageException failed() {
        return PageException.of(400, "admin.signin.failed").withLink(ConsoleGuard.HOME, "admin.signin.again");
    }

    /** AES-256-GCM under the console's cookie key; {@code aad} names the cookie, so one is never taken for the other. */
    private String seal(ObjectNode value, byte[] aad) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(key.encrypt(JSON.writeValueAsBytes(value), aad));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sealed value, or null for none, a forged, tampered or foreign one. */
    private ObjectNode open(String value, byte[] aad) {
        if (value == null) return null;
        try {
            return JSON.readTree(key.decrypt(Base64.getUrlDecoder().decode(value), aad)) instanceof ObjectNode o ? o : null;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return null;
        }
    }
}
