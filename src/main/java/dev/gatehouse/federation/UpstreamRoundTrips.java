package dev.gatehouse.federation;

import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.keys.MasterKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The browser round trip to an upstream provider, on any node: {@link #begin} keeps what the callback
 * needs in {@link UpstreamLoginStore}, {@link #finish} spends it. The row is keyed by the SHA-256 of
 * the {@code state} and bound to the browser that began it by the SHA-256 of a random value in a
 * cookie (RFC 9700 §4.7.1: state bound to the user agent), so a callback replayed, or carried to
 * another browser (login CSRF, a leaked redirect), finds nothing it may use.
 */
public final class UpstreamRoundTrips {
    /** How long the person may spend at the provider. */
    public static final Duration TTL = Duration.ofMinutes(10);
    private static final int TOKEN_BYTES = 32;

    private final UpstreamLoginStore store;
    private final MasterKey key;
    private final Clock clock;

    public UpstreamRoundTrips(UpstreamLoginStore store, MasterKey key, Clock clock) {
        this.store = store;
        this.key = key;
        this.clock = clock;
    }

    /** A browser binding value: the one given when well formed (a second tab keeps the first's), else a new one. */
    public static String binding(String current) {
        return current != null && current.length() == 43 && SecureTokens.isBase64Url(current) ? current : SecureTokens.random(TOKEN_BYTES);
    }

    /** Remembers a started round trip of {@code binding}'s browser; {@code linkUserId} is set when it links instead of signing in. */
    void begin(String providerId, UpstreamStart started, String binding, String returnTo, String linkUserId) {
        Instant now = now();
        String keyHash = SecureTokens.hash(started.state());
        store.insert(new UpstreamLogin(keyHash, UpstreamLogin.Kind.ROUND_TRIP, providerId, SecureTokens.hash(binding), started.nonce(),
                seal(keyHash, "verifier", started.codeVerifier()), seal(keyHash, "return_to", returnTo), linkUserId, null, null,
                List.of(), now, now.plus(TTL)));
    }

    /** The round trip a callback belongs to, spent; rebuilt as the {@link UpstreamStart} it began with. */
    record Taken(UpstreamLogin row, UpstreamStart started, String returnTo) {}

    /**
     * Spends the round trip of this callback. When the state is unknown (tampered, replayed, expired)
     * but this browser has exactly one round trip under way, that one fails: its continuation is known,
     * and the application waiting for it is told.
     *
     * @throws FederationFailure INVALID or EXPIRED
     */
    Taken take(String providerId, String state, String binding, URI authorizationUri) {
        String bindingHash = binding == null ? null : SecureTokens.hash(binding);
        Optional<UpstreamLogin> byState = state == null || state.isEmpty() || state.length() > 512 ? Optional.empty()
                : store.find(SecureTokens.hash(state), clock.instant()).filter(r -> r.kind() == UpstreamLogin.Kind.ROUND_TRIP);
        if (byState.isEmpty() || bindingHash == null || !bindingHash.equals(byState.get().bindingHash())) {
            // Another browser's round trip is spent too: its state has leaked.
            byState.ifPresent(r -> store.delete(r.keyHash()));
            List<UpstreamLogin> mine = bindingHash == null ? List.of() : store.byBinding(bindingHash, clock.instant());
            if (mine.size() == 1 && store.delete(mine.get(0).keyHash())) {
                throw new FederationFailure(FederationFailure.Reason.INVALID, "federation.not_verified", returnTo(mine.get(0)));
            }
            throw new FederationFailure(FederationFailure.Reason.EXPIRED,
                    "federation.other_browser", null);
        }
        UpstreamLogin row = byState.get();
        // One DELETE that only one request can win: a replayed callback, even a concurrent one, gets nothing.
        if (!store.delete(row.keyHash())) {
            throw new FederationFailure(FederationFailure.Reason.EXPIRED, "federation.used", null);
        }
        String returnTo = returnTo(row);
        if (!row.providerId().equals(providerId)) {
            throw new FederationFailure(FederationFailure.Reason.INVALID, "federation.other_provider", returnTo);
        }
        return new Taken(row, new UpstreamStart(authorizationUri, state, row.nonce(), open(row.keyHash(), "verifier", row.verifierSealed())),
                returnTo);
    }

    /** Keeps an upstream sign-in waiting for the password of the account with its email; returns the form's ticket. */
    String awaitConfirmation(String providerId, UpstreamUser u, String userId, String binding, String returnTo) {
        String ticket = SecureTokens.random(TOKEN_BYTES);
        String keyHash = SecureTokens.hash(ticket);
        Instant now = now();
        store.insert(new UpstreamLogin(keyHash, UpstreamLogin.Kind.CONFIRM, providerId, SecureTokens.hash(binding), null, null,
                seal(keyHash, "return_to", returnTo), userId, u.subject(), AccountResolver.usableEmail(u.email()), u.amr(), now,
                now.plus(TTL)));
        return ticket;
    }

    /** A ticket for a signed-in user to link a provider from a browser. */
    String linkTicket(String providerId, String userId) {
        String ticket = SecureTokens.random(TOKEN_BYTES);
        Instant now = now();
        store.insert(new UpstreamLogin(SecureTokens.hash(ticket), UpstreamLogin.Kind.LINK_TICKET, providerId, null, null, null, null,
                userId, null, null, List.of(), now, now.plus(TTL)));
        return ticket;
    }

    /** The unexpired row of a ticket of this kind (and, when bound, this browser's), not spent. */
    Optional<UpstreamLogin> ticket(String ticket, UpstreamLogin.Kind kind, String binding) {
        if (ticket == null || ticket.length() != 43 || !SecureTokens.isBase64Url(ticket)) return Optional.empty();
        return store.find(SecureTokens.hash(ticket), clock.instant()).filter(r -> r.kind() == kind)
                .filter(r -> r.bindingHash() == null || binding != null && r.bindingHash().equals(SecureTokens.hash(binding)));
    }

    /** True for the one caller that spends the row. */
    boolean spend(UpstreamLogin row) {
        return store.delete(row.keyHash());
    }

    String returnTo(UpstreamLogin row) {
        return open(row.keyHash(), "return_to", row.returnToSealed());
    }

    private String seal(String keyHash, String field, String value) {
        if (value == null) return null;
        return Base64.getEncoder().encodeToString(key.encrypt(value.getBytes(StandardCharsets.UTF_8), aad(keyHash, field)));
    }

    private String open(String keyHash, String field, String sealed) {
        if (sealed == null) return null;
        return new String(key.decrypt(Base64.getDecoder().decode(sealed), aad(keyHash, field)), StandardCharsets.UTF_8);
    }

    /** The row's key and the field name: a sealed value copied to another row or column does not open. */
    private static byte[] aad(String keyHash, String field) {
        return ("upstream_logins:" + field + ":" + keyHash).getBytes(StandardCharsets.US_ASCII);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
