package dev.gatehouse.passkey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.Ids;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.session.SessionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Passkeys (W3C WebAuthn Level 3, API.md §7): a signed-in user's registrations, and the assertion
 * check that passwordless sign-in ({@link PasskeyLogin}) and the second step after a password use.
 * Options are the bare W3C JSON dictionaries ({@code PublicKeyCredentialCreationOptionsJSON},
 * {@code PublicKeyCredentialRequestOptionsJSON}, §5.1.7), as ordered maps with their W3C member names.
 * Challenges are 32 random bytes, stored only as hashes, single use and bound to their user or id.
 */
public final class PasskeyService {
    /** How long a challenge may be answered; also the {@code timeout} hint of the options (§5.4.6 / §5.5). */
    static final Duration CHALLENGE_TTL = Duration.ofMinutes(5);
    private static final int CHALLENGE_BYTES = 32;
    private static final int MAX_NAME = 64;
    private static final String DEFAULT_NAME = "Passkey";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PasskeyStore passkeys;
    private final ChallengeStore challenges;
    private final SessionService sessions;
    private final AuditLog audit;
    private final Clock clock;
    private final RelyingParty rp;
    private final Duration reauthMaxAge;

    /**
     * @param reauthMaxAge how old the session's sign-in may be for adding or removing a passkey
     *                     (API.md §7 {@code GATEHOUSE_MFA_REAUTH_MAX_AGE}; today {@code account.reauth.max.age})
     */
    public PasskeyService(PasskeyStore passkeys, ChallengeStore challenges, SessionService sessions, AuditLog audit, Clock clock,
                          RelyingParty rp, Duration reauthMaxAge) {
        this.passkeys = passkeys;
        this.challenges = challenges;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.rp = rp;
        this.reauthMaxAge = reauthMaxAge;
    }

    /** The user's passkeys as they see them, oldest first: for {@code GET /api/v1/me/mfa}. */
    public List<PasskeyInfo> list(String userId) {
        return passkeys.forUser(userId).stream().map(Passkey::info).toList();
    }

    /** How many passkeys the user has: for "last factor" decisions. */
    public int count(String userId) {
        return passkeys.count(userId);
    }

    /**
     * {@code PublicKeyCredentialCreationOptionsJSON} for a new passkey of the signed-in user: a
     * discoverable credential preferred (so it can sign in alone), user verification preferred,
     * "none" attestation, the user's own credentials excluded (§5.4.3 user handle: random, no personal data).
     */
    public Map<String, Object> registrationOptions(String userId, String sessionId, String username, String displayName) {
        return registrationOptions(userId, signedInAt(sessionId), username, displayName);
    }

    /** As {@link #registrationOptions(String, String, String, String)}, for a browser login session that signed in at {@code signedInAt}. */
    public Map<String, Object> registrationOptions(String userId, Instant signedInAt, String username, String displayName) {
        requireAvailable();
        requireRecentSignIn(userId, signedInAt, "passkey_registered", null);
        String handle = passkeys.userHandle(userId, SecureTokens.random(32));
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("rp", Map.of("id", rp.id(), "name", rp.name()));
        o.put("user", Map.of("id", handle, "name", username, "displayName", displayName == null ? username : displayName));
        o.put("challenge", newChallenge(null, ChallengePurpose.REGISTRATION, userId).challenge);
        o.put("pubKeyCredParams", WebAuthn.ALGORITHMS.stream().map(a -> Map.of("type", "public-key", "alg", a.getValue())).toList());
        o.put("timeout", CHALLENGE_TTL.toMillis());
        o.put("excludeCredentials", descriptors(passkeys.forUser(userId)));
        o.put("authenticatorSelection", Map.of("residentKey", "preferred", "requireResidentKey", false, "userVerification", "preferred"));
        o.put("attestation", "none");
        o.put("extensions", Map.of("credProps", true));
        return o;
    }

    /**
     * Registers the credential the browser made from {@link #registrationOptions} (§7.1). Any failure of
     * the ceremony is one 400 {@code invalid_credential}; a credential id already registered (by anyone)
     * is 409 {@code credential_exists}.
     */
    public PasskeyInfo register(String userId, String sessionId, String name, JsonNode credential, String ip) {
        return register(userId, signedInAt(sessionId), name, credential, ip);
    }

    /** As {@link #register(String, String, String, JsonNode, String)}, for a browser login session that signed in at {@code signedInAt}. */
    public PasskeyInfo register(String userId, Instant signedInAt, String name, JsonNode credential, String ip) {
        requireAvailable();
        String label = name == null ? DEFAULT_NAME : name.strip();
        if (label.isEmpty() || label.codePointCount(0, label.length()) > MAX_NAME || label.chars().anyMatch(Character::isISOControl)) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError("name", "invalid")));
        }
        requireRecentSignIn(userId, signedInAt, "passkey_registered", ip);
        WebAuthn.Registered r;
        List<String> transports;
        try {
            CredentialJson c = new CredentialJson(credential);
            transports = List.copyOf(c.transports());
            String challenge = Ceremonies.WEBAUTHN.challengeOf(c.bytes("clientDataJSON"));
            if (!spend(null, challenge, ChallengePurpose.REGISTRATION, userId)) throw new CredentialJson.Invalid("unknown or spent challenge");
            r = Ceremonies.WEBAUTHN.register(c, rp, challenge);
        } catch (CredentialJson.Invalid e) {
            audit.record("passkey_registered", "failure", userId, userId, null, ip, e.getMessage());
            throw new DomainException(ErrorCode.INVALID_CREDENTIAL);
        }
        Instant now = clock.instant();
        Passkey p = new Passkey(Ids.newId(clock), userId, r.credentialId(), r.publicKey(), r.signCount(), r.backupEligible(),
                r.backupState(), r.userVerified(), transports, r.aaguid(), label, now, null);
        try {
            passkeys.insert(p);
        } catch (UniqueViolation e) {
            audit.record("passkey_registered", "failure", userId, userId, null, ip, "credential_exists");
            throw new DomainException(ErrorCode.CREDENTIAL_EXISTS);
        }
        audit.record("passkey_registered", "success", userId, userId, null, ip, "passkey=" + p.id());
        return p.info();
    }

    /**
     * How a passkey goes: the second factors' guarded removal ({@code MfaService#removePasskey}), which keeps
     * the last factor a role requires and takes the recovery codes with the last one, in one transaction.
     * True when the user's passkey of this id was removed, false when the user has none of this id.
     */
    public interface Deletion {
        boolean delete(String userId, String passkeyId, String ip);
    }

    /** Removes one of the user's passkeys; another user's id is 404, as an unknown one. */
    public void remove(String userId, String sessionId, String passkeyId, String ip, Deletion deletion) {
        remove(userId, signedInAt(sessionId), passkeyId, ip, deletion);
    }

    /** As {@link #remove(String, String, String, String, Deletion)}, for a browser login session that signed in at {@code signedInAt}. */
    public void remove(String userId, Instant signedInAt, String passkeyId, String ip, Deletion deletion) {
        // The sign-in first: an old one learns nothing about the id or about the last factor.
        requireRecentSignIn(userId, signedInAt, "passkey_removed", ip);
        if (passkeyId == null || passkeyId.length() > 64 || !deletion.delete(userId, passkeyId, ip)) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No such passkey");
        }
        audit.record("passkey_removed", "success", userId, userId, null, ip, "passkey=" + passkeyId);
    }

    /**
     * Removes every passkey of the user, for an administrator's reset of the user's factors (API.md §7
     * {@code DELETE /admin/v1/users/{id}/mfa}; the caller audits the reset). Returns how many.
     */
    public int removeAll(String userId) {
        return passkeys.deleteAll(userId);
    }

    /**
     * {@code PublicKeyCredentialRequestOptionsJSON} for a passkey as the second step after a password
     * ({@code POST /api/v1/login/mfa/webauthn/options}): the user's credentials allowed, the challenge
     * bound to the user; answer with {@link #verifyAssertion}.
     */
    public Map<String, Object> secondFactorOptions(String userId) {
        requireAvailable();
        return requestOptions(newChallenge(null, ChallengePurpose.SECOND_FACTOR, userId).challenge,
                descriptors(passkeys.forUser(userId)), "preferred");
    }

    /** Options for a passwordless sign-in: a discoverable credential (empty allowCredentials), user verification required. */
    Map<String, Object> passwordlessOptions() {
        requireAvailable();
        String id = SecureTokens.random(24);
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("challenge_id", id);
        o.putAll(requestOptions(newChallenge(id, ChallengePurpose.PASSWORDLESS, null).challenge, List.of(), "required"));
        return o;
    }

    /**
     * Checks an assertion of one of {@code userId}'s passkeys against a challenge of {@code purpose}
     * bound to that user (§7.2): the challenge is spent whatever the outcome; a stored counter that is
     * non-zero must grow; the counter, backup state and last use are recorded. For the second step after a
     * password (purpose {@link ChallengePurpose#SECOND_FACTOR}, user verification not required).
     *
     * @return the passkey as updated, or empty for any failure (unknown, another user's, replayed, forged...)
     */
    public Optional<Passkey> verifyAssertion(String userId, ChallengePurpose purpose, JsonNode credential) {
        if (purpose == ChallengePurpose.PASSWORDLESS || userId == null) throw new IllegalArgumentException("a user-bound purpose");
        return assertion(null, purpose, userId, credential, false);
    }

    /**
     * {@link #verifyAssertion} for the {@code webauthn} method of {@code POST /api/v1/login/mfa}, with the
     * credential as the request body's JSON object: the RFC 8176 method the passkey proves ({@code hwk} or
     * {@code swk}), or empty when the assertion is not valid for this user.
     */
    public Optional<List<String>> verifySecondFactor(String userId, Map<String, Object> credential) {
        return verifyAssertion(userId, ChallengePurpose.SECOND_FACTOR, JSON.valueToTree(credential)).map(p -> List.of(p.method()));
    }

    /** The passwordless check: the challenge is bound to {@code challengeId}, user verification required. */
    Optional<Passkey> verifyPasswordless(String challengeId, JsonNode credential) {
        return assertion(challengeId, ChallengePurpose.PASSWORDLESS, null, credential, true);
    }

    /** The user a credential claims to be of, before anything is verified: for the per-account throttle. */
    Optional<Passkey> claimed(JsonNode credential) {
        try {
            return passkeys.findByCredentialId(new CredentialJson(credential).id());
        } catch (CredentialJson.Invalid e) {
            return Optional.empty();
        }
    }

    private Optional<Passkey> assertion(String challengeId, ChallengePurpose purpose, String userId, JsonNode credential, boolean uv) {
        if (!rp.available()) return Optional.empty();
        try {
            CredentialJson c = new CredentialJson(credential);
            Optional<Passkey> found = passkeys.findByCredentialId(c.id());
            // The challenge is spent before the credential is judged, so a refused answer cannot be retried.
            String challenge = Ceremonies.WEBAUTHN.challengeOf(c.bytes("clientDataJSON"));
            boolean spent = spend(challengeId, challenge, purpose, userId);
            if (!spent || found.isEmpty()) return Optional.empty();
            Passkey p = found.get();
            if (userId != null && !userId.equals(p.userId())) return Optional.empty();
            // §7.2 step 6: a user handle, when given, must be the credential owner's; a discoverable credential
            // used without a known user (passwordless) must give one.
            byte[] handle = c.optionalBytes("userHandle");
            if (handle == null ? purpose == ChallengePurpose.PASSWORDLESS
                    : !passkeys.userOfHandle(Base64.getUrlEncoder().withoutPadding().encodeToString(handle)).equals(Optional.of(p.userId()))) {
                return Optional.empty();
            }
            WebAuthn.Asserted a = Ceremonies.WEBAUTHN.authenticate(c, p, rp, challenge, uv);
            // §6.1.1: a counter that was ever non-zero must grow; 0 stays allowed for authenticators without one.
            if ((p.signCount() != 0 || a.signCount() != 0) && a.signCount() <= p.signCount()) return Optional.empty();
            Instant now = clock.instant();
            if (!passkeys.recordUse(p.id(), p.signCount(), a.signCount(), a.backupState(), now)) return Optional.empty();
            return Optional.of(new Passkey(p.id(), p.userId(), p.credentialId(), p.publicKey(), a.signCount(), p.backupEligible(),
                    a.backupState(), p.userVerified(), p.transports(), p.aaguid(), p.name(), p.createdAt(), now));
        } catch (CredentialJson.Invalid e) {
            return Optional.empty();
        }
    }

    private Map<String, Object> requestOptions(String challenge, List<Map<String, Object>> allow, String userVerification) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("challenge", challenge);
        o.put("timeout", CHALLENGE_TTL.toMillis());
        o.put("rpId", rp.id());
        o.put("allowCredentials", allow);
        o.put("userVerification", userVerification);
        return o;
    }

    private static List<Map<String, Object>> descriptors(List<Passkey> list) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Passkey p : list) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("type", "public-key");
            d.put("id", p.credentialId());
            if (!p.transports().isEmpty()) d.put("transports", p.transports());
            out.add(d);
        }
        return out;
    }

    /** Built on first use: webauthn4j's converters load Jackson 3, which a server without passkey traffic never needs at start-up. */
    private static final class Ceremonies {
        static final WebAuthn WEBAUTHN = new WebAuthn();
    }

    private record NewChallenge(String id, String challenge) {}

    /** A user-bound challenge is found by its hash (the client sends no id); a passwordless one by its id. */
    private NewChallenge newChallenge(String id, ChallengePurpose purpose, String userId) {
        String challenge = SecureTokens.random(CHALLENGE_BYTES);
        String hash = SecureTokens.hash(challenge);
        String key = id != null ? id : hash;
        challenges.insert(key, hash, purpose, userId, clock.instant().plus(CHALLENGE_TTL));
        return new NewChallenge(key, challenge);
    }

    private boolean spend(String id, String challenge, ChallengePurpose purpose, String userId) {
        if (id != null && (id.length() > 64 || !SecureTokens.isBase64Url(id))) return false;
        String hash = SecureTokens.hash(challenge);
        return challenges.spend(id != null ? id : hash, hash, purpose, userId, clock.instant());
    }

    private Instant signedInAt(String sessionId) {
        return sessions.signedInAt(sessionId).orElse(null);
    }

    /** Whether passkeys can be registered here at all (an issuer whose host is a domain name, or loopback). */
    public boolean available() {
        return rp.available();
    }

    private void requireAvailable() {
        if (!rp.available()) throw new DomainException(ErrorCode.NOT_FOUND, "Passkeys need an issuer whose host is a domain name");
    }

    /**
     * The session's own sign-in must be recent (API.md §7), as for an email change
     * (AccountService#requireRecentSignIn): a stolen access token alone must not add a way in.
     */
    private void requireRecentSignIn(String userId, Instant signedIn, String auditType, String ip) {
        if (signedIn == null || signedIn.isBefore(clock.instant().minus(reauthMaxAge))) {
            audit.record(auditType, "failure", userId, userId, null, ip, "reauthentication_required");
            throw new DomainException(ErrorCode.REAUTHENTICATION_REQUIRED, "Adding or removing a passkey needs a recent sign-in");
        }
    }
}
