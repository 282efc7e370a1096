package dev.gatehouse.oauth.client;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.SecureTokens;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.net.GuardedHttpFetcher;
import dev.gatehouse.session.SessionService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Registered OAuth clients: create, read, update, delete, secret rotation (API.md §4, §5). */
public final class ClientRegistry {
    public static final int MAX_PAGE = 100;

    private final ClientStore store;
    private final SessionService sessions;
    private final ClientValidator validator;
    private final AuditLog audit;
    private final Clock clock;
    private final Consumer<String> signingKey;
    private final String firstPartyClientId;

    /**
     * @param dev                GATEHOUSE_DEV: plain-http redirect URIs allowed off loopback
     * @param firstPartyClientId the built-in client of /api/v1/login, which stays implicit and cannot be registered
     * @param signingKey         makes sure a signing key of the given algorithm exists before a client signed
     *                           for with it ({@code id_token_signed_response_alg}, {@code access_token_signed_response_alg})
     *                           is saved, so its first token does not wait for one
     * @param ownAudience        Gatehouse's own audience ({@code access.token.audience}): only first-party clients may list it
     * @param outbound           checks a {@code jwks_uri} against the outbound guard at registration
     */
    public ClientRegistry(ClientStore store, SessionService sessions, AuditLog audit, Clock clock, boolean dev,
                          String firstPartyClientId, Duration maxAccessTokenTtl, Duration maxRefreshTokenTtl,
                          Consumer<String> signingKey, String ownAudience, GuardedHttpFetcher outbound) {
        this(store, sessions, audit, clock, dev, firstPartyClientId, maxAccessTokenTtl, maxRefreshTokenTtl, signingKey, ownAudience,
                outbound, null);
    }

    /** @param issuer the issuer: redirect URIs on its own origin are as acceptable as the issuer is (the admin console's) */
    public ClientRegistry(ClientStore store, SessionService sessions, AuditLog audit, Clock clock, boolean dev,
                          String firstPartyClientId, Duration maxAccessTokenTtl, Duration maxRefreshTokenTtl,
                          Consumer<String> signingKey, String ownAudience, GuardedHttpFetcher outbound, String issuer) {
        this.store = store;
        this.firstPartyClientId = firstPartyClientId;
        this.signingKey = signingKey;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
        this.validator = new ClientValidator(dev, firstPartyClientId, maxAccessTokenTtl, maxRefreshTokenTtl, ownAudience, outbound, issuer);
    }

    /** A client and, once, the secret it was given (null when it has none). */
    public record Created(OAuthClient client, String clientSecret) {
        @Override
        public String toString() {
            return "Created[" + client.clientId() + "]";
        }
    }

    public record Page(List<OAuthClient> items, String nextCursor) {}

    public Created create(ClientSpec spec, String actor) {
        requireNoNulls(spec);
        List<FieldError> errors = new ArrayList<>();
        String clientId = spec.clientId();
        if (clientId != null) validator.clientId(clientId, errors);
        else clientId = SecureTokens.random(16);
        ClientType type = spec.type() == null ? ClientType.CONFIDENTIAL : ClientType.fromWire(spec.type());
        if (spec.type() != null && type == null) errors.add(new FieldError("type", "invalid"));
        ClientType effective = type == null ? ClientType.CONFIDENTIAL : type;
        List<String> grants = spec.grantTypes() != null ? spec.grantTypes() : List.of("authorization_code", "refresh_token");
        String method = spec.authMethod() != null ? spec.authMethod()
                : effective == ClientType.PUBLIC ? ClientAuthMethods.NONE
                : spec.jwks() != null || spec.jwksUri() != null ? ClientAuthMethods.PRIVATE_KEY_JWT
                : ClientAuthMethods.CLIENT_SECRET_BASIC;
        OAuthClient client = new OAuthClient(clientId, spec.name(), type, orEmpty(spec.redirectUris()),
                orEmpty(spec.postLogoutRedirectUris()), grants, orEmpty(spec.scopes()), method, spec.jwks(), spec.jwksUri(),
                Boolean.TRUE.equals(spec.firstParty()), seconds(spec.accessTokenTtl()), seconds(spec.refreshTokenTtl()),
                spec.idTokenSignedResponseAlg() == null ? "RS256" : spec.idTokenSignedResponseAlg(),
                serverDefaultToNull(spec.accessTokenSignedResponseAlg()),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), orEmpty(spec.audience()),
                Boolean.TRUE.equals(spec.requireMfa()), orEmpty(spec.webOrigins()));
        errors.addAll(validator.check(client));
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.copyOf(new java.util.LinkedHashSet<>(errors)));
        ensureSigningKeys(client);
        String secret = client.usesSecret() ? ClientSecrets.generate() : null;
        try {
            store.insert(client, secret == null ? null : ClientSecrets.hash(secret));
        } catch (UniqueViolation e) {
            throw new DomainException(ErrorCode.CLIENT_ID_TAKEN, null, List.of(new FieldError("client_id", "taken")), null);
        }
        audit.record("client_create", "success", null, actor, client.clientId(), null, "type=" + client.type().wire());
        return new Created(client, secret);
    }

    public Optional<OAuthClient> find(String clientId) {
        if (clientId == null || clientId.length() > 128) return Optional.empty();
        return store.find(clientId).map(ClientStore.Stored::client);
    }

    /**
     * Whether tokens issued to this client may use the account and admin APIs: the built-in login's client,
     * or a registered client that is first-party NOW (read through the client cache, so a client switched
     * to {@code first_party: false} or deleted stops working within the cache's lifetime).
     */
    public boolean isFirstParty(String clientId) {
        if (clientId == null) return false;
        if (clientId.equals(firstPartyClientId)) return true;
        return find(clientId).map(OAuthClient::firstParty).orElse(false);
    }

    public OAuthClient get(String clientId) {
        return find(clientId).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such client"));
    }

    /** @param cursor the last client id of the previous page, or null */
    public Page list(Integer limit, String cursor) {
        int n = limit == null ? 50 : limit;
        if (n < 1 || n > MAX_PAGE) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(FieldError.range("limit", "out_of_range", 1, MAX_PAGE)));
        List<OAuthClient> rows = store.list(cursor, n + 1);
        boolean more = rows.size() > n;
        List<OAuthClient> items = more ? rows.subList(0, n) : rows;
        return new Page(List.copyOf(items), more ? items.get(items.size() - 1).clientId() : null);
    }

    /**
     * Replaces the fields given (non-null in {@code patch}); {@code client_id} and {@code type} cannot
     * change (a type change would change what credential the client holds). A client moved to a
     * secret method without a secret has none until {@link #rotateSecret}.
     */
    public OAuthClient update(String clientId, ClientSpec patch, String actor) {
        requireNoNulls(patch);
        OAuthClient c = get(clientId);
        List<FieldError> errors = new ArrayList<>();
        if (patch.clientId() != null && !patch.clientId().equals(clientId)) errors.add(new FieldError("client_id", "immutable"));
        if (patch.type() != null && !patch.type().equals(c.type().wire())) errors.add(new FieldError("type", "immutable"));
        OAuthClient next = new OAuthClient(clientId, or(patch.name(), c.name()), c.type(),
                or(patch.redirectUris(), c.redirectUris()), or(patch.postLogoutRedirectUris(), c.postLogoutRedirectUris()),
                or(patch.grantTypes(), c.grantTypes()), or(patch.scopes(), c.scopes()), or(patch.authMethod(), c.authMethod()),
                patch.jwks() != null ? emptyToNull(patch.jwks()) : patch.jwksUri() != null ? null : c.jwks(),
                patch.jwksUri() != null ? emptyToNull(patch.jwksUri()) : patch.jwks() != null ? null : c.jwksUri(),
                patch.firstParty() != null ? patch.firstParty() : c.firstParty(),
                patch.accessTokenTtl() != null ? seconds(patch.accessTokenTtl()) : c.accessTokenTtl(),
                patch.refreshTokenTtl() != null ? seconds(patch.refreshTokenTtl()) : c.refreshTokenTtl(),
                or(patch.idTokenSignedResponseAlg(), c.idTokenSignedResponseAlg()),
                patch.accessTokenSignedResponseAlg() != null ? serverDefaultToNull(patch.accessTokenSignedResponseAlg())
                        : c.accessTokenSignedResponseAlg(),
                c.createdAt(), or(patch.audience(), c.audience()),
                patch.requireMfa() != null ? patch.requireMfa() : c.requireMfa(), or(patch.webOrigins(), c.webOrigins()));
        errors.addAll(validator.check(next));
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.copyOf(new java.util.LinkedHashSet<>(errors)));
        ensureSigningKeys(next);
        Instant now = clock.instant();
        if (!store.update(next, now)) throw new DomainException(ErrorCode.NOT_FOUND, "No such client");
        if (!next.usesSecret() && c.usesSecret()) store.updateSecret(clientId, null, now);
        audit.record("client_update", "success", null, actor, clientId, null, null);
        return next;
    }

    /** Deletes the client and ends every session it holds, so its refresh tokens die with it. */
    public void delete(String clientId, String actor) {
        if (!store.delete(clientId)) throw new DomainException(ErrorCode.NOT_FOUND, "No such client");
        int ended = sessions.endAllForClient(clientId);
        audit.record("client_delete", "success", null, actor, clientId, null, "sessions_ended=" + ended);
    }

    /** A new secret, returned once; the old one stops working at once. */
    public Created rotateSecret(String clientId, String actor) {
        OAuthClient c = get(clientId);
        if (!c.usesSecret()) {
            throw new DomainException(ErrorCode.INVALID_REQUEST, "This client authenticates with " + c.authMethod() + ", not a secret");
        }
        String secret = ClientSecrets.generate();
        if (!store.updateSecret(clientId, ClientSecrets.hash(secret), clock.instant())) {
            throw new DomainException(ErrorCode.NOT_FOUND, "No such client");
        }
        audit.record("client_secret_rotate", "success", null, actor, clientId, null, null);
        return new Created(c, secret);
    }

    private void ensureSigningKeys(OAuthClient c) {
        signingKey.accept(c.idTokenSignedResponseAlg());
        if (c.accessTokenSignedResponseAlg() != null) signingKey.accept(c.accessTokenSignedResponseAlg());
    }

    private static String serverDefaultToNull(String alg) {
        return ClientSpec.SERVER_DEFAULT.equals(alg) ? null : alg;
    }

    /** A JSON list with a null in it is refused as a whole, field by field. */
    private static void requireNoNulls(ClientSpec s) {
        List<FieldError> errors = new ArrayList<>();
        nulls("redirect_uris", s.redirectUris(), errors);
        nulls("post_logout_redirect_uris", s.postLogoutRedirectUris(), errors);
        nulls("grant_types", s.grantTypes(), errors);
        nulls("scopes", s.scopes(), errors);
        nulls("audience", s.audience(), errors);
        nulls("web_origins", s.webOrigins(), errors);
        if (!errors.isEmpty()) throw DomainException.fields(ErrorCode.INVALID_REQUEST, errors);
    }

    private static void nulls(String field, List<String> values, List<FieldError> errors) {
        if (values != null && values.stream().anyMatch(java.util.Objects::isNull)) errors.add(new FieldError(field, "invalid"));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static List<String> orEmpty(List<String> l) {
        return l == null ? List.of() : l;
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Duration seconds(Long s) {
        return s == null ? null : Duration.ofSeconds(s);
    }
}
