package dev.gatehouse.oauth.authorize;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.keys.IdTokens;
import dev.gatehouse.oauth.client.ClientRegistry;
import dev.gatehouse.oauth.client.OAuthClient;
import dev.gatehouse.session.SessionService;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0). The browser's login session ends,
 * and with it every token session that was started from it.
 *
 * <p>A confirmation page is shown unless the {@code id_token_hint} proves the request: its signature
 * is ours (expiry ignored, §2), its {@code sub} is the signed-in user and its {@code sid} is the browser's
 * current login session or one that this browser's re-sign-ins of the same user replaced by it (a step-up,
 * {@code prompt=login}, two tabs signing in again at once: the applications' token sessions went on with the
 * new session, so their ID tokens still name the old one). The request then comes from a client that was
 * given an ID token for this browser's session (§2: the OP SHOULD ask the user otherwise, since any site can
 * send the browser here); a hint for another browser's session, even of the same user, or for a session
 * that ended without a successor, asks. {@code post_logout_redirect_uri}
 * is used only when it exactly matches one registered for the client named by {@code client_id} or by
 * the hint's audience (§3); otherwise the request is refused with an error page and no redirect.
 */
public final class EndSessionService {
    private static final int MAX_VALUE = 2048;
    private static final int MAX_HINT = 16 * 1024;
    /** The parameters of §2 that the confirmation form sends back. */
    private static final List<String> CARRIED = List.of("id_token_hint", "client_id", "post_logout_redirect_uri", "state", "ui_locales");

    private final ClientRegistry clients;
    private final IdTokens idTokens;
    private final SessionService sessions;
    private final BrowserSessionService loginSessions;
    private final AuditLog audit;

    public EndSessionService(ClientRegistry clients, IdTokens idTokens, SessionService sessions, BrowserSessionService loginSessions,
                             AuditLog audit) {
        this.clients = clients;
        this.idTokens = idTokens;
        this.sessions = sessions;
        this.loginSessions = loginSessions;
        this.audit = audit;
    }

    public sealed interface Outcome {
        /** {@code messageKey}: a key of the message bundles ({@code end_session.*}); the title is {@code end_session.title}. */
        record ErrorPage(String messageKey) implements Outcome {}

        /** Ask the user; {@code carry} goes back in the confirmation form. */
        record Confirm(String username, String clientName, Map<String, String> carry, String redirectUri) implements Outcome {}

        /**
         * Logged out (token sessions ended); the web layer ends the browser's login session when
         * {@code endLoginSession}, then redirects to {@code redirect} or shows the signed-out page when null.
         */
        record Done(URI redirect, boolean endLoginSession) implements Outcome {}
    }

    /**
     * @param confirmed the user submitted the confirmation form (its CSRF token already checked)
     */
    public Outcome logout(Map<String, List<String>> params, Optional<BrowserSession> login, boolean confirmed, String ip) {
        Map<String, String> p = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getValue().size() > 1) return invalid("end_session.repeated");
            String v = e.getValue().isEmpty() ? "" : e.getValue().get(0);
            if (v.length() > (e.getKey().equals("id_token_hint") ? MAX_HINT : MAX_VALUE)) return invalid("end_session.too_long");
            if (!v.isEmpty()) p.put(e.getKey(), v);
        }
        String hint = p.get("id_token_hint");
        JWTClaimsSet claims = null;
        if (hint != null) {
            Optional<JWTClaimsSet> verified = idTokens.verifyIgnoringExpiry(hint);
            if (verified.isEmpty()) return invalid("end_session.not_verified");
            claims = verified.get();
        }
        String clientId = p.get("client_id");
        if (claims != null) {
            List<String> aud = claims.getAudience();
            if (aud == null || aud.isEmpty()) return invalid("end_session.not_verified");
            // §2: when both are given, client_id must be an audience of the ID token.
            if (clientId != null && !aud.contains(clientId)) return invalid("end_session.two_clients");
            if (clientId == null) clientId = aud.get(0);
        }
        OAuthClient client = null;
        if (clientId != null) {
            client = clientId.length() > 128 ? null : clients.find(clientId).orElse(null);
            if (client == null) return invalid("end_session.unknown_client");
        }
        String postLogout = p.get("post_logout_redirect_uri");
        URI redirect = null;
        if (postLogout != null) {
            // §3: exact match with a URI registered for this client; no client, no redirect.
            if (client == null || !client.postLogoutRedirectUris().contains(postLogout)) {
                return invalid("end_session.unregistered_redirect");
            }
            String state = p.get("state");
            String uri = state == null ? postLogout : postLogout + (postLogout.contains("?") ? "&" : "?") + "state="
                    + URLEncoder.encode(state, StandardCharsets.UTF_8);
            redirect = URI.create(uri);
        }
        if (login.isEmpty()) return new Outcome.Done(redirect, false);
        String sid = claims == null ? null : stringClaim(claims, "sid");
        boolean proven = sid != null && login.get().userId().equals(claims.getSubject())
                && loginSessions.continuesAs(login.get().userId(), sid, login.get().id());
        if (!proven && !confirmed) {
            Map<String, String> carry = new LinkedHashMap<>();
            for (String name : CARRIED) if (p.containsKey(name)) carry.put(name, p.get(name));
            return new Outcome.Confirm(login.get().username(), client == null ? null : client.name(), carry,
                    redirect == null ? null : redirect.toString());
        }
        int ended = sessions.endFromLogin(login.get().id());
        audit.record("logout", "success", login.get().userId(), login.get().userId(), client == null ? null : client.clientId(), ip,
                "login_session=" + login.get().id() + " token_sessions=" + ended + (proven ? " id_token_hint" : " confirmed"));
        return new Outcome.Done(redirect, true);
    }

    private static String stringClaim(JWTClaimsSet claims, String name) {
        Object v = claims.getClaim(name);
        return v instanceof String s ? s : null;
    }

    private static Outcome invalid(String messageKey) {
        return new Outcome.ErrorPage(messageKey);
    }
}
