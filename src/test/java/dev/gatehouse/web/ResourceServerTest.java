package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import dev.gatehouse.testing.ResourceServers;
import dev.gatehouse.testing.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Resource servers built only on standard libraries (Nimbus JOSE+JWT, and Spring Security's
 * NimbusJwtDecoder without Spring Boot) accept Gatehouse access tokens through the published JWKS,
 * with the RFC 9068 §4 checks: typ at+jwt, exact iss and aud, the required claims, the signature.
 */
class ResourceServerTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final Set<String> REQUIRED = Set.of("sub", "exp", "iat", "jti", "client_id", "sid");

    /** A resource server as its operators would configure it: pinned algorithm, issuer and audience. */
    private static DefaultJWTProcessor<SecurityContext> resourceServer(String jwksUrl, String alg, String issuer, String audience) {
        return ResourceServers.nimbus(jwksUrl, alg, issuer, audience, REQUIRED);
    }

    /** Spring Security 7 as documented for RFC 9068 tokens: JwtValidators.createAtJwtValidator() checks typ, iss, aud, client_id. */
    private static NimbusJwtDecoder springResourceServer(String jwksUrl, String alg, String issuer, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwksUrl).jwsAlgorithm(SignatureAlgorithm.from(alg))
                .validateType(false) // the typ check is JwtTypeValidator's, inside the at+jwt validator below
                .build();
        decoder.setJwtValidator(JwtValidators.createAtJwtValidator().issuer(issuer).audience(audience).clientId("gatehouse").build());
        return decoder;
    }

    @ParameterizedTest
    @ValueSource(strings = {"RS256", "PS256", "ES256"})
    void acceptsAFreshTokenAndRejectsATamperedOne(String alg) throws Exception {
        try (TestServer server = TestServer.builder().set("token.signing.alg", alg).start()) {
            String issuer = server.config().issuer();
            String audience = server.config().tokens().audience();
            DefaultJWTProcessor<SecurityContext> rs = resourceServer(server.baseUrl() + "/oauth2/jwks", alg, issuer, audience);

            JsonNode tokens = server.http().signupAndLogin("rs-user", PASSWORD);
            String token = tokens.path("access_token").asText();
            JWTClaimsSet claims = rs.process(token, null);
            assertThat(claims.getIssuer()).isEqualTo(issuer);
            assertThat(claims.getAudience()).containsExactly(audience);
            assertThat(claims.getSubject()).isNotBlank();
            assertThat(claims.getStringClaim("client_id")).isEqualTo("gatehouse");
            assertThat(claims.getStringClaim("sid")).isNotBlank();
            assertThat(claims.getStringListClaim("roles")).contains("user");
            assertThat(SignedJWT.parse(token).getHeader().getAlgorithm().getName()).isEqualTo(alg);

            // Another user in the payload, the original signature kept.
            assertThatThrownBy(() -> rs.process(tamperedSubject(token), null)).isInstanceOf(BadJOSEException.class)
                    .hasMessageContaining("signature");
            // A flipped bit in the signature.
            assertThatThrownBy(() -> rs.process(flipSignatureBit(token), null)).isInstanceOf(BadJOSEException.class);

            // The same token, checked by a resource server that expects another audience or issuer.
            String jwks = server.baseUrl() + "/oauth2/jwks";
            assertThatThrownBy(() -> resourceServer(jwks, alg, issuer, "https://other.example.com").process(token, null))
                    .isInstanceOf(BadJWTException.class);
            assertThatThrownBy(() -> resourceServer(jwks, alg, "https://other.example.com", audience).process(token, null))
                    .isInstanceOf(BadJWTException.class);

            NimbusJwtDecoder spring = springResourceServer(jwks, alg, issuer, audience);
            Jwt jwt = spring.decode(token);
            assertThat(jwt.getSubject()).isEqualTo(claims.getSubject());
            assertThat(jwt.getHeaders()).containsEntry("typ", "at+jwt");
            assertThat(jwt.getClaimAsString("sid")).isEqualTo(claims.getStringClaim("sid"));
            assertThatThrownBy(() -> spring.decode(tamperedSubject(token))).isInstanceOf(JwtException.class);
            assertThatThrownBy(() -> spring.decode(flipSignatureBit(token))).isInstanceOf(JwtException.class);
            assertThatThrownBy(() -> springResourceServer(jwks, alg, issuer, "https://other.example.com").decode(token))
                    .isInstanceOf(JwtException.class).hasMessageContaining("aud");
        }
    }

    @Test
    void rejectsATokenSignedByAForeignKeyWithAPublishedKid() throws Exception {
        try (TestServer server = TestServer.start()) {
            String issuer = server.config().issuer();
            String audience = server.config().tokens().audience();
            DefaultJWTProcessor<SecurityContext> rs = resourceServer(server.baseUrl() + "/oauth2/jwks", "RS256", issuer, audience);
            String genuine = server.http().signupAndLogin("rs-user", PASSWORD).path("access_token").asText();
            SignedJWT parsed = SignedJWT.parse(genuine);

            // Same header (typ, kid) and claims, but signed with a key the attacker made.
            RSAKey foreign = new RSAKeyGenerator(2048).keyID(parsed.getHeader().getKeyID()).generate();
            SignedJWT forged = new SignedJWT(new JWSHeader.Builder(parsed.getHeader()).build(), parsed.getJWTClaimsSet());
            forged.sign(new RSASSASigner(foreign));
            assertThat(rs.process(genuine, null).getSubject()).isEqualTo(parsed.getJWTClaimsSet().getSubject());
            assertThatThrownBy(() -> rs.process(forged.serialize(), null)).isInstanceOf(BadJOSEException.class);
        }
    }

    private static String tamperedSubject(String token) throws Exception {
        String[] parts = token.split("\\.");
        JWTClaimsSet original = SignedJWT.parse(token).getJWTClaimsSet();
        JWTClaimsSet changed = new JWTClaimsSet.Builder(original).subject("someone-else").build();
        String payload = Base64URL.encode(changed.toString().getBytes(StandardCharsets.UTF_8)).toString();
        return parts[0] + "." + payload + "." + parts[2];
    }

    private static String flipSignatureBit(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = new Base64URL(parts[2]).decode();
        signature[signature.length / 2] ^= 0x01;
        return parts[0] + "." + parts[1] + "." + Base64URL.encode(signature);
    }
}
