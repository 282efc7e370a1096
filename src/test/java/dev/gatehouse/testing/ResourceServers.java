package dev.gatehouse.testing;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Set;

/** Resource servers built on Nimbus JOSE+JWT alone, configured as their operators would, for the access tokens' tests. */
public final class ResourceServers {
    private ResourceServers() {}

    /**
     * Pinned algorithm, issuer and audience, keys from the remote JWKS.
     *
     * @param required claims every token must carry
     */
    public static DefaultJWTProcessor<SecurityContext> nimbus(String jwksUrl, String alg, String issuer, String audience,
            Set<String> required) {
        JWKSource<SecurityContext> jwks;
        try {
            jwks = JWKSourceBuilder.<SecurityContext>create(new URL(jwksUrl)).retrying(false).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(jwksUrl, e);
        }
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        // RFC 9068 §4: the resource server must check typ, to keep ID tokens and others out (RFC 8725 §3.11).
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(new JOSEObjectType("at+jwt")));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.parse(alg), jwks));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(audience,
                new JWTClaimsSet.Builder().issuer(issuer).build(), required));
        return processor;
    }
}
