package dev.gatehouse.passkey;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.CollectedClientDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.CollectedClientData;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The ceremonies of W3C WebAuthn Level 3 §7.1 (registration) and §7.2 (authentication), checked by
 * webauthn4j: client data type, challenge, origin, RP ID hash, user presence, user verification when
 * required, the signature, and the attestation (only "none" is asked for; any other format is accepted
 * without a trust path, as attestation carries no weight here). Every failure, including input
 * webauthn4j cannot parse, is a {@link CredentialJson.Invalid}.
 */
final class WebAuthn {
    /** ES256, EdDSA, RS256, in the order offered (§5.4: most preferred first). */
    static final List<COSEAlgorithmIdentifier> ALGORITHMS =
            List.of(COSEAlgorithmIdentifier.ES256, COSEAlgorithmIdentifier.EdDSA, COSEAlgorithmIdentifier.RS256);

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final CollectedClientDataConverter clientData = new CollectedClientDataConverter(converter);
    private final List<PublicKeyCredentialParameters> parameters = ALGORITHMS.stream()
            .map(a -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, a)).toList();

    /** What a verified registration yields. */
    record Registered(String credentialId, byte[] publicKey, long signCount, boolean backupEligible, boolean backupState,
                      boolean userVerified, String aaguid) {}

    /** What a verified assertion yields. */
    record Asserted(long signCount, boolean backupState, boolean userVerified) {}

    /** The challenge the client signed, base64url, read from its client data before anything is verified. */
    String challengeOf(byte[] clientDataJson) {
        try {
            CollectedClientData data = clientData.convert(clientDataJson);
            if (data == null || data.getChallenge() == null) throw new CredentialJson.Invalid("clientDataJSON has no challenge");
            return B64.encodeToString(data.getChallenge().getValue());
        } catch (CredentialJson.Invalid e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CredentialJson.Invalid("clientDataJSON is unreadable");
        }
    }

    Registered register(CredentialJson c, RelyingParty rp, String challenge) {
        String claimedId = c.id();
        RegistrationRequest request = new RegistrationRequest(c.bytes("attestationObject"), c.bytes("clientDataJSON"), c.transports());
        RegistrationData data;
        try {
            data = manager.verify(request, new RegistrationParameters(server(rp, challenge), parameters, false, true));
        } catch (RuntimeException e) {
            throw new CredentialJson.Invalid("registration refused: " + e.getClass().getSimpleName());
        }
        AuthenticatorData<?> auth = data.getAttestationObject() == null ? null : data.getAttestationObject().getAuthenticatorData();
        AttestedCredentialData attested = auth == null ? null : auth.getAttestedCredentialData();
        if (attested == null) throw new CredentialJson.Invalid("no attested credential data");
        String credentialId = B64.encodeToString(attested.getCredentialId());
        if (!credentialId.equals(claimedId)) throw new CredentialJson.Invalid("id differs from the attested credential id");
        byte[] key;
        try {
            key = converter.getCborConverter().writeValueAsBytes(attested.getCOSEKey());
        } catch (RuntimeException e) {
            throw new CredentialJson.Invalid("unusable public key");
        }
        return new Registered(credentialId, key, auth.getSignCount(), auth.isFlagBE(), auth.isFlagBS(), auth.isFlagUV(),
                attested.getAaguid().getValue().toString());
    }

    /**
     * Verifies an assertion by {@code stored}. The counter rule is checked by the caller (a stored counter
     * that is non-zero must grow, §6.1.1); webauthn4j's own check agrees with it.
     */
    Asserted authenticate(CredentialJson c, Passkey stored, RelyingParty rp, String challenge, boolean userVerificationRequired) {
        byte[] credentialId = Base64.getUrlDecoder().decode(stored.credentialId());
        AuthenticationRequest request = new AuthenticationRequest(credentialId, c.optionalBytes("userHandle"), c.bytes("authenticatorData"),
                c.bytes("clientDataJSON"), null, c.bytes("signature"));
        try {
            COSEKey key = converter.getCborConverter().readValue(stored.publicKey(), COSEKey.class);
            CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(), stored.userVerified(),
                    stored.backupEligible(), stored.backupState(), stored.signCount(),
                    new AttestedCredentialData(new AAGUID(stored.aaguid()), credentialId, key), null, null, null, Set.of());
            AuthenticationData data = manager.verify(request, new AuthenticationParameters(server(rp, challenge), record,
                    List.of(credentialId), userVerificationRequired, true));
            AuthenticatorData<?> auth = data.getAuthenticatorData();
            return new Asserted(auth.getSignCount(), auth.isFlagBS(), auth.isFlagUV());
        } catch (RuntimeException e) {
            throw new CredentialJson.Invalid("assertion refused: " + e.getClass().getSimpleName());
        }
    }

    private static ServerProperty server(RelyingParty rp, String challenge) {
        return new ServerProperty(new Origin(rp.origin()), rp.id(), new DefaultChallenge(Base64.getUrlDecoder().decode(challenge)));
    }
}
