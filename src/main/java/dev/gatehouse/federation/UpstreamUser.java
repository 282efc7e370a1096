package dev.gatehouse.federation;

import java.util.List;

/**
 * The person as the upstream describes them. {@code emailVerified} is already the product of the
 * upstream's own flag and the provider's {@code trust_email}: true only when both say so.
 *
 * @param subject the upstream's stable user id ({@code sub}; GitHub's and Facebook's numeric id)
 * @param amr     authentication methods the upstream reports (RFC 8176), empty when unknown or untrusted
 */
public record UpstreamUser(String subject, String email, boolean emailVerified, String name, String givenName,
                           String familyName, String preferredUsername, List<String> amr) {
    public UpstreamUser {
        amr = List.copyOf(amr);
    }
}
