package dev.gatehouse.passkey;

import java.time.Instant;
import java.util.List;

/**
 * A registered WebAuthn credential (W3C WebAuthn Level 3 §4 "credential record").
 *
 * @param id             the server's id, used in {@code DELETE /api/v1/me/passkeys/{id}}
 * @param credentialId   the authenticator's credential id, base64url
 * @param publicKey      the credential public key as a COSE_Key (CBOR)
 * @param signCount      the last signature counter seen; 0 for authenticators without one (synced passkeys)
 * @param backupEligible the BE flag: a multi-device (synced) credential; fixed for the credential's life
 * @param backupState    the BS flag as last seen
 * @param userVerified   whether the registration was user-verified (UV flag)
 * @param aaguid         the authenticator model; all zeros under "none" attestation
 */
public record Passkey(String id, String userId, String credentialId, byte[] publicKey, long signCount, boolean backupEligible,
                      boolean backupState, boolean userVerified, List<String> transports, String aaguid, String name,
                      Instant createdAt, Instant lastUsedAt) {

    public Passkey {
        transports = transports == null ? List.of() : List.copyOf(transports);
    }

    /** RFC 8176 §2: {@code swk} for a synced (backup-eligible) key, {@code hwk} for one bound to its device. */
    public String method() {
        return backupEligible ? "swk" : "hwk";
    }

    /** What the owner sees: {@code {"id","name","created_at","last_used_at"}} (API.md §7). */
    public PasskeyInfo info() {
        return new PasskeyInfo(id, name, createdAt, lastUsedAt);
    }
}
