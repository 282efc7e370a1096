package dev.gatehouse.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/** Generates signing keys and turns stored rows into {@link LoadedKey}s. */
final class SigningKeyFactory {

    static final Set<String> SUPPORTED = Set.copyOf(KeyService.ALGORITHMS);
    /** RFC 7518 §3.3 and §3.5: RSA keys of at least 2048 bits. */
    static final int RSA_BITS = 2048;
    private static final byte[] SELF_TEST = "gatehouse signing key self-test".getBytes(StandardCharsets.US_ASCII);

    private final MasterKey masterKey;
    private final Provider provider;
    private final SecureRandom random;

    /** @param provider JCA provider for keys and signatures; null for the JCA preference order */
    SigningKeyFactory(MasterKey masterKey, Provider provider, SecureRandom random) {
        this.masterKey = masterKey;
        this.provider = provider;
        this.random = random;
    }

    static String requireSupported(String alg) {
        if (alg == null || !SUPPORTED.contains(alg)) {
            throw new IllegalArgumentException("signing algorithm must be one of RS256, ES256, PS256, got '" + alg + "'");
        }
        return alg;
    }

    static boolean isRsa(String alg) {
        return alg.startsWith("RS") || alg.startsWith("PS");
    }

    /**
     * Whether a signing key's sealed private key (the base64 of its row) opens with {@code masterKey}: what a
     * restore asks before it puts a database in place that the server would refuse to start on.
     */
    static boolean opens(MasterKey masterKey, String kid, String sealedBase64) {
        try {
            masterKey.decrypt(Base64.getDecoder().decode(sealedBase64), aad(kid));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Associated data of a signing key ciphertext: its purpose and its kid, so rows cannot be swapped. */
    static byte[] aad(String kid) {
        return ("gatehouse/signing-key/" + kid).getBytes(StandardCharsets.UTF_8);
    }

    /** A random 128-bit kid, base64url without padding (22 characters). */
    String newKid() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A new active key: fresh key pair, public JWK, PKCS#8 private key encrypted under the master key. */
    StoredKey generate(String alg, Instant now) {
        requireSupported(alg);
        String kid = newKid();
        JWSAlgorithm jwsAlg = JWSAlgorithm.parse(alg);
        KeyPair pair;
        JWK jwk;
        try {
            if (isRsa(alg)) {
                KeyPairGenerator g = keyPairGenerator("RSA");
                g.initialize(new RSAKeyGenParameterSpec(RSA_BITS, RSAKeyGenParameterSpec.F4), random);
                pair = g.generateKeyPair();
                jwk = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                        .keyID(kid).algorithm(jwsAlg).keyUse(KeyUse.SIGNATURE).build();
            } else {
                KeyPairGenerator g = keyPairGenerator("EC");
                g.initialize(new ECGenParameterSpec("secp256r1"), random);
                pair = g.generateKeyPair();
                jwk = new ECKey.Builder(Curve.P_256, (ECPublicKey) pair.getPublic())
                        .keyID(kid).algorithm(jwsAlg).keyUse(KeyUse.SIGNATURE).build();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + alg + " key pair", e);
        }
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        try {
            String sealed = Base64.getEncoder().encodeToString(masterKey.encrypt(pkcs8, aad(kid)));
            return new StoredKey(kid, alg, jwk.toPublicJWK().toJSONString(), sealed, StoredKey.ACTIVE, now, null);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /**
     * Parses a stored row. Verification material is reused from {@code previous} when the public key is
     * unchanged; the private key is decrypted only for the active key and only once.
     *
     * @throws IllegalStateException when the row is unusable (bad JWK, wrong key type, private key that
     *                               does not decrypt or does not match the public key)
     */
    LoadedKey load(StoredKey row, LoadedKey previous) {
        String alg = requireSupported(row.alg());
        JWSAlgorithm jwsAlg = JWSAlgorithm.parse(alg);
        JWK publicJwk;
        JWSVerifier verifier;
        if (previous != null && previous.stored().publicJwk().equals(row.publicJwk())
                && previous.stored().alg().equals(alg)) {
            publicJwk = previous.publicJwk();
            verifier = previous.verifier();
        } else {
            publicJwk = publicJwk(row, jwsAlg);
            verifier = verifier(publicJwk, jwsAlg);
        }
        JWSSigner signer = null;
        if (row.isActive()) {
            signer = previous != null && previous.signer() != null && previous.stored().kid().equals(row.kid())
                    && previous.stored().encryptedPrivateKey().equals(row.encryptedPrivateKey())
                    ? previous.signer()
                    : signer(row, jwsAlg, verifier);
        }
        return new LoadedKey(row, jwsAlg, publicJwk, verifier, signer, new JWSHeader(jwsAlg));
    }

    /** Rebuilt from the key numbers alone: only public members, and kid, alg, use from the row. */
    private static JWK publicJwk(StoredKey row, JWSAlgorithm alg) {
        JWK parsed;
        try {
            parsed = JWK.parse(row.publicJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("stored public JWK of kid " + row.kid() + " does not parse", e);
        }
        if (parsed.getKeyID() != null && !parsed.getKeyID().equals(row.kid())) {
            throw new IllegalStateException("stored public JWK of kid " + row.kid() + " names another kid");
        }
        if (isRsa(alg.getName())) {
            if (!(parsed instanceof RSAKey rsa)) {
                throw new IllegalStateException("kid " + row.kid() + " is " + alg + " but its JWK is not RSA");
            }
            if (rsa.size() < RSA_BITS) {
                throw new IllegalStateException("kid " + row.kid() + " has an RSA key below 2048 bits");
            }
            return new RSAKey.Builder(rsa.getModulus(), rsa.getPublicExponent())
                    .keyID(row.kid()).algorithm(alg).keyUse(KeyUse.SIGNATURE).build();
        }
        if (!(parsed instanceof ECKey ec) || !Curve.P_256.equals(ec.getCurve())) {
            throw new IllegalStateException("kid " + row.kid() + " is " + alg + " but its JWK is not EC P-256");
        }
        return new ECKey.Builder(Curve.P_256, ec.getX(), ec.getY())
                .keyID(row.kid()).algorithm(alg).keyUse(KeyUse.SIGNATURE).build();
    }

    private JWSVerifier verifier(JWK jwk, JWSAlgorithm alg) {
        try {
            if (jwk instanceof RSAKey rsa) {
                RSAPublicKey pub = (RSAPublicKey) keyFactory("RSA")
                        .generatePublic(new RSAPublicKeySpec(rsa.getModulus().decodeToBigInteger(),
                                rsa.getPublicExponent().decodeToBigInteger()));
                RSASSAVerifier v = new RSASSAVerifier(pub);
                setProvider(v.getJCAContext());
                return v;
            }
            ECKey ec = (ECKey) jwk;
            // Point on the curve is checked by ECKey itself when parsed (invalid-curve attacks).
            ECPublicKey pub = (ECPublicKey) keyFactory("EC").generatePublic(new ECPublicKeySpec(
                    new ECPoint(ec.getX().decodeToBigInteger(), ec.getY().decodeToBigInteger()),
                    Curve.P_256.toECParameterSpec()));
            ECDSAVerifier v = new ECDSAVerifier(pub);
            setProvider(v.getJCAContext());
            return v;
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot build a " + alg + " verifier for kid " + jwk.getKeyID(), e);
        }
    }

    private JWSSigner signer(StoredKey row, JWSAlgorithm alg, JWSVerifier verifier) {
        byte[] pkcs8;
        try {
            pkcs8 = masterKey.decrypt(Base64.getDecoder().decode(row.encryptedPrivateKey()), aad(row.kid()));
        } catch (IllegalArgumentException e) {
            // What the operator reads as the one fatal line of a start with the wrong key: which key, from where, the fix.
            IllegalStateException wrongKey = new IllegalStateException("signing key " + row.kid() + " (" + row.alg() + ", created "
                    + row.createdAt() + ") does not decrypt with the master key from " + masterKey.origin()
                    + ": start with the master key this database's signing keys were sealed with"
                    + " (the same on every node; after a restore, the one the backup was made with)");
            wrongKey.addSuppressed(e); // not the cause: its wording ("wrong associated data, or tampered") would be appended
            throw wrongKey;
        }
        try {
            PrivateKey priv = keyFactory(isRsa(alg.getName()) ? "RSA" : "EC")
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            JWSSigner signer;
            if (priv instanceof ECPrivateKey ecPriv) {
                ECDSASigner s = new ECDSASigner(ecPriv);
                s.getJCAContext().setProvider(provider);
                signer = s;
            } else {
                RSASSASigner s = new RSASSASigner(priv);
                s.getJCAContext().setProvider(provider);
                signer = s;
            }
            // A row whose private key does not match its public key would issue tokens nobody can verify.
            JWSHeader h = new JWSHeader(alg);
            Base64URL sig = signer.sign(h, SELF_TEST);
            if (!verifier.verify(h, SELF_TEST, sig)) {
                throw new IllegalStateException("the private key of signing key " + row.kid()
                        + " does not match its public key");
            }
            return signer;
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("cannot load the private key of signing key " + row.kid(), e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    private void setProvider(com.nimbusds.jose.jca.JCAContext ctx) {
        ctx.setProvider(provider);
    }

    private KeyPairGenerator keyPairGenerator(String type) throws GeneralSecurityException {
        return provider == null ? KeyPairGenerator.getInstance(type) : KeyPairGenerator.getInstance(type, provider);
    }

    private KeyFactory keyFactory(String type) throws GeneralSecurityException {
        return provider == null ? KeyFactory.getInstance(type) : KeyFactory.getInstance(type, provider);
    }
}
