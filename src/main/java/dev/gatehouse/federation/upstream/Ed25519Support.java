package dev.gatehouse.federation.upstream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.JWSVerifierFactory;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * EdDSA (Ed25519, RFC 8037) ID tokens with the JDK's own Ed25519 (Java 15+): Nimbus verifies
 * Ed25519 only through Google Tink, which this server does not carry, and its key selector does not
 * turn OKP keys into Java keys. The key selector and verifier factory here add just that, and hand
 * every other algorithm to Nimbus' own.
 */
final class Ed25519Support {
    private Ed25519Support() {}

    static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.EdDSA, JWSAlgorithm.Ed25519);
    /** The DER of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4) up to the 32 raw key bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    /** Nimbus' selector for the other algorithms; Ed25519 OKP keys of the provider's set for EdDSA. */
    static JWSKeySelector<SecurityContext> keySelector(Set<JWSAlgorithm> allowed, JWKSource<SecurityContext> keys) {
        JWSVerificationKeySelector<SecurityContext> others = new JWSVerificationKeySelector<>(allowed, keys);
        return (header, context) -> {
            if (!allowed.contains(header.getAlgorithm())) return List.of();
            if (!ALGORITHMS.contains(header.getAlgorithm())) return others.selectJWSKeys(header, context);
            JWKMatcher matcher = new JWKMatcher.Builder().keyType(KeyType.OKP).curve(Curve.Ed25519)
                    .keyID(header.getKeyID()).keyUses(KeyUse.SIGNATURE, null).build();
            List<Key> out = new ArrayList<>();
            for (JWK jwk : keys.get(new JWKSelector(matcher), context)) {
                PublicKey key = jwk instanceof OctetKeyPair okp ? publicKey(okp.getX()) : null;
                if (key != null) out.add(key); // a malformed key in the set is passed over, as Nimbus does
            }
            return out;
        };
    }

    /** Nimbus' factory, plus a JDK verifier for Ed25519 keys. */
    static JWSVerifierFactory verifierFactory() {
        DefaultJWSVerifierFactory nimbus = new DefaultJWSVerifierFactory();
        return new JWSVerifierFactory() {
            @Override
            public JWSVerifier createJWSVerifier(JWSHeader header, Key key) throws JOSEException {
                if (ALGORITHMS.contains(header.getAlgorithm()) && key instanceof EdECPublicKey ed) return verifier(ed);
                return nimbus.createJWSVerifier(header, key);
            }

            @Override
            public Set<JWSAlgorithm> supportedJWSAlgorithms() {
                Set<JWSAlgorithm> all = new HashSet<>(nimbus.supportedJWSAlgorithms());
                all.addAll(ALGORITHMS);
                return all;
            }

            @Override
            public JCAContext getJCAContext() {
                return nimbus.getJCAContext();
            }
        };
    }

    private static JWSVerifier verifier(EdECPublicKey key) {
        JCAContext jca = new JCAContext();
        return new JWSVerifier() {
            @Override
            public boolean verify(JWSHeader header, byte[] signingInput, Base64URL signature) {
                try {
                    Signature ed = Signature.getInstance("Ed25519");
                    ed.initVerify(key);
                    ed.update(signingInput);
                    return ed.verify(signature.decode());
                } catch (GeneralSecurityException e) {
                    return false; // a malformed signature is a bad one
                }
            }

            @Override
            public Set<JWSAlgorithm> supportedJWSAlgorithms() {
                return ALGORITHMS;
            }

            @Override
            public JCAContext getJCAContext() {
                return jca;
            }
        };
    }

    /** The Java key of an OKP {@code x} (the 32-byte Ed25519 public key, RFC 8037 §2); null when malformed. */
    static PublicKey publicKey(Base64URL x) {
        byte[] raw = x == null ? new byte[0] : x.decode();
        if (raw.length != 32) return null;
        byte[] der = new byte[X509_PREFIX.length + 32];
        System.arraycopy(X509_PREFIX, 0, der, 0, X509_PREFIX.length);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, 32);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}
