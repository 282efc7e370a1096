package dev.gatehouse.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A software WebAuthn authenticator for tests: one P-256 (ES256) credential, "none" attestation, built
 * with webauthn4j's own CBOR converters. It answers the JSON options of the server the way a browser's
 * {@code PublicKeyCredential.toJSON()} would, and lets a test lie about the origin, the RP ID, the
 * counter or the flags.
 */
public final class TestAuthenticator {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    private static final byte UP = 0x01, UV = 0x04, BE = 0x08, BS = 0x10, AT = 0x40;

    private final ObjectConverter converter = new ObjectConverter();
    private final KeyPair keys;
    private final byte[] credentialId = new byte[32];
    private byte[] userHandle;

    /** The counter the next assertion reports; 0 stays 0 (a synced passkey), otherwise it grows by one per use. */
    public long signCount;
    public boolean backupEligible;
    public boolean userVerification = true;
    /** Overrides: null uses the issuer's origin and the options' RP ID. */
    public String origin;
    public String rpId;

    public TestAuthenticator(long signCount) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
        this.signCount = signCount;
    }

    /**
     * A credential registered elsewhere (a schema fixture's, src/test/fixtures/fixture-client.py): its P-256 key pair
     * (PKCS#8 and X.509 DER in base64), its credential id and user handle (base64url) and its last counter.
     */
    public TestAuthenticator(String privateKeyPkcs8, String publicKeyX509, String credentialId, String userHandle, long signCount) {
        try {
            java.security.KeyFactory ec = java.security.KeyFactory.getInstance("EC");
            this.keys = new KeyPair(ec.generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyX509))),
                    ec.generatePrivate(new java.security.spec.PKCS8EncodedKeySpec(Base64.getDecoder().decode(privateKeyPkcs8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        byte[] id = DEC.decode(credentialId);
        if (id.length != this.credentialId.length) throw new IllegalArgumentException("a credential id of " + id.length + " bytes");
        System.arraycopy(id, 0, this.credentialId, 0, id.length);
        this.userHandle = DEC.decode(userHandle);
        this.signCount = signCount;
    }

    /** Makes later assertions give this user handle (base64url), or none for null: a lying authenticator. */
    public void userHandle(String handle) {
        userHandle = handle == null ? null : DEC.decode(handle);
    }

    public String credentialId() {
        return B64.encodeToString(credentialId);
    }

    /** {@code navigator.credentials.create()} for these creation options, as {@code toJSON()} gives it. */
    public Map<String, Object> register(JsonNode options, String defaultOrigin) {
        String rp = rpId != null ? rpId : options.path("rp").path("id").asText();
        userHandle = DEC.decode(options.path("user").path("id").asText());
        byte[] clientData = clientData("webauthn.create", options.path("challenge").asText(), defaultOrigin);
        AttestedCredentialData attested = new AttestedCredentialData(AAGUID.ZERO, credentialId,
                EC2COSEKey.create((ECPublicKey) keys.getPublic(), COSEAlgorithmIdentifier.ES256));
        AuthenticatorData<RegistrationExtensionAuthenticatorOutput> data =
                new AuthenticatorData<>(sha256(rp.getBytes(StandardCharsets.UTF_8)), (byte) (flags() | AT), signCount, attested);
        byte[] attestation = new AttestationObjectConverter(converter).convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", B64.encodeToString(clientData));
        response.put("attestationObject", B64.encodeToString(attestation));
        response.put("transports", List.of("internal", "hybrid"));
        response.put("publicKeyAlgorithm", -7);
        return credential(response);
    }

    /** {@code navigator.credentials.get()} for these request options, as {@code toJSON()} gives it. */
    public Map<String, Object> assertion(JsonNode options, String defaultOrigin) {
        String rp = rpId != null ? rpId : options.path("rpId").asText();
        if (signCount != 0) signCount++;
        byte[] clientData = clientData("webauthn.get", options.path("challenge").asText(), defaultOrigin);
        byte[] authData = new AuthenticatorDataConverter(converter).convert(
                new AuthenticatorData<>(sha256(rp.getBytes(StandardCharsets.UTF_8)), flags(), signCount));
        byte[] signature;
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(keys.getPrivate());
            s.update(authData);
            s.update(sha256(clientData));
            signature = s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", B64.encodeToString(clientData));
        response.put("authenticatorData", B64.encodeToString(authData));
        response.put("signature", B64.encodeToString(signature));
        response.put("userHandle", userHandle == null ? null : B64.encodeToString(userHandle));
        return credential(response);
    }

    private Map<String, Object> credential(Map<String, Object> response) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", credentialId());
        c.put("rawId", credentialId());
        c.put("type", "public-key");
        c.put("response", response);
        c.put("authenticatorAttachment", "platform");
        c.put("clientExtensionResults", Map.of());
        return c;
    }

    private byte flags() {
        byte f = UP;
        if (userVerification) f |= UV;
        if (backupEligible) f |= BE | BS;
        return f;
    }

    private byte[] clientData(String type, String challenge, String defaultOrigin) {
        String json = "{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\""
                + (origin != null ? origin : defaultOrigin) + "\",\"crossOrigin\":false}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
