package dev.gatehouse.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.account.AccountService;
import dev.gatehouse.account.AuthService;
import dev.gatehouse.account.EmailVerification;
import dev.gatehouse.account.PasswordReset;
import dev.gatehouse.account.LoginCommand;
import dev.gatehouse.account.SignupCommand;
import dev.gatehouse.account.User;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.core.ApiException;
import dev.gatehouse.oauth.authorize.ConsentService;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.session.Session;
import dev.gatehouse.session.SessionService;
import dev.gatehouse.session.TokenResponse;
import dev.gatehouse.web.JsonFields;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Controllers of the first-party JSON API (API.md §3): parse, call one service, render. They
 * receive already-parsed bodies and the caller's identity from {@code Routes}.
 */
public final class ApiHandlers {
    private final AccountService accounts;
    private final AuthService auth;
    private final SessionService sessions;
    private final EmailVerification verification;
    private final PasswordReset reset;
    private final ConsentService consents;

    public ApiHandlers(AccountService accounts, AuthService auth, SessionService sessions, EmailVerification verification,
                       PasswordReset reset, ConsentService consents) {
        this.accounts = accounts;
        this.auth = auth;
        this.sessions = sessions;
        this.verification = verification;
        this.reset = reset;
        this.consents = consents;
    }

    /** The body of every 202 of the mail endpoints: identical whatever happened behind it. */
    public static final Map<String, Object> ACCEPTED = Map.of("status", "accepted");

    public void verifyEmail(Requests.VerifyEmail r, String ip) {
        verification.verify(r.token(), ip);
    }

    public void cancelEmailChange(Requests.CancelEmailChange r, String ip) {
        verification.cancelChange(r.token(), ip);
    }

    public void resendVerification(String userId, String ip) {
        verification.resend(userId, ip);
    }

    public void forgotPassword(Requests.ForgotPassword r, String ip) {
        reset.forgot(r.email(), ip);
    }

    public void resetPassword(Requests.ResetPassword r, String ip) {
        reset.reset(r.token(), r.newPassword(), ip);
    }

    public Map<String, Object> signup(Requests.Signup r, String ip) {
        return user(accounts.signup(new SignupCommand(r.username(), r.password(), r.email(), r.name(), ip)));
    }

    public TokenResponse login(Requests.Login r, String ip, String userAgent) {
        return auth.login(new LoginCommand(r.username(), r.password(), r.scope(), r.clientId(), ip, userAgent));
    }

    public TokenResponse refresh(Requests.Refresh r, String ip) {
        if (r.refreshToken() == null || r.refreshToken().isEmpty()) {
            throw ApiException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("refresh_token", "required")));
        }
        return auth.refresh(r.refreshToken(), ip);
    }

    /** Logout by refresh token (no Bearer needed). Always 204, also for an unknown or revoked token. */
    public void logoutByRefreshToken(String refreshToken, String ip) {
        auth.logout(refreshToken, ip);
    }

    public void logoutSession(String userId, String sessionId, boolean all, String ip) {
        auth.logoutSession(userId, sessionId, all, ip);
    }

    /** The session check is part of the same read (see BearerAuth#signedToken). */
    public Map<String, Object> me(String userId, String sessionId) {
        return me(accounts.getForSession(userId, sessionId));
    }

    /**
     * PATCH semantics: an absent field is left alone, {@code null} clears it (RFC 7396 spirit).
     * {@code current_password} is no profile field: it is the recent sign-in an email change needs.
     */
    public Map<String, Object> patchMe(String userId, String sessionId, JsonNode body, String ip) {
        Optional<String> name = JsonFields.text(body, "name");
        Optional<String> email = JsonFields.text(body, "email");
        String currentPassword = JsonFields.text(body, "current_password").orElse(null);
        boolean clearName = body.has("name") && body.get("name").isNull();
        if (body.has("email") && body.get("email").isNull()) {
            throw ApiException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("email", "required")));
        }
        AccountService.ProfileUpdate update = accounts.update(userId, sessionId, name, email, clearName, currentPassword, ip);
        Map<String, Object> out = me(update.user());
        if (update.pendingEmail() != null) out.put("pending_email", update.pendingEmail());
        return out;
    }

    public void changePassword(String userId, String sessionId, Requests.ChangePassword r, String ip) {
        accounts.changePassword(userId, sessionId, r.currentPassword(), r.newPassword(), ip);
    }

    public Map<String, Object> sessions(String userId, String currentSessionId) {
        List<Map<String, Object>> items = sessions.listLive(userId).stream().map(s -> session(s, currentSessionId)).toList();
        return Map.of("items", items);
    }

    public void endSession(String userId, String sessionId) {
        Optional<Session> session = sessions.findLive(sessionId);
        // Someone else's session answers exactly like a missing one.
        if (session.isEmpty() || !session.get().userId().equals(userId)) throw new ApiException(ErrorCode.NOT_FOUND);
        sessions.end(sessionId);
    }

    /** The applications the user allowed through the consent page, with the scopes allowed to each. */
    public Map<String, Object> consents(String userId) {
        List<Map<String, Object>> items = consents.list(userId).stream().map(c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("client_id", c.clientId());
            out.put("scopes", List.copyOf(c.scopes()));
            out.put("granted_at", c.grantedAt().toString());
            return out;
        }).toList();
        return Map.of("items", items);
    }

    /** Withdraws the consent and signs that application out for this user; 404 when there was none. */
    public void revokeConsent(String userId, String clientId) {
        if (!consents.revoke(userId, clientId)) throw new ApiException(ErrorCode.NOT_FOUND);
    }

    /** The user as API.md §3 shows it; the admin API adds its own fields to this. */
    public static Map<String, Object> user(User u) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", u.id());
        out.put("username", u.username());
        out.put("email", u.email());
        out.put("email_verified", u.emailVerified());
        out.put("name", u.name());
        out.put("created_at", u.createdAt().toString());
        return out;
    }

    /** {@link #user} with the roles and effective permissions (GET /api/v1/me, the admin API). */
    public static Map<String, Object> withGrants(Map<String, Object> user, UserWithGrants u) {
        user.put("roles", u.grants().roles());
        user.put("permissions", u.grants().sortedPermissions());
        return user;
    }

    private static Map<String, Object> me(UserWithGrants u) {
        return withGrants(user(u.user()), u);
    }

    private static Map<String, Object> session(Session s, String current) {
        Map<String, Object> out = session(s);
        out.put("current", s.id().equals(current));
        return out;
    }

    /** A token session as both APIs list it (never its refresh token or hash). */
    public static Map<String, Object> session(Session s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", s.id());
        out.put("created_at", s.createdAt().toString());
        out.put("last_used_at", s.lastUsedAt().toString());
        out.put("client_id", s.clientId());
        out.put("user_agent", s.userAgent());
        out.put("ip", s.ip());
        return out;
    }
}
