package dev.gatehouse.oauth.client;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.Scopes;
import dev.gatehouse.config.WebOrigin;
import dev.gatehouse.keys.KeyService;
import dev.gatehouse.net.GuardedHttpFetcher;
import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks client metadata as a whole and lists every problem at once (field, code). */
final class ClientValidator {
    static final Set<String> GRANT_TYPES = Set.of("authorization_code", "refresh_token", "client_credentials");
    static final Set<String> SIGNING_ALGS = Set.copyOf(KeyService.ALGORITHMS);
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._~-]{1,128}");
    private static final int MAX_URIS = 20;
    private static final int MAX_SCOPES = 100;
    private static final int MAX_JWKS = 16_384;
    static final int MAX_AUDIENCE = 20;
    static final int MAX_AUDIENCE_LENGTH = 200;

    static final int MAX_WEB_ORIGINS = 20;

    private final RedirectUris redirectUris;
    private final boolean dev;
    private final String reservedClientId;
    private final Duration maxAccessTokenTtl;
    private final Duration maxRefreshTokenTtl;
    private final String ownAudience;
    private final GuardedHttpFetcher outbound;

    /**
     * @param ownAudience Gatehouse's own audience, which only first-party clients may list
     * @param outbound    the outbound guard a {@code jwks_uri} must pass
     * @param issuer      the issuer, whose own origin redirect URIs may use (see {@link RedirectUris}); or null
     */
    ClientValidator(boolean dev, String reservedClientId, Duration maxAccessTokenTtl, Duration maxRefreshTokenTtl,
                    String ownAudience, GuardedHttpFetcher outbound, String issuer) {
        this.ownAudience = ownAudience;
        this.outbound = outbound;
        this.redirectUris = new RedirectUris(dev, issuer);
        this.dev = dev;
        this.reservedClientId = reservedClientId;
        this.maxAccessTokenTtl = maxAccessTokenTtl;
        this.maxRefreshTokenTtl = maxRefreshTokenTtl;
    }

    /** Problems of a client id an administrator chose. */
    void clientId(String id, List<FieldError> errors) {
        if (!CLIENT_ID.matcher(id).matches()) errors.add(new FieldError("client_id", "invalid"));
        // The first-party client of /api/v1/login is built in (implicit): its id cannot be registered.
        else if (id.equals(reservedClientId)) errors.add(new FieldError("client_id", "reserved"));
        // A client without an audience list gets tokens for its own id: that id must never be Gatehouse's audience.
        else if (id.equals(ownAudience)) errors.add(new FieldError("client_id", "reserved"));
    }

    List<FieldError> check(OAuthClient c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.name() == null || c.name().isBlank()) errors.add(new FieldError("name", "required"));
        else if (c.name().length() > 256) errors.add(FieldError.tooLong("name", 256));
        else if (c.name().chars().anyMatch(ch -> ch < 0x20 || ch == 0x7F)) errors.add(new FieldError("name", "invalid"));
        if (c.type() == null) errors.add(FieldError.oneOf("type", "invalid", List.of("confidential", "public")));
        uris("redirect_uris", c.redirectUris(), errors);
        uris("post_logout_redirect_uris", c.postLogoutRedirectUris(), errors);

        for (String g : c.grantTypes()) {
            if (!GRANT_TYPES.contains(g)) errors.add(FieldError.oneOf("grant_types", "unsupported", sorted(GRANT_TYPES)));
        }
        if (c.grantTypes().isEmpty()) errors.add(new FieldError("grant_types", "required"));
        // OAuth 2.1 §4.2 / SECURITY.md: client_credentials only for clients that can authenticate.
        if (c.type() == ClientType.PUBLIC && c.grantTypes().contains("client_credentials")) {
            errors.add(new FieldError("grant_types", "client_credentials_requires_confidential"));
        }
        if (c.grantTypes().contains("authorization_code") && c.redirectUris().isEmpty()) {
            errors.add(new FieldError("redirect_uris", "required"));
        }

        if (c.scopes().size() > MAX_SCOPES) errors.add(FieldError.tooMany("scopes", MAX_SCOPES));
        for (String s : c.scopes()) {
            try {
                List<String> parsed = Scopes.parse(s);
                if (parsed.size() != 1) errors.add(new FieldError("scopes", "invalid"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("scopes", "invalid"));
            }
        }

        audience(c, errors);
        webOrigins(c.webOrigins(), errors);
        authMethod(c, errors);
        if (c.accessTokenTtl() != null && (c.accessTokenTtl().isNegative() || c.accessTokenTtl().isZero()
                || c.accessTokenTtl().compareTo(maxAccessTokenTtl) > 0)) {
            errors.add(FieldError.range("access_token_ttl", "out_of_range", 1, maxAccessTokenTtl.toSeconds()));
        }
        if (c.refreshTokenTtl() != null && (c.refreshTokenTtl().isNegative() || c.refreshTokenTtl().isZero()
                || c.refreshTokenTtl().compareTo(maxRefreshTokenTtl) > 0)) {
            errors.add(FieldError.range("refresh_token_ttl", "out_of_range", 1, maxRefreshTokenTtl.toSeconds()));
        }
        if (!SIGNING_ALGS.contains(c.idTokenSignedResponseAlg())) {
            errors.add(FieldError.oneOf("id_token_signed_response_alg", "unsupported", sorted(SIGNING_ALGS)));
        }
        // null: the server's token.signing.alg.
        if (c.accessTokenSignedResponseAlg() != null && !SIGNING_ALGS.contains(c.accessTokenSignedResponseAlg())) {
            errors.add(FieldError.oneOf("access_token_signed_response_alg", "unsupported", sorted(SIGNING_ALGS)));
        }
        return distinct(errors);
    }

    /**
     * The APIs this client's tokens may be for. Each entry is what a resource server compares {@code aud}
     * with; an absolute URI (RFC 8707 §2 requires one to name it as a {@code resource}) is recommended, any
     * other value is only ever the default audience. Gatehouse's own audience opens the account and admin
     * APIs, so only a first-party client may list it (issue 12).
     */
    private void audience(OAuthClient c, List<FieldError> errors) {
        if (c.audience().size() > MAX_AUDIENCE) errors.add(FieldError.tooMany("audience", MAX_AUDIENCE));
        Set<String> seen = new java.util.HashSet<>();
        for (String a : c.audience()) {
            if (a == null || a.isEmpty()) errors.add(new FieldError("audience", "invalid"));
            else if (a.length() > MAX_AUDIENCE_LENGTH) errors.add(FieldError.tooLong("audience", MAX_AUDIENCE_LENGTH));
            // Stored space-separated like scopes; a URI has no white space or control characters anyway.
            else if (a.chars().anyMatch(ch -> ch <= 0x20 || ch == 0x7F)) errors.add(new FieldError("audience", "invalid"));
            else if (!seen.add(a)) errors.add(new FieldError("audience", "duplicate"));
            else if (a.equals(ownAudience) && !c.firstParty()) errors.add(new FieldError("audience", "reserved_for_first_party"));
        }
    }

    /**
     * Exact serialised origins ({@link WebOrigin}), compared as strings with a request's Origin header;
     * plain http only on loopback (or in dev), as for redirect URIs (OAuth 2.1 §1.5). The one pattern is
     * Keycloak's "+": the origins of the client's redirect URIs.
     */
    private void webOrigins(List<String> origins, List<FieldError> errors) {
        if (origins.size() > MAX_WEB_ORIGINS) errors.add(new FieldError("web_origins", "too_many"));
        Set<String> seen = new java.util.HashSet<>();
        for (String o : origins) {
            String problem = WebOrigins.REDIRECT_URI_ORIGINS.equals(o) ? null : WebOrigin.problem(o);
            if (problem == null && !dev && o.startsWith("http://") && !WebOrigin.isLoopbackHttp(o)) problem = "https_required";
            if (problem == null && !seen.add(o)) problem = "duplicate";
            if (problem != null) errors.add(new FieldError("web_origins", problem));
        }
    }

    private void uris(String field, List<String> uris, List<FieldError> errors) {
        if (uris.size() > MAX_URIS) errors.add(FieldError.tooMany(field, MAX_URIS));
        for (String u : uris) {
            String problem = redirectUris.problem(u);
            if (problem != null) errors.add(new FieldError(field, problem));
        }
    }

    private static List<String> sorted(java.util.Collection<String> values) {
        return values.stream().sorted().toList();
    }

    private void authMethod(OAuthClient c, List<FieldError> errors) {
        String m = c.authMethod();
        if (!ClientAuthMethods.ALL.contains(m)) {
            errors.add(FieldError.oneOf("token_endpoint_auth_method", "unsupported", sorted(ClientAuthMethods.ALL)));
            return;
        }
        // RFC 6749 §2.1: a public client cannot hold a credential; a confidential one must use one.
        if (c.type() == ClientType.PUBLIC && !m.equals(ClientAuthMethods.NONE)) {
            errors.add(new FieldError("token_endpoint_auth_method", "public_client_requires_none"));
        }
        if (c.type() == ClientType.CONFIDENTIAL && m.equals(ClientAuthMethods.NONE)) {
            errors.add(new FieldError("token_endpoint_auth_method", "confidential_client_requires_authentication"));
        }
        boolean keyed = m.equals(ClientAuthMethods.PRIVATE_KEY_JWT);
        if (keyed && (c.jwks() == null) == (c.jwksUri() == null)) {
            errors.add(new FieldError("jwks", "exactly_one_of_jwks_or_jwks_uri"));
        }
        if (!keyed && (c.jwks() != null || c.jwksUri() != null)) {
            errors.add(new FieldError(c.jwks() != null ? "jwks" : "jwks_uri", "only_for_private_key_jwt"));
        }
        if (c.jwks() != null) jwks(c.jwks(), errors);
        if (c.jwksUri() != null) jwksUri(c.jwksUri(), errors);
    }

    private static void jwks(String json, List<FieldError> errors) {
        if (json.length() > MAX_JWKS) {
            errors.add(new FieldError("jwks", "too_large"));
            return;
        }
        try {
            JWKSet set = JWKSet.parse(json);
            if (set.getKeys().isEmpty()) errors.add(new FieldError("jwks", "empty"));
            for (JWK key : set.getKeys()) {
                // Public asymmetric keys only: a private member here would mean the client leaked its key.
                if (key.isPrivate()) errors.add(new FieldError("jwks", "private_key"));
                if (key.getKeyType() != KeyType.RSA && key.getKeyType() != KeyType.EC) {
                    errors.add(new FieldError("jwks", "unsupported_key_type"));
                }
            }
        } catch (ParseException | RuntimeException e) {
            errors.add(new FieldError("jwks", "invalid"));
        }
    }

    /** The server fetches this URI on unauthenticated token requests: refused now what the fetch would refuse. */
    private void jwksUri(String uri, List<FieldError> errors) {
        String refusal = outbound.refusal(uri, RedirectUris.MAX_LENGTH);
        if (refusal != null) errors.add(new FieldError("jwks_uri", refusal));
    }

    private static List<FieldError> distinct(List<FieldError> errors) {
        return List.copyOf(new LinkedHashSet<>(errors));
    }
}
