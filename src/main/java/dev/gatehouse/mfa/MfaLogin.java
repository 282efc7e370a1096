package dev.gatehouse.mfa;

import dev.gatehouse.account.AuthService;
import dev.gatehouse.account.PendingLogin;
import dev.gatehouse.account.SecondStep;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.throttle.LoginThrottle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The second step of a password login (API.md §7). After the password, a user with a factor gets
 * {@code mfa_required} and an {@code mfa_token}: 256 random bits, stored as a hash, bound to that
 * login (user, client, granted scope), good for {@link #TTL} and spent by the one successful step. It
 * opens nothing else: no route but {@code /api/v1/login/mfa} (and the passkey options) reads it.
 *
 * <p>Wrong codes count on the account's login throttle, the same budget as wrong passwords, so a
 * password thief gets no more guesses at the code than at the password.
 */
public final class MfaLogin implements SecondStep {
    /** Long enough to open an authenticator app, short enough to be useless later (API.md §7: at most 600 s). */
    public static final Duration TTL = Duration.ofMinutes(5);
    private static final int TOKEN_BYTES = 32;
    private static final int TOKEN_LENGTH = 43;

    /** RFC 8176 §2 values. */
    static final String OTP = "otp";
    static final String MFA = "mfa";

    private final MfaStore store;
    private final MfaService factors;
    private final OtherFactors others;
    private final WebauthnStep webauthn;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final MfaMetrics metrics;
    private final Clock clock;
    private final RecoveryCodes recovery;
    /** Turns a hosted page's handle into its step's token (see {@link #pageHandle}). */
    private final byte[] pageKey;
    private final UserStore users;
    private final Set<String> requiredRoles;

    /** @param requiredRoles {@code mfa.required.roles}: holders of these roles must set up a factor before they get tokens */
    public MfaLogin(MfaStore store, MfaService factors, OtherFactors others, WebauthnStep webauthn, LoginThrottle throttle,
                    AuditLog audit, MfaMetrics metrics, Clock clock, MasterKey masterKey, UserStore users, List<String> requiredRoles) {
        this.users = users;
        this.requiredRoles = Set.copyOf(requiredRoles);
        this.store = store;
        this.factors = factors;
        this.others = others;
        this.webauthn = webauthn;
        this.throttle = throttle;
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        this.recovery = MfaService.recoveryCodes(masterKey);
        this.pageKey = masterKey.deriveKey("mfa page handle v1");
    }

    /** The methods of {@code POST /api/v1/login/mfa}. */
    public enum Method {
        TOTP("totp"), RECOVERY_CODE("recovery_code"), WEBAUTHN("webauthn");

        private final String wire;

        Method(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public static Optional<Method> of(String wire) {
            for (Method m : values()) if (m.wire.equals(wire)) return Optional.of(m);
            return Optional.empty();
        }
    }

    /**
     * {@inheritDoc} A user with a confirmed TOTP or a passkey gets {@code mfa_required} and a fresh
     * mfa_token. A user without one who holds a role of {@code mfa.required.roles} gets {@code
     * mfa_enrollment_required} and an mfa_token to set up TOTP with before any token (as Keycloak's
     * "Configure OTP" required action does at sign-in).
     */
    @Override
    public void require(PendingLogin login) {
        List<String> methods = methods(login.userId());
        if (!methods.isEmpty()) {
            throw challenge(login, MfaStore.Purpose.VERIFY, ErrorCode.MFA_REQUIRED, methods);
        }
        if (!requiredRoles.isEmpty() && users.findById(login.userId())
                .map(u -> u.grants().roles().stream().anyMatch(requiredRoles::contains)).orElse(false)) {
            throw challenge(login, MfaStore.Purpose.ENROL, ErrorCode.MFA_ENROLLMENT_REQUIRED, List.of(Method.TOTP.wire()));
        }
    }

    private DomainException challenge(PendingLogin login, MfaStore.Purpose purpose, ErrorCode error, List<String> methods) {
        String token = SecureTokens.random(TOKEN_BYTES);
        Instant now = clock.instant();
        store.insertChallenge(new MfaStore.Challenge(SecureTokens.hash(token), purpose, login.userId(), login.clientId(), login.scope(),
                login.userAgent(), login.ip(), now, now.plus(TTL), login.amr(), login.idp()));
        metrics.count("any", purpose == MfaStore.Purpose.VERIFY ? "required" : "enrolment_required");
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("mfa_token", token);
        members.put("methods", methods);
        members.put("expires_in", TTL.toSeconds());
        return DomainException.withMembers(error, members);
    }

    /**
     * {@code POST /api/v1/login/mfa/totp}: a TOTP secret for a user whose login answered {@code
     * mfa_enrollment_required}; the mfa_token is not spent (the code at {@link #complete} spends it).
     */
    public MfaService.Enrolment enrolTotp(String mfaToken) {
        MfaStore.Challenge c = challenge(mfaToken);
        if (c.purpose() != MfaStore.Purpose.ENROL) throw new DomainException(ErrorCode.INVALID_MFA_TOKEN);
        return factors.startTotp(c.userId());
    }

    /**
     * The hosted set-up page's secret: the one pending since this step began, shown again (a reload or a
     * second tab must not void the QR code the user already scanned), else a fresh one. A secret from
     * before the step (an abandoned earlier sign-in) is never shown again. The mfa_token is not spent.
     */
    public MfaService.Enrolment pendingTotp(String mfaToken) {
        MfaStore.Challenge c = challenge(mfaToken);
        if (c.purpose() != MfaStore.Purpose.ENROL) throw new DomainException(ErrorCode.INVALID_MFA_TOKEN);
        return factors.pendingOrStartTotp(c.userId(), c.createdAt());
    }

    /**
     * Moves a pending step from its mfa_token to a handle for the hosted pages' HttpOnly cookie: the step
     * is stored again under a token only this server computes from the handle (HMAC-SHA-256 under a key
     * of the master key, {@link #pageToken}), and the mfa_token is spent. So the cookie is no bearer for
     * {@code POST /api/v1/login/mfa} (there the handle is an unknown mfa_token), and an mfa_token of the
     * JSON API is no step of the pages. Same expiry, same first step, same purpose.
     *
     * @throws DomainException invalid_mfa_token
     */
    public String pageHandle(String mfaToken) {
        MfaStore.Challenge c = challenge(mfaToken);
        if (!store.spendChallenge(c.tokenHash(), clock.instant())) throw new DomainException(ErrorCode.INVALID_MFA_TOKEN);
        String handle = SecureTokens.random(TOKEN_BYTES);
        store.insertChallenge(new MfaStore.Challenge(SecureTokens.hash(pageToken(handle)), c.purpose(), c.userId(), c.clientId(), c.scope(),
                c.userAgent(), c.ip(), c.createdAt(), c.expiresAt(), c.amr(), c.idp()));
        return handle;
    }

    /** The step token behind a hosted page's handle, for the methods here; null for what is no handle (none, or another shape). */
    public String pageToken(String handle) {
        if (handle == null || handle.length() != TOKEN_LENGTH || !SecureTokens.isBase64Url(handle)) return null;
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(pageKey, "HmacSHA256"));
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(handle.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A passed second step: the login, proven by both factors, for {@code AuthService#finish}, and the
     * recovery codes when the step set up the first factor (shown this once), else empty.
     */
    public record Completed(PendingLogin login, List<String> recoveryCodes) {}

    /** The user's own methods, recovery codes only beside a factor (API.md §7 "methods lists the user's own factors"). */
    private List<String> methods(String userId) {
        List<String> methods = new ArrayList<>();
        if (factors.hasTotp(userId)) methods.add(Method.TOTP.wire());
        if (!others.passkeys(userId).isEmpty()) methods.add(Method.WEBAUTHN.wire());
        if (methods.isEmpty()) return methods;
        if (store.recoveryCodesLeft(userId) > 0) methods.add(Method.RECOVERY_CODE.wire());
        return methods;
    }

    /**
     * The user an unspent mfa_token stands for, without spending it: for the passkey options of the
     * second step ({@code POST /api/v1/login/mfa/webauthn/options}).
     *
     * @throws DomainException invalid_mfa_token
     */
    public String userOf(String mfaToken) {
        return challenge(mfaToken).userId();
    }

    /** What the hosted page of the step shows: the set-up ({@code enrol}) or the code form, and the user's own methods. */
    public record Step(boolean enrol, List<String> methods) {}

    /**
     * The step an unspent mfa_token stands for, without spending it (the hosted code page, API.md §7).
     *
     * @throws DomainException invalid_mfa_token
     */
    public Step step(String mfaToken) {
        MfaStore.Challenge c = challenge(mfaToken);
        return c.purpose() == MfaStore.Purpose.ENROL ? new Step(true, List.of(Method.TOTP.wire())) : new Step(false, methods(c.userId()));
    }

    /** {@code POST /api/v1/login/mfa/webauthn/options}: request options for the user of an unspent verify mfa_token. */
    public Map<String, Object> webauthnOptions(String mfaToken) {
        MfaStore.Challenge c = challenge(mfaToken);
        if (c.purpose() != MfaStore.Purpose.VERIFY) throw new DomainException(ErrorCode.INVALID_MFA_TOKEN);
        return webauthn.options(c.userId());
    }

    /**
     * Passes the second step: the mfa_token is judged first (unknown, expired, spent: {@code
     * invalid_mfa_token}), then the account's throttle, then the code. A right code spends the token
     * and returns the login, proven by both factors, for {@code AuthService#finish}.
     *
     * @param code       a TOTP or recovery code; null for webauthn
     * @param credential the assertion for webauthn; null otherwise
     * @throws DomainException invalid_request, invalid_mfa_token, too_many_attempts (with Retry-After), invalid_mfa_code
     */
    public Completed complete(String mfaToken, String method, String code, Map<String, Object> credential, String ip) {
        MfaStore.Challenge c = challenge(mfaToken);
        Method m = Method.of(method).orElseThrow(() -> new DomainException(ErrorCode.INVALID_REQUEST, "method: totp, recovery_code or webauthn"));
        boolean enrol = c.purpose() == MfaStore.Purpose.ENROL;
        String key = LoginThrottle.accountKey(c.userId());
        Duration wait = throttle.tryAcquire(key);
        if (wait != null) {
            metrics.count(m.wire(), "throttled");
            audit.record("mfa_failed", "throttled", c.userId(), c.userId(), null, ip, "method=" + m.wire());
            throw DomainException.retryAfter(ErrorCode.TOO_MANY_ATTEMPTS, wait);
        }
        List<String> recoveryCodes = List.of();
        Optional<List<String>> proven;
        if (enrol) {
            // Setting up the first factor: the code confirms the pending secret (API.md §7 mfa_enrollment_required).
            Optional<List<String>> codes = m == Method.TOTP ? factors.confirmPending(c.userId(), code, ip) : Optional.empty();
            recoveryCodes = codes.orElse(List.of());
            proven = codes.map(x -> List.of(OTP, MFA));
        } else proven = switch (m) {
            case TOTP -> totp(c.userId(), code) ? Optional.of(List.of(OTP, MFA)) : Optional.empty();
            case RECOVERY_CODE -> recoveryCode(c.userId(), code) ? Optional.of(List.of(MFA)) : Optional.empty();
            case WEBAUTHN -> credential == null ? Optional.empty()
                    : webauthn.verify(c.userId(), credential).map(MfaLogin::withMfa);
        };
        if (proven.isEmpty()) {
            // The attempt stays counted on the account's throttle (reserved above).
            metrics.count(m.wire(), "failure");
            audit.record("mfa_failed", "failure", c.userId(), c.userId(), null, ip, "method=" + m.wire());
            throw new DomainException(ErrorCode.INVALID_MFA_CODE);
        }
        // Single use: of two right answers racing with one token, one spends it.
        if (!store.spendChallenge(c.tokenHash(), clock.instant())) throw new DomainException(ErrorCode.INVALID_MFA_TOKEN);
        metrics.count(m.wire(), "success");
        audit.record("mfa_used", "success", c.userId(), c.userId(), null, ip, "method=" + m.wire());
        // The first step's own amr (a password's pwd, or what a trusted upstream reported) and its
        // provider carry over: the session says both how and through whom (API.md §6, §7).
        PendingLogin login = new PendingLogin(c.userId(), c.clientId(), c.scope(), c.amr(), c.userAgent(), ip, c.idp());
        return new Completed(login.provenBy(proven.get()), recoveryCodes);
    }

    private static List<String> withMfa(List<String> amr) {
        List<String> all = new ArrayList<>(amr);
        if (!all.contains(MFA)) all.add(MFA);
        return all;
    }

    private MfaStore.Challenge challenge(String mfaToken) {
        // Only the shape SecureTokens makes is looked up: anything else is no token of ours.
        if (mfaToken == null || mfaToken.length() != TOKEN_LENGTH || !SecureTokens.isBase64Url(mfaToken)) {
            throw new DomainException(ErrorCode.INVALID_MFA_TOKEN);
        }
        return store.findChallenge(SecureTokens.hash(mfaToken), clock.instant())
                .orElseThrow(() -> new DomainException(ErrorCode.INVALID_MFA_TOKEN));
    }

    /** A code of the window, later than the last accepted step, taken in one conditional write. */
    private boolean totp(String userId, String code) {
        Optional<MfaStore.TotpFactor> factor = store.findTotp(userId).filter(MfaStore.TotpFactor::confirmed);
        if (factor.isEmpty()) return false;
        OptionalLong step = Totp.match(factors.open(userId, factor.get().sealedSecret()), code, clock.instant(), factor.get().lastStep());
        // Another node (or request) may have accepted this step or a later one since the read: the
        // UPDATE's condition decides (RFC 6238 §5.2, replay across nodes).
        return step.isPresent() && store.acceptStep(userId, step.getAsLong());
    }

    private boolean recoveryCode(String userId, String code) {
        String normalized = RecoveryCodes.normalize(code);
        return normalized != null && store.useRecoveryCode(userId, recovery.hash(userId, normalized), clock.instant());
    }
}
