package dev.gatehouse.federation;

import java.util.List;
import java.util.Map;

/**
 * The provider JSON of API.md §6 as an admin or the CLI sent it: on create, null is "the default"; on
 * update, null is "unchanged" (an empty string clears {@code client_secret}, {@code issuer} of a
 * preset and {@code tenant}; an empty object clears {@code endpoints}).
 */
public record ProviderSpec(String id, String type, String name, Boolean enabled, Boolean createUsers, Boolean trustEmail,
                           String linkPolicy, String issuer, String clientId, String clientSecret, List<String> scopes,
                           List<String> audiences, String tenant, String teamId, String keyId, Map<String, String> endpoints) {

    /** The secret never reaches a log line through this record. */
    @Override
    public String toString() {
        return "ProviderSpec[id=" + id + ", type=" + type + ", client_id=" + clientId + ", client_secret="
                + (clientSecret == null ? "absent" : "<redacted>") + "]";
    }
}
