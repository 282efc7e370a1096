package dev.gatehouse.web.api;

import dev.gatehouse.account.AuthService;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.mfa.MfaLogin;
import dev.gatehouse.mfa.MfaService;
import dev.gatehouse.mfa.OtherFactors;
import dev.gatehouse.session.TokenResponse;
import dev.gatehouse.web.http.Http;
import dev.gatehouse.web.http.Principal;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Second factors of the first-party API (API.md §7): the second step of a login, and the user's own factors. */
public final class MfaController {
    /** A TOTP is six digits and a recovery code eleven characters; anything far longer is no code. */
    private static final int MAX_CODE = 64;

    private final MfaService factors;
    private final MfaLogin login;
    private final AuthService auth;
    private final Http http;

    public MfaController(MfaService factors, MfaLogin login, AuthService auth, Http http) {
        this.factors = factors;
        this.login = login;
        this.auth = auth;
        this.http = http;
    }

    /** Request bodies; nothing else is accepted. */
    public record LoginMfa(String mfaToken, String method, String code, Map<String, Object> credential) {
        @Override
        public String toString() {
            return "LoginMfa[method=" + method + "]";
        }
    }

    public record Confirm(String code) {
        @Override
        public String toString() {
            return "Confirm[<redacted>]";
        }
    }

    record StatusView(boolean totp, List<PasskeyView> passkeys, int recoveryCodesLeft) {}

    record PasskeyView(String id, String name, String createdAt, String lastUsedAt) {
        static PasskeyView of(OtherFactors.Passkey p) {
            return new PasskeyView(p.id(), p.name(), p.createdAt().toString(), p.lastUsedAt() == null ? null : p.lastUsedAt().toString());
        }
    }

    record RecoveryCodesView(List<String> recoveryCodes) {}

    /** {@code POST /api/v1/login/mfa}: the mfa_token is judged before the code (API.md §7). */
    public void complete(Context ctx) {
        LoginMfa r = http.body(ctx, LoginMfa.class);
        List<FieldError> errors = new ArrayList<>();
        if (r.mfaToken() == null || r.mfaToken().isEmpty()) errors.add(new FieldError("mfa_token", "required"));
        if (r.method() == null || r.method().isEmpty()) errors.add(new FieldError("method", "required"));
        else if (MfaLogin.Method.of(r.method()).isEmpty()) errors.add(FieldError.oneOf("method", "unsupported", java.util.Arrays.stream(MfaLogin.Method.values()).map(MfaLogin.Method::wire).toList()));
        boolean webauthn = "webauthn".equals(r.method());
        if (!webauthn && (r.code() == null || r.code().isEmpty())) errors.add(new FieldError("code", "required"));
        else if (r.code() != null && r.code().length() > MAX_CODE) errors.add(FieldError.tooLong("code", MAX_CODE));
        if (webauthn && r.credential() == null) errors.add(new FieldError("credential", "required"));
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
        MfaLogin.Completed done = login.complete(r.mfaToken(), r.method(), r.code(), r.credential(), http.ip(ctx));
        TokenResponse tokens = auth.finish(done.login());
        Http.tokens(ctx, done.recoveryCodes().isEmpty() ? tokens : EnrolledTokens.of(tokens, done.recoveryCodes()));
    }

    /** The token response of a login that set up its first factor, with the recovery codes, shown this once. */
    record EnrolledTokens(String accessToken, String tokenType, long expiresIn, String refreshToken, String scope, List<String> recoveryCodes) {
        static EnrolledTokens of(TokenResponse t, List<String> codes) {
            return new EnrolledTokens(t.accessToken(), t.tokenType(), t.expiresIn(), t.refreshToken(), t.scope(), codes);
        }
    }

    /** The body of the routes that take only an mfa_token (the set-up of TOTP, the passkey options). */
    public record EnrolAtLogin(String mfaToken) {
        @Override
        public String toString() {
            return "EnrolAtLogin[<redacted>]";
        }
    }

    /** {@code POST /api/v1/login/mfa/totp}: TOTP set-up in the middle of a login (mfa_enrollment_required). */
    public void enrolAtLogin(Context ctx) {
        Http.noStore(ctx, login.enrolTotp(mfaToken(ctx)));
    }

    /** {@code POST /api/v1/login/mfa/webauthn/options}: the passkey challenge of the second step. */
    public void webauthnOptions(Context ctx) {
        Http.noStore(ctx, login.webauthnOptions(mfaToken(ctx)));
    }

    private String mfaToken(Context ctx) {
        EnrolAtLogin r = http.body(ctx, EnrolAtLogin.class);
        if (r.mfaToken() == null || r.mfaToken().isEmpty()) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("mfa_token", "required")));
        }
        return r.mfaToken();
    }

    public void status(Context ctx) {
        MfaService.Status s = factors.status(http.principal(ctx).userId());
        Http.noStore(ctx, new StatusView(s.totp(), s.passkeys().stream().map(PasskeyView::of).toList(), s.recoveryCodesLeft()));
    }

    public void enrolTotp(Context ctx) {
        Principal p = http.principal(ctx);
        if (!http.hasNoBody(ctx)) http.body(ctx, Map.class); // an empty object is fine; JSON it must be
        Http.noStore(ctx, factors.enrolTotp(p.userId(), p.sessionId(), http.ip(ctx)));
    }

    public void confirmTotp(Context ctx) {
        Principal p = http.principal(ctx);
        Confirm r = http.body(ctx, Confirm.class);
        if (r.code() == null || r.code().isEmpty()) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("code", "required")));
        }
        List<String> codes = factors.confirmTotp(p.userId(), p.sessionId(), r.code(), http.ip(ctx));
        // recovery_codes only when new ones were made: a set from an earlier factor stays (API.md §7).
        Http.noStore(ctx, codes.isEmpty() ? Map.of() : new RecoveryCodesView(codes));
    }

    public void removeTotp(Context ctx) {
        Principal p = http.principal(ctx);
        factors.removeTotp(p.userId(), p.sessionId(), http.ip(ctx));
        ctx.status(204);
    }

    public void regenerateRecoveryCodes(Context ctx) {
        Principal p = http.principal(ctx);
        if (!http.hasNoBody(ctx)) http.body(ctx, Map.class);
        Http.noStore(ctx, new RecoveryCodesView(factors.regenerateRecoveryCodes(p.userId(), p.sessionId(), http.ip(ctx))));
    }
}
