package dev.gatehouse.web.pages;

import dev.gatehouse.web.errors.HttpStatuses;
import dev.gatehouse.account.BrowserSessionService;
import dev.gatehouse.account.SignupCommand;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.FieldError;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Public signup as a page: the same rules and errors as {@code POST /api/v1/signup} (one service),
 * shown next to the field they concern; success signs the new user in (a new login session) and
 * answers 303.
 */
public final class SignupPages {
    private final Pages pages;
    private final LoginCookie cookie;
    private final BrowserSessionService sessions;
    private final boolean enabled;
    private final int passwordMinLength;

    public SignupPages(Pages pages, LoginCookie cookie, BrowserSessionService sessions, boolean enabled, int passwordMinLength) {
        this.pages = pages;
        this.cookie = cookie;
        this.sessions = sessions;
        this.enabled = enabled;
        this.passwordMinLength = passwordMinLength;
    }

    /** GET /signup */
    public void show(Context ctx) {
        requireEnabled();
        render(ctx, 200, ReturnTo.safe(pages.query(ctx, "return_to")), null, null, null, Map.of(), null);
    }

    /** POST /signup */
    public void submit(Context ctx, String ip) {
        requireEnabled();
        Form form = pages.form(ctx);
        String returnTo = ReturnTo.safe(form.get("return_to"));
        String username = form.get("username");
        String email = blankToNull(form.get("email"));
        String name = blankToNull(form.get("name"));
        BrowserSessionService.Started started;
        try {
            started = sessions.signup(new SignupCommand(username, form.get("password"), email, name, ip, pages.messages(ctx).lang()),
                    ctx.userAgent());
        } catch (DomainException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            String general = null;
            switch (e.error()) {
                case INVALID_REQUEST, WEAK_PASSWORD -> {
                    for (FieldError f : e.fieldErrors()) errors.putIfAbsent(f.field(), pages.text(ctx, fieldKey(f.field(), f.code()), passwordMinLength));
                    if (errors.isEmpty()) general = pages.text(ctx, "signup.error.check_form");
                }
                case USERNAME_TAKEN -> errors.put("username", pages.text(ctx, "signup.error.username_taken"));
                case EMAIL_TAKEN -> errors.put("email", pages.text(ctx, "signup.error.email_taken"));
                case RATE_LIMITED -> {
                    retryAfter(ctx, e.retryAfter());
                    general = pages.text(ctx, "signup.error.rate_limited");
                }
                case OVERLOADED -> {
                    retryAfter(ctx, e.retryAfter() != null ? e.retryAfter() : Duration.ofSeconds(1));
                    general = pages.text(ctx, "login.error.busy");
                }
                default -> throw e;
            }
            render(ctx, HttpStatuses.of(e.error()), returnTo, username, email, name, errors, general);
            return;
        }
        cookie.replace(ctx, started, ip);
        pages.redirect(ctx, returnTo != null ? returnTo : LoginPages.SIGNED_IN);
    }

    private void requireEnabled() {
        if (!enabled) throw PageException.of(403, "error.signup_disabled");
    }

    private void render(Context ctx, int status, String returnTo, String username, String email, String name,
                        Map<String, String> errors, String general) {
        Map<String, Object> params = new HashMap<>();
        params.put("csrf", pages.csrfToken(ctx));
        params.put("returnTo", returnTo);
        params.put("username", username);
        params.put("email", email);
        params.put("name", name);
        params.put("errors", errors);
        params.put("error", general);
        params.put("passwordMinLength", passwordMinLength);
        pages.render(ctx, status, "pages/signup.jte", params);
    }

    /**
     * The message key for a field code of the signup API (the same codes, so the rules stay in one
     * place); every message takes the minimum password length as its argument {0}, most ignore it.
     */
    private static String fieldKey(String field, String code) {
        return switch (field + ":" + code) {
            case "username:required", "username:too_short", "username:too_long", "username:mixed_script", "email:required", "email:too_long",
                 "name:invalid", "password:required", "password:too_short", "password:too_long", "password:common",
                 "password:contains_user_info", "password:repetitive", "password:sequential", "password:too_guessable" ->
                    "signup.field." + field + "." + code;
            case "username:invalid_characters", "username:invalid" -> "signup.field.username.invalid";
            default -> field.equals("email") ? "signup.field.email.invalid" : "signup.field.invalid";
        };
    }

    private static void retryAfter(Context ctx, Duration wait) {
        ctx.header("Retry-After", String.valueOf(wait == null ? 1 : Math.max(1, (wait.toMillis() + 999) / 1000)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
