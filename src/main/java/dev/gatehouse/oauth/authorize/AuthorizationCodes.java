package dev.gatehouse.oauth.authorize;

import dev.gatehouse.account.BrowserSession;
import dev.gatehouse.core.SecureTokens;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Issues and redeems authorization codes: 256 random bits, stored hashed, single use through one
 * conditional write, short-lived (RFC 6749 §4.1.2, at most 10 minutes), and checked against the
 * client, the redirect URI and the PKCE verifier at redemption (RFC 6749 §4.1.3, RFC 7636 §4.6).
 *
 * <p>Of parallel redemptions exactly one wins the conditional write. A losing one is either a replay,
 * which revokes what the winner got (RFC 6749 §4.1.2, RFC 9700 §4.2.4), or a duplicate concurrent
 * with the winner (two tabs, a client retrying at once), which must not. "After" is decided by time:
 * the winner names its token session on the code, with that session's creation instant, in the same
 * transaction that creates the session (before any of its tokens leaves the server); a loser is a
 * replay when it reached the token endpoint at a later millisecond than that instant. A loser that
 * arrived earlier, even if it reaches the database only once the winner is done (waiting for a
 * connection, say), was in flight at the same time and only fails. Instants come from each node's
 * clock: between nodes the boundary moves by their clock skew.
 */
public final class AuthorizationCodes {
    private static final int CODE_BYTES = 32;
    private static final int CODE_LENGTH = 43;

    private final AuthorizationCodeStore store;
    private final Clock clock;
    private final Duration ttl;

    public AuthorizationCodes(AuthorizationCodeStore store, Clock clock, Duration ttl) {
        if (ttl.compareTo(Duration.ofMinutes(10)) > 0) throw new IllegalArgumentException("code lifetime above 10 minutes");
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The outcome of presenting a code at the token endpoint. */
    public sealed interface Redemption {
        /**
         * The code was valid and is now spent. The session its tokens belong to must be started with
         * {@code SessionService#startFromCode} and {@code codeHash}, which names it on the code.
         */
        record Redeemed(AuthorizationCode code, String codeHash) implements Redemption {}

        /**
         * The code had been redeemed before. {@code sessionId} is present when this presentation is a
         * replay after that redemption created its session: a sign that the code leaked, and that
         * session must be revoked (RFC 6749 §4.1.2, RFC 9700 §4.2.4). Empty for a duplicate concurrent
         * with the first redemption (or when that one issued nothing): refused, harming nothing.
         */
        record Reused(Optional<String> sessionId) implements Redemption {}

        /** Unknown, expired, or not this client's / redirect URI's / verifier's (now spent if it existed). */
        record Invalid(String reason) implements Redemption {}
    }

    /** A new code for an approved request, without RFC 8707 resources. */
    public String issue(String clientId, String redirectUri, List<String> scope, String nonce, String codeChallenge,
                        BrowserSession login) {
        return issue(clientId, redirectUri, scope, nonce, codeChallenge, login, List.of());
    }

    /** A new code for an approved request; {@code resources} are the checked RFC 8707 values (empty: none). */
    public String issue(String clientId, String redirectUri, List<String> scope, String nonce, String codeChallenge,
                        BrowserSession login, List<String> resources) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String code = SecureTokens.random(CODE_BYTES);
        store.insert(SecureTokens.hash(code), new AuthorizationCode(clientId, login.userId(), redirectUri, scope, nonce,
                codeChallenge, login.authTime(), login.amr(), login.id(), now, now.plus(ttl), resources));
        return code;
    }

    /**
     * Spends the code, then checks it belongs to this client and redirect URI and that the verifier
     * matches the challenge. The code is spent first, in one conditional write, so of parallel
     * redemptions exactly one gets past this point; a code presented with a wrong client, redirect
     * URI or verifier is spent as well (it has leaked, or the request is forged).
     *
     * @param arrived when the request reached the token endpoint: decides replay or concurrent duplicate
     */
    public Redemption redeem(String code, String clientId, String redirectUri, String codeVerifier, Instant arrived) {
        if (code == null || code.length() != CODE_LENGTH || !SecureTokens.isBase64Url(code)) return new Redemption.Invalid("malformed code");
        Instant now = clock.instant();
        String hash = SecureTokens.hash(code);
        Optional<AuthorizationCode> redeemed = store.redeem(hash, now);
        if (redeemed.isEmpty()) {
            Optional<FirstRedemption> first = store.markReused(hash, now);
            if (first.isEmpty()) return new Redemption.Invalid("unknown or expired code");
            // A session named before the time was recorded (an older release) counts as long done.
            Instant created = first.get().sessionCreatedAt();
            return new Redemption.Reused(Optional.ofNullable(first.get().sessionId())
                    .filter(s -> created == null || arrived.toEpochMilli() > created.toEpochMilli()));
        }
        AuthorizationCode c = redeemed.get();
        if (!c.clientId().equals(clientId)) return new Redemption.Invalid("code issued to another client");
        // RFC 6749 §4.1.3: redirect_uri REQUIRED when it was in the authorization request (it always is here), identical.
        if (redirectUri == null || !c.redirectUri().equals(redirectUri)) return new Redemption.Invalid("redirect_uri does not match");
        // RFC 7636 §4.6: BASE64URL(SHA256(ASCII(code_verifier))) == code_challenge; a missing verifier fails (no downgrade).
        if (!verifierMatches(codeVerifier, c.codeChallenge())) return new Redemption.Invalid("code_verifier does not match");
        return new Redemption.Redeemed(c, hash);
    }

    /** RFC 7636 §4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~". */
    static boolean wellFormedVerifier(String v) {
        if (v == null || v.length() < 43 || v.length() > 128) return false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~')) {
                return false;
            }
        }
        return true;
    }

    private static boolean verifierMatches(String verifier, String challenge) {
        if (!wellFormedVerifier(verifier)) return false;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            String computed = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
            return MessageDigest.isEqual(computed.getBytes(StandardCharsets.US_ASCII), challenge.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
