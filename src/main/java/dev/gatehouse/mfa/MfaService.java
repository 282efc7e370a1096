package dev.gatehouse.mfa;

import dev.gatehouse.account.User;
import dev.gatehouse.account.UserStore;
import dev.gatehouse.account.UserWithGrants;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.session.SessionService;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A user's own second factors (API.md §7): TOTP enrolment and removal, recovery codes, the overview,
 * and the removal of every factor (admin reset). Every change needs a recent sign-in: a stolen access
 * token alone must not add a factor its thief controls, nor remove the owner's (OWASP ASVS 4.0 V2.8).
 */
public final class MfaService {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MfaStore store;
    private final UserStore users;
    private final OtherFactors others;
    private final SessionService sessions;
    private final MasterKey masterKey;
    private final RecoveryCodes recovery;
    private final AuditLog audit;
    private final MfaMetrics metrics;
    private final Clock clock;
    private final Duration reauthMaxAge;
    private final String issuerLabel;
    private final Set<String> requiredRoles;

    /**
     * @param reauthMaxAge {@code mfa.reauth.max.age}
     * @param issuer       the server's issuer URL; its host names the account in authenticator apps
     * @param requiredRoles {@code mfa.required.roles}: a holder of one may not remove the last factor
     */
    public MfaService(MfaStore store, UserStore users, OtherFactors others, SessionService sessions, MasterKey masterKey,
                      AuditLog audit, MfaMetrics metrics, Clock clock, Duration reauthMaxAge, String issuer, List<String> requiredRoles) {
        this.requiredRoles = Set.copyOf(requiredRoles);
        this.store = store;
        this.users = users;
        this.others = others;
        this.sessions = sessions;
        this.masterKey = masterKey;
        this.recovery = recoveryCodes(masterKey);
        this.audit = audit;
        this.metrics = metrics;
        this.clock = clock;
        this.reauthMaxAge = reauthMaxAge;
        String host = URI.create(issuer).getHost();
        this.issuerLabel = host == null ? "Gatehouse" : host;
    }

    static RecoveryCodes recoveryCodes(MasterKey masterKey) {
        return new RecoveryCodes(masterKey.deriveKey("mfa recovery code v1"));
    }

    /** A TOTP enrolment waiting for its first code. */
    public record Enrolment(String secret, String otpauthUri, String qrSvg) {
        @Override
        public String toString() {
            return "Enrolment[<redacted>]";
        }
    }

    /** What {@code GET /api/v1/me/mfa} shows. */
    public record Status(boolean totp, List<OtherFactors.Passkey> passkeys, int recoveryCodesLeft) {}

    public Status status(String userId) {
        return new Status(hasTotp(userId), others.passkeys(userId), store.recoveryCodesLeft(userId));
    }

    /**
     * Starts (or restarts) a TOTP enrolment: a fresh 160-bit secret, pending until {@link #confirmTotp}.
     * A second call before confirming replaces the pending secret (the user scanned nothing yet, or
     * lost it); once confirmed, 409 until it is removed.
     */
    public Enrolment enrolTotp(String userId, String sessionId, String ip) {
        requireRecentSignIn(userId, signedInAt(sessionId), ip, "mfa_enrolled");
        return startTotp(userId);
    }

    /**
     * The account page's enrolment: the one pending since the browser's sign-in {@code signedInAt} (a
     * second tab, a reload or a second click shows the key the app may already hold), else a fresh one.
     */
    public Enrolment enrolTotp(String userId, Instant signedInAt, String ip) {
        requireRecentSignIn(userId, signedInAt, ip, "mfa_enrolled");
        return pendingOrStartTotp(userId, signedInAt);
    }

    /** The enrolment pending since {@code since}, if any: what the account page's set-up shows again. */
    public Optional<Enrolment> pendingTotp(String userId, Instant since) {
        return store.findTotp(userId).filter(f -> !f.confirmed() && !f.createdAt().isBefore(since))
                .map(f -> enrolment(user(userId), open(userId, f.sealedSecret())));
    }

    /** A fresh pending secret; the caller has established who the user is, recently. */
    Enrolment startTotp(String userId) {
        User user = user(userId);
        if (hasTotp(userId)) throw new DomainException(ErrorCode.MFA_ALREADY_ENABLED);
        byte[] secret = new byte[Totp.SECRET_BYTES];
        RANDOM.nextBytes(secret);
        if (!store.savePendingTotp(userId, seal(userId, secret), clock.instant())) throw new DomainException(ErrorCode.MFA_ALREADY_ENABLED);
        return enrolment(user, secret);
    }

    /**
     * The enrolment pending since {@code since} (its secret shown again), else a fresh one: for the hosted
     * set-up page, whose reload or second tab must not void the QR code the app already scanned. A secret
     * made before {@code since} (an earlier, abandoned sign-in) is not shown again.
     */
    Enrolment pendingOrStartTotp(String userId, Instant since) {
        Optional<MfaStore.TotpFactor> pending = store.findTotp(userId).filter(f -> !f.confirmed() && !f.createdAt().isBefore(since));
        if (pending.isEmpty()) return startTotp(userId);
        return enrolment(user(userId), open(userId, pending.get().sealedSecret()));
    }

    private Enrolment enrolment(User user, byte[] secret) {
        String base32 = Base32.encode(secret);
        String uri = otpauthUri(user.username(), base32);
        return new Enrolment(base32, uri, QrSvg.of(uri));
    }

    /**
     * Key URI Format of Google Authenticator, which every authenticator app reads: label
     * {@code issuer:account}, and the parameters spelled out although they are the defaults.
     */
    private String otpauthUri(String account, String secret) {
        String label = encode(issuerLabel) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuerLabel)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Confirms the pending enrolment with a first code, which also becomes the last accepted step (so
     * it cannot sign in afterwards). Returns a fresh set of recovery codes, shown this once, when the
     * user had none left; a set that came with an earlier factor (a passkey) is kept, and the answer is
     * empty: recovery codes come with the first factor of any kind (API.md §7), and replacing them here
     * would silently void codes the user has stored.
     */
    public List<String> confirmTotp(String userId, String sessionId, String code, String ip) {
        return confirmTotp(userId, signedInAt(sessionId), code, ip);
    }

    /** As {@link #confirmTotp(String, String, String, String)}, for a browser that signed in at {@code signedInAt}. */
    public List<String> confirmTotp(String userId, Instant signedInAt, String code, String ip) {
        requireRecentSignIn(userId, signedInAt, ip, "mfa_enrolled");
        MfaStore.TotpFactor factor = store.findTotp(userId).orElseThrow(() ->
                new DomainException(ErrorCode.INVALID_ENROLMENT_CODE, "No TOTP enrolment is pending: start one with POST /api/v1/me/mfa/totp"));
        if (factor.confirmed()) throw new DomainException(ErrorCode.MFA_ALREADY_ENABLED);
        return confirmPending(userId, code, ip).orElseThrow(() -> new DomainException(ErrorCode.INVALID_ENROLMENT_CODE));
    }

    /**
     * Confirms a pending TOTP with its first code: the new recovery codes (none when the user keeps an
     * earlier set), or empty when the code (or the pending secret) is not right.
     */
    Optional<List<String>> confirmPending(String userId, String code, String ip) {
        Optional<MfaStore.TotpFactor> factor = store.findTotp(userId).filter(f -> !f.confirmed());
        OptionalLong step = factor.isEmpty() ? OptionalLong.empty()
                : Totp.match(open(userId, factor.get().sealedSecret()), code, clock.instant(), factor.get().lastStep());
        if (step.isEmpty() || !store.confirmTotp(userId, factor.get().sealedSecret(), step.getAsLong(), clock.instant())) {
            metrics.count("totp", "enrolment_failure");
            return Optional.empty();
        }
        audit.record("mfa_enrolled", "success", userId, userId, null, ip, "method=totp");
        metrics.count("totp", "enrolled");
        return Optional.of(factorAdded(userId));
    }

    /** Removes the TOTP factor (idempotent); with no passkey left, the recovery codes go too (API.md §7). */
    public void removeTotp(String userId, String sessionId, String ip) {
        removeTotp(userId, signedInAt(sessionId), ip);
    }

    /** As {@link #removeTotp(String, String, String)}, for a browser that signed in at {@code signedInAt}. */
    public void removeTotp(String userId, Instant signedInAt, String ip) {
        requireRecentSignIn(userId, signedInAt, ip, "mfa_removed");
        if (guardedRemoval(userId, null, ip)) audit.record("mfa_removed", "success", userId, userId, null, ip, "method=totp");
    }

    /**
     * Removes one of the user's passkeys, for the passkey package once it checked the sign-in
     * ({@code PasskeyService#remove}): false when the user has no passkey of this id.
     *
     * @throws DomainException 409 {@code mfa_required_by_role} when it is the last factor a role requires
     */
    public boolean removePasskey(String userId, String passkeyId, String ip) {
        return guardedRemoval(userId, passkeyId, ip);
    }

    /**
     * The TOTP factor ({@code passkeyId} null) or a passkey removed, refused when it is the last factor of a
     * holder of {@code mfa.required.roles} (API.md §7), and the recovery codes gone with the last factor: the
     * check and the delete are one transaction of the store, so two parallel removals of a user's last two
     * factors (two tabs, the page and the API) cannot each count the other's factor as the one left.
     */
    private boolean guardedRemoval(String userId, String passkeyId, String ip) {
        MfaStore.Removal r = store.removeFactor(userId, passkeyId, factorRequired(userId));
        if (r == MfaStore.Removal.LAST_FACTOR) {
            audit.record(passkeyId == null ? "mfa_removed" : "passkey_removed", "failure", userId, userId, null, ip, "mfa_required_by_role");
            throw new DomainException(ErrorCode.MFA_REQUIRED_BY_ROLE);
        }
        return r == MfaStore.Removal.REMOVED;
    }

    /** Whether a role of the user requires a second factor ({@code mfa.required.roles}). */
    private boolean factorRequired(String userId) {
        if (requiredRoles.isEmpty()) return false;
        return users.findById(userId).map(u -> u.grants().roles().stream().anyMatch(requiredRoles::contains)).orElse(false);
    }

    /** A new set of recovery codes; the old ones stop working. Only for a user with a factor. */
    public List<String> regenerateRecoveryCodes(String userId, String sessionId, String ip) {
        return regenerateRecoveryCodes(userId, signedInAt(sessionId), ip);
    }

    /** As {@link #regenerateRecoveryCodes(String, String, String)}, for a browser that signed in at {@code signedInAt}. */
    public List<String> regenerateRecoveryCodes(String userId, Instant signedInAt, String ip) {
        requireRecentSignIn(userId, signedInAt, ip, "mfa_enrolled");
        if (!hasFactor(userId)) {
            throw new DomainException(ErrorCode.INVALID_REQUEST, "Recovery codes come with a second factor: set one up first");
        }
        List<String> codes = newRecoveryCodes(userId);
        audit.record("mfa_enrolled", "success", userId, userId, null, ip, "method=recovery_code regenerated");
        return codes;
    }

    /**
     * After a factor was added (TOTP here, a passkey in the passkey package): the first factor of any
     * kind brings recovery codes (API.md §7). Returns a fresh set when the user had none left, else an
     * empty list.
     */
    public List<String> factorAdded(String userId) {
        return store.recoveryCodesLeft(userId) > 0 ? List.of() : newRecoveryCodes(userId);
    }

    /** Every factor and recovery code of the user removed; the caller checks who may and audits {@code mfa_reset}. */
    public int removeAll(String userId) {
        int removed = (store.deleteTotp(userId) ? 1 : 0) + others.removeAll(userId);
        store.deleteRecoveryCodes(userId);
        return removed;
    }

    /** A confirmed TOTP or at least one passkey. */
    public boolean hasFactor(String userId) {
        return hasTotp(userId) || !others.passkeys(userId).isEmpty();
    }

    /** A confirmed TOTP factor (a pending enrolment does not count). */
    boolean hasTotp(String userId) {
        return store.findTotp(userId).map(MfaStore.TotpFactor::confirmed).orElse(false);
    }

    private List<String> newRecoveryCodes(String userId) {
        List<String> codes = RecoveryCodes.generate();
        store.replaceRecoveryCodes(userId, recovery.hashes(userId, codes), clock.instant());
        return codes;
    }

    /**
     * The rule of factor changes for another new way in (linking an upstream account, API.md §6): the token
     * session's own sign-in at most {@code mfa.reauth.max.age} old, so a stolen access token alone cannot
     * add a sign-in its thief controls (OWASP ASVS V2.8, SECURITY.md "Who may act on whom").
     *
     * @param auditType the event a refusal is audited as
     * @throws DomainException 403 {@code reauthentication_required}
     */
    public void requireRecentSignIn(String userId, String sessionId, String ip, String auditType) {
        requireRecentSignIn(userId, signedInAt(sessionId), ip, auditType);
    }

    /** True while a sign-in at {@code signedInAt} may still change factors ({@code mfa.reauth.max.age}). */
    public boolean recent(Instant signedInAt) {
        return signedInAt != null && !signedInAt.isBefore(clock.instant().minus(reauthMaxAge));
    }

    private Instant signedInAt(String sessionId) {
        return sessions.signedInAt(sessionId).orElse(null);
    }

    /**
     * The reauthentication rule of email changes (AccountService), with its own maximum age: {@code
     * signedIn} is the token session's sign-in (its auth_time) or the browser login session's.
     */
    private void requireRecentSignIn(String userId, Instant signedIn, String ip, String auditType) {
        if (!recent(signedIn)) {
            audit.record(auditType, "failure", userId, userId, null, ip, "reauthentication_required");
            throw new DomainException(ErrorCode.REAUTHENTICATION_REQUIRED,
                    "Changing second factors needs a recent sign-in: sign in again (a sign-in counts for " + reauthMaxAge.toMinutes() + " min)");
        }
    }

    private User user(String userId) {
        Optional<UserWithGrants> u = users.findById(userId);
        if (u.isEmpty()) throw new DomainException(ErrorCode.NOT_FOUND);
        return u.get().user();
    }

    /** The associated data names the purpose and the user: a sealed secret copied to another user's row does not open. */
    static byte[] aad(String userId) {
        return ("gatehouse mfa totp v1:" + userId).getBytes(StandardCharsets.UTF_8);
    }

    private String seal(String userId, byte[] secret) {
        return Base64.getEncoder().encodeToString(masterKey.encrypt(secret, aad(userId)));
    }

    byte[] open(String userId, String sealed) {
        return masterKey.decrypt(Base64.getDecoder().decode(sealed), aad(userId));
    }
}
