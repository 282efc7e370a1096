package dev.gatehouse.keys;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.jwk.JWK;

/**
 * A stored key made usable: parsed once, kept in the {@link KeyService} cache.
 * Nimbus signers and verifiers hold no per-call state, so one instance serves every thread.
 *
 * @param signer       present only for the active key (its private key decrypted once)
 * @param verifyHeader a header carrying only the server's algorithm for this key: verification never
 *                     hands the token's own header to the verifier (RFC 8725 §3.1)
 */
record LoadedKey(StoredKey stored, JWSAlgorithm algorithm, JWK publicJwk, JWSVerifier verifier, JWSSigner signer,
        JWSHeader verifyHeader) {

    String kid() {
        return stored.kid();
    }
}
