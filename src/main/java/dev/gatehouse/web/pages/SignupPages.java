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
            started = sessions.signup(new SignupCommand(username, form.get("password"), email, name, ip), ctx.userAgent());
        } catch (DomainException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            String general = null;
            switch (e.error()) {
                case INVALID_REQUEST, WEAK_PASSWORD -> {
                    for (FieldError f : e.fieldErrors()) errors.putIfAbsent(f.field(), message(f.field(), f.code()));
                    if (errors.isEmpty()) general = "Please check the form.";
                }
                case USERNAME_TAKEN -> errors.put("username", "This username is taken.");
                case EMAIL_TAKEN -> errors.put("email", "This email address is already registered.");
                case RATE_LIMITED -> {
                    retryAfter(ctx, e.retryAfter());
                    general = "Too many requests. Please wait a moment and try again.";
                }
                case OVERLOADED -> {
                    retryAfter(ctx, e.retryAfter() != null ? e.retryAfter() : Duration.ofSeconds(1));
                    general = "The server is busy. Please try again in a moment.";
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
        if (!enabled) throw new PageException(403, "Signup is disabled", "New accounts cannot be created here. Ask your administrator.");
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

    /** Words for the field codes of the signup API (the same codes, so the rules stay in one place). */
    private String message(String field, String code) {
        return switch (field + ":" + code) {
            case "username:required" -> "Choose a username.";
            case "username:too_short" -> "The username is too short.";
            case "username:too_long" -> "The username is too long.";
            case "username:mixed_script" -> "Use letters from one alphabet only.";
            case "username:invalid_characters", "username:invalid" -> "Use letters, digits, dots, dashes or underscores.";
            case "email:too_long" -> "The email address is too long.";
            case "name:invalid" -> "The name is not valid.";
            case "password:required" -> "Choose a password.";
            case "password:too_short" -> "Use at least " + passwordMinLength + " characters.";
            case "password:too_long" -> "The password is too long.";
            case "password:common" -> "This password is too common. Choose another one.";
            case "password:contains_user_info" -> "The password must not contain your username or email.";
            case "password:repetitive" -> "The password repeats itself too much. Choose another one.";
            case "password:sequential" -> "The password is mostly a sequence (like 12345 or qwerty). Choose another one.";
            case "password:too_guessable" -> "This password is too easy to guess. Try a few unrelated words.";
            default -> field.equals("email") ? "Enter a valid email address." : "This value is not accepted.";
        };
    }

    private static void retryAfter(Context ctx, Duration wait) {
        ctx.header("Retry-After", String.valueOf(wait == null ? 1 : Math.max(1, (wait.toMillis() + 999) / 1000)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
