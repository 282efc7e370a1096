package dev.gatehouse.load;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
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

/**
 * The generator's passkey: one discoverable ES256 credential on P-256 with user verification, "none"
 * attestation, its counter growing by one per assertion. It answers the server's JSON options with
 * the members of {@code PublicKeyCredential.toJSON()} (WebAuthn Level 3 §5.1), and writes the few CBOR
 * items it needs itself (RFC 8949 definite lengths; the COSE key of RFC 9053 §7.1.1), so the
 * generator depends on no WebAuthn library. Used by one connection's thread only.
 */
final class SoftAuthenticator {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DEC = Base64.getUrlDecoder();
    /** Authenticator data flags (WebAuthn §6.1): user present, user verified, attested credential data. */
    private static final int UP = 0x01;
    private static final int UV = 0x04;
    private static final int AT = 0x40;

    private final KeyPair keys;
    private final byte[] credentialId = new byte[32];
    private final String origin;
    private byte[] userHandle;
    private long signCount = 1;

    SoftAuthenticator(String origin) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
            g.initialize(new ECGenParameterSpec("secp256r1"));
            this.keys = g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        new SecureRandom().nextBytes(credentialId);
        this.origin = origin;
    }

    /** {@code navigator.credentials.create()}: the JSON credential for creation options of this RP ID, challenge and user id. */
    String register(String rpId, String challenge, String userId) {
        userHandle = DEC.decode(userId);
        ByteArrayOutputStream attested = new ByteArrayOutputStream();
        attested.writeBytes(new byte[16]); // AAGUID: none
        attested.write(credentialId.length >> 8);
        attested.write(credentialId.length & 0xff);
        attested.writeBytes(credentialId);
        attested.writeBytes(coseKey((ECPublicKey) keys.getPublic()));
        byte[] authData = authenticatorData(rpId, UP | UV | AT, attested.toByteArray());
        Cbor att = new Cbor().map(3).text("fmt").text("none").text("attStmt").map(0).text("authData").bytes(authData);
        return credential("\"clientDataJSON\":\"" + B64.encodeToString(clientData("webauthn.create", challenge))
                + "\",\"attestationObject\":\"" + B64.encodeToString(att.toByteArray())
                + "\",\"transports\":[\"internal\"],\"publicKeyAlgorithm\":-7");
    }

    /** {@code navigator.credentials.get()}: the JSON credential for request options of this RP ID and challenge. */
    String assertion(String rpId, String challenge) {
        signCount++;
        byte[] clientData = clientData("webauthn.get", challenge);
        byte[] authData = authenticatorData(rpId, UP | UV, new byte[0]);
        byte[] signature;
        try {
            Signature s = Signature.getInstance("SHA256withECDSA");
            s.initSign(keys.getPrivate());
            s.update(authData);
            s.update(sha256(clientData));
            signature = s.sign(); // ASN.1 DER, as WebAuthn §6.5.6 wants for ES256
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return credential("\"clientDataJSON\":\"" + B64.encodeToString(clientData)
                + "\",\"authenticatorData\":\"" + B64.encodeToString(authData)
                + "\",\"signature\":\"" + B64.encodeToString(signature)
                + "\",\"userHandle\":\"" + B64.encodeToString(userHandle) + "\"");
    }

    long signCount() {
        return signCount;
    }

    private String credential(String response) {
        String id = B64.encodeToString(credentialId);
        return "{\"id\":\"" + id + "\",\"rawId\":\"" + id + "\",\"type\":\"public-key\",\"authenticatorAttachment\":\"platform\","
                + "\"clientExtensionResults\":{},\"response\":{" + response + "}}";
    }

    private byte[] authenticatorData(String rpId, int flags, byte[] attested) {
        return ByteBuffer.allocate(37 + attested.length).put(sha256(rpId.getBytes(StandardCharsets.UTF_8))).put((byte) flags)
                .putInt((int) signCount).put(attested).array();
    }

    private byte[] clientData(String type, String challenge) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin + "\",\"crossOrigin\":false}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 9053 §7.1.1 EC2 key: kty 2, alg -7 (ES256), crv 1 (P-256), x, y. */
    static byte[] coseKey(ECPublicKey key) {
        return new Cbor().map(5).integer(1).integer(2).integer(3).integer(-7).integer(-1).integer(1)
                .integer(-2).bytes(fixed(key.getW().getAffineX())).integer(-3).bytes(fixed(key.getW().getAffineY())).toByteArray();
    }

    /** A coordinate as 32 unsigned big-endian bytes. */
    private static byte[] fixed(BigInteger n) {
        byte[] raw = n.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The CBOR items the authenticator writes (RFC 8949 §3: major type, then a definite length or value). */
    static final class Cbor {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Cbor map(int entries) {
            return head(5, entries);
        }

        Cbor text(String s) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            head(3, b.length);
            out.writeBytes(b);
            return this;
        }

        Cbor bytes(byte[] b) {
            head(2, b.length);
            out.writeBytes(b);
            return this;
        }

        Cbor integer(long v) {
            return v >= 0 ? head(0, v) : head(1, -1 - v);
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }

        private Cbor head(int major, long n) {
            int m = major << 5;
            if (n < 24) {
                out.write(m | (int) n);
            } else if (n < 0x100) {
                out.write(m | 24);
                out.write((int) n);
            } else if (n < 0x10000) {
                out.write(m | 25);
                out.write((int) (n >> 8));
                out.write((int) n & 0xff);
            } else {
                out.write(m | 26);
                out.writeBytes(ByteBuffer.allocate(4).putInt((int) n).array());
            }
            return this;
        }
    }
}
