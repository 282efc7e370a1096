package dev.gatehouse.federation.upstream;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.ResponseMode;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import dev.gatehouse.federation.ProviderSettings;
import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sign in with Apple ("Sign in with Apple REST API"): an OpenID provider at
 * {@code https://appleid.apple.com} with three departures.
 * <ul>
 *   <li>The client secret is a short-lived ES256 JWT ({@code iss} the team id, {@code sub} the client
 *       id, {@code aud} Apple's issuer, {@code kid} the key id) signed with the team's private key,
 *       sent as {@code client_secret_post} ("Creating a client secret").</li>
 *   <li>With the {@code name} or {@code email} scope the response comes as a form post, and on the
 *       first sign-in only it carries a {@code user} field, JSON
 *       {@code {"name":{"firstName","lastName"},"email"}}: the only place the name is ever given.
 *       The browser posts it, so only the name is taken from it; the email and its verification come
 *       from the signed ID token alone.</li>
 *   <li>A native app gives Apple's SDK the SHA-256 (hex) of its nonce, and the token carries that hash.</li>
 * </ul>
 */
final class AppleProfile implements OidcProfile {
    static final String ISSUER = "https://appleid.apple.com";
    /** Apple allows up to six months; a few minutes keep a leaked secret short-lived. */
    static final Duration SECRET_LIFETIME = Duration.ofMinutes(5);
    static final List<String> DEFAULT_SCOPES = List.of("openid", "name", "email");

    private final ECPrivateKey key;

    AppleProfile(ProviderSettings settings) throws UpstreamException {
        if (settings.teamId() == null || settings.keyId() == null || settings.clientSecret() == null
                || !settings.clientSecret().isPresent()) {
            throw new UpstreamException(Reason.UNAVAILABLE, settings.id() + ": apple needs team_id, key_id and the private key");
        }
        this.key = privateKey(settings.clientSecret().value(), settings.id());
    }

    @Override
    public String builtInIssuer(ProviderSettings settings) {
        return ISSUER;
    }

    @Override
    public List<String> defaultScopes() {
        return DEFAULT_SCOPES;
    }

    @Override
    public ResponseMode responseMode() {
        return ResponseMode.FORM_POST;
    }

    @Override
    public ClientAuthentication clientAuthentication(ProviderSettings settings, OIDCProviderMetadata metadata, Clock clock)
            throws UpstreamException {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.teamId())
                .subject(settings.clientId())
                .audience(metadata.getIssuer().getValue())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(SECRET_LIFETIME)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(settings.keyId()).build(), claims);
        try {
            jwt.sign(new ECDSASigner(key));
        } catch (JOSEException e) {
            throw new UpstreamException(Reason.UNAVAILABLE, settings.id() + ": cannot sign the client secret", e);
        }
        return new ClientSecretPost(new ClientID(settings.clientId()), new Secret(jwt.serialize()));
    }

    @Override
    public boolean nativeNonceMatches(String sent, String inToken) {
        return sent.equals(inToken) || sha256Hex(sent).equals(inToken);
    }

    @Override
    public Map<String, Object> callbackClaims(Map<String, String> callback) {
        return names(callback.get("user"));
    }

    /** The names of Apple's {@code user} field; empty when it is absent, malformed or oversized. */
    static Map<String, Object> names(String user) {
        if (user == null || user.length() > 4096) return Map.of();
        Map<String, Object> out = new HashMap<>();
        try {
            Map<String, Object> parsed = JSONObjectUtils.parse(user);
            Map<String, Object> name = parsed == null ? null : JSONObjectUtils.getJSONObject(parsed, "name");
            if (name == null) return Map.of();
            String first = JSONObjectUtils.getString(name, "firstName");
            String last = JSONObjectUtils.getString(name, "lastName");
            if (first != null && !first.isBlank()) out.put("given_name", first.strip());
            if (last != null && !last.isBlank()) out.put("family_name", last.strip());
            String full = ((first == null ? "" : first.strip()) + " " + (last == null ? "" : last.strip())).strip();
            if (!full.isEmpty()) out.put("name", full);
        } catch (ParseException e) {
            return Map.of(); // a malformed name is no reason to fail the sign-in
        }
        return out;
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    /** The PEM ({@code -----BEGIN PRIVATE KEY-----}, PKCS #8) of the .p8 file Apple hands out. */
    private static ECPrivateKey privateKey(String pem, String id) throws UpstreamException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new UpstreamException(Reason.UNAVAILABLE, id + ": the apple private key does not parse (PKCS #8 PEM expected)");
        }
    }
}
