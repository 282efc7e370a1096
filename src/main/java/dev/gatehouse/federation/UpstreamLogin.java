package dev.gatehouse.federation;

import java.time.Instant;
import java.util.List;

/**
 * A step of an upstream sign-in kept between two requests (table {@code upstream_logins}). Secrets are
 * never stored as issued: the key is the SHA-256 of the state or ticket, the binding the SHA-256 of the
 * cookie, the PKCE verifier and the continuation sealed with the master key.
 *
 * @param kind           what the row is waiting for
 * @param bindingHash    SHA-256 of the browser binding cookie (null for a link ticket: no browser yet)
 * @param verifierSealed the sealed PKCE verifier (round trip)
 * @param returnToSealed the sealed local path to continue at afterwards, or null for the default landing
 * @param userId         the user to link to (a round trip or ticket of a signed-in user), or the account
 *                       whose password confirms a link; null for a plain sign-in
 * @param subject        (confirm) the upstream subject waiting to be linked
 */
public record UpstreamLogin(String keyHash, Kind kind, String providerId, String bindingHash, String nonce, String verifierSealed,
                            String returnToSealed, String userId, String subject, String email, List<String> amr,
                            Instant createdAt, Instant expiresAt) {
    public UpstreamLogin {
        amr = amr == null ? List.of() : List.copyOf(amr);
    }

    public enum Kind {
        ROUND_TRIP, CONFIRM, LINK_TICKET;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
