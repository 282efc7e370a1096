package dev.gatehouse.federation;

import dev.gatehouse.audit.AuditLog;
import dev.gatehouse.config.Secret;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.UniqueViolation;
import dev.gatehouse.net.GuardedHttpFetcher;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Configured upstream identity providers (API.md §6): create, read, update, delete, with every
 * default applied and every rule checked. Reads see a configured secret
 * ({@code GATEHOUSE_IDP_<ID>_CLIENT_SECRET}) in place of the stored one; it is never copied into the store.
 */
public final class ProviderRegistry {
    private final ConfiguredSecrets store;
    private final ProviderValidator validator;
    private final AuditLog audit;
    private final Clock clock;
    private final String issuer;

    /**
     * @param outbound the guard every upstream URL (issuer, endpoints) must pass, as the fetches will
     * @param issuer   this server's issuer: the redirect URI to register upstream is {@code <issuer>/login/idp/{id}/callback}
     */
    public ProviderRegistry(ConfiguredSecrets store, GuardedHttpFetcher outbound, AuditLog audit, Clock clock, String issuer) {
        this.store = store;
        this.validator = new ProviderValidator(outbound);
        this.audit = audit;
        this.clock = clock;
        this.issuer = issuer;
    }

    public IdentityProvider create(ProviderSpec spec, String actor) {
        List<FieldError> errors = new ArrayList<>();
        requireNoNulls(spec, errors);
        if (spec.id() == null) errors.add(new FieldError("id", "required"));
        else if (!ProviderValidator.ID.matcher(spec.id()).matches()) errors.add(new FieldError("id", "invalid"));
        ProviderType type = spec.type() == null ? null : type(spec.type());
        if (spec.type() == null) errors.add(new FieldError("type", "required"));
        else if (type == null) errors.add(FieldError.oneOf("type", "invalid", java.util.Arrays.stream(ProviderType.values()).map(ProviderType::wireName).toList()));
        LinkPolicy policy = spec.linkPolicy() == null ? LinkPolicy.CONFIRM : policy(spec.linkPolicy(), errors);
        if (spec.clientSecret() != null) ProviderValidator.secret(spec.clientSecret(), errors);
        if (!errors.isEmpty()) throw invalid(errors);

        String id = spec.id();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Secret secret = spec.clientSecret() == null || spec.clientSecret().isEmpty() ? new Secret(null) : new Secret(spec.clientSecret());
        ProviderSettings settings = new ProviderSettings(id, type, emptyToNull(spec.issuer()), spec.clientId(), secret,
                or(spec.scopes(), defaultScopes(type)), or(spec.audiences(), List.of()),
                spec.trustEmail() != null ? spec.trustEmail() : type.trustsEmailByDefault(), tenant(type, spec.tenant()),
                spec.teamId(), spec.keyId(), or(spec.endpoints(), Map.of()));
        IdentityProvider p = new IdentityProvider(settings, or(spec.name(), defaultName(type, id)),
                spec.enabled() == null || spec.enabled(), spec.createUsers() == null || spec.createUsers(), policy, now, now);
        validator.check(p, secret.isPresent() ? secret : store.configured(id), errors);
        if (!errors.isEmpty()) throw invalid(errors);
        try {
            store.insert(p);
        } catch (UniqueViolation e) {
            throw new DomainException(ErrorCode.PROVIDER_ID_TAKEN, null, List.of(new FieldError("id", "taken")), null);
        }
        audit.record("identity_provider_create", "success", null, actor, id, null, "type=" + type.wireName());
        return get(id);
    }

    /** The provider as a sign-in uses it (a configured secret in place of the stored one). */
    public Optional<IdentityProvider> find(String id) {
        if (!LinkedIdentities.isProviderId(id)) return Optional.empty();
        return store.find(id);
    }

    public IdentityProvider get(String id) {
        return find(id).orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "No such identity provider"));
    }

    /** Every provider, by id. */
    public List<IdentityProvider> list() {
        return store.list();
    }

    /** What the hosted login page offers: the enabled providers, by id. */
    public List<IdentityProvider> enabled() {
        return store.list().stream().filter(IdentityProvider::enabled).toList();
    }

    /**
     * Replaces the fields given (non-null in {@code patch}); {@code id} and {@code type} cannot change
     * (the identities linked through a provider belong to that upstream).
     */
    public IdentityProvider update(String id, ProviderSpec patch, String actor) {
        IdentityProvider current = get(id);
        ProviderSettings c = current.settings();
        List<FieldError> errors = new ArrayList<>();
        requireNoNulls(patch, errors);
        if (patch.id() != null && !patch.id().equals(id)) errors.add(new FieldError("id", "immutable"));
        if (patch.type() != null && !patch.type().equals(c.type().wireName())) errors.add(new FieldError("type", "immutable"));
        LinkPolicy policy = patch.linkPolicy() == null ? current.linkPolicy() : policy(patch.linkPolicy(), errors);
        if (patch.clientSecret() != null) ProviderValidator.secret(patch.clientSecret(), errors);
        if (!errors.isEmpty()) throw invalid(errors);

        // To the store: null keeps the stored secret, an absent one erases it (PATCH "client_secret": "").
        Secret written = patch.clientSecret() == null ? null : new Secret(emptyToNull(patch.clientSecret()));
        Secret effective = written == null ? c.clientSecret() : written.isPresent() ? written : store.configured(id);
        ProviderSettings settings = new ProviderSettings(id, c.type(),
                patch.issuer() != null ? emptyToNull(patch.issuer()) : c.issuer(), or(patch.clientId(), c.clientId()), written,
                or(patch.scopes(), c.scopes()), or(patch.audiences(), c.audiences()),
                patch.trustEmail() != null ? patch.trustEmail() : c.trustEmail(),
                patch.tenant() != null ? tenant(c.type(), emptyToNull(patch.tenant())) : c.tenant(),
                patch.teamId() != null ? emptyToNull(patch.teamId()) : c.teamId(),
                patch.keyId() != null ? emptyToNull(patch.keyId()) : c.keyId(), or(patch.endpoints(), c.endpoints()));
        IdentityProvider next = new IdentityProvider(settings, or(patch.name(), current.name()),
                patch.enabled() != null ? patch.enabled() : current.enabled(),
                patch.createUsers() != null ? patch.createUsers() : current.createUsers(), policy, current.createdAt(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        validator.check(next, effective, errors);
        if (!errors.isEmpty()) throw invalid(errors);
        if (!store.update(next)) throw new DomainException(ErrorCode.NOT_FOUND, "No such identity provider");
        audit.record("identity_provider_update", "success", null, actor, id, null, "fields=" + changed(patch));
        return get(id);
    }

    /** Deletes the provider and every identity linked through it (their users keep their accounts). */
    public void delete(String id, String actor) {
        if (find(id).isEmpty() || !store.delete(id)) throw new DomainException(ErrorCode.NOT_FOUND, "No such identity provider");
        audit.record("identity_provider_delete", "success", null, actor, id, null, null);
    }

    /** Whether the configuration, not the store, holds this provider's secret. */
    public boolean secretFromConfiguration(String id) {
        return store.configures(id);
    }

    /** The redirect URI to register at the upstream (API.md §6). */
    public String redirectUri(String id) {
        return issuer + "/login/idp/" + id + "/callback";
    }

    /** The scopes each kind of provider is usually asked for (API.md §6 for OpenID types). */
    static List<String> defaultScopes(ProviderType type) {
        return switch (type) {
            case GITHUB -> List.of("read:user", "user:email");
            case FACEBOOK -> List.of("email", "public_profile");
            // Apple knows only "name" and "email" besides openid, and refuses the request for others.
            case APPLE -> List.of("openid", "email", "name");
            default -> List.of("openid", "email", "profile");
        };
    }

    static String defaultName(ProviderType type, String id) {
        return type == ProviderType.OIDC ? id : type.displayName();
    }

    /** Microsoft's multi-tenant endpoint unless one tenant is named; no other type has a tenant. */
    private static String tenant(ProviderType type, String tenant) {
        if (type != ProviderType.MICROSOFT) return tenant;
        return tenant == null || tenant.isEmpty() ? "common" : tenant;
    }

    private static ProviderType type(String wire) {
        for (ProviderType t : ProviderType.values()) {
            if (t.wireName().equals(wire)) return t;
        }
        return null;
    }

    private static LinkPolicy policy(String wire, List<FieldError> errors) {
        for (LinkPolicy p : LinkPolicy.values()) {
            if (p.wireName().equals(wire)) return p;
        }
        errors.add(FieldError.oneOf("link_policy", "invalid", java.util.Arrays.stream(LinkPolicy.values()).map(LinkPolicy::wireName).toList()));
        return LinkPolicy.CONFIRM;
    }

    /** A JSON list or map with a null in it is refused, field by field. */
    private static void requireNoNulls(ProviderSpec s, List<FieldError> errors) {
        if (s.scopes() != null && s.scopes().stream().anyMatch(Objects::isNull)) errors.add(new FieldError("scopes", "invalid"));
        if (s.audiences() != null && s.audiences().stream().anyMatch(Objects::isNull)) errors.add(new FieldError("audiences", "invalid"));
        if (s.endpoints() != null && s.endpoints().entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            errors.add(new FieldError("endpoints", "invalid"));
        }
    }

    private static String changed(ProviderSpec p) {
        List<String> fields = new ArrayList<>();
        if (p.name() != null) fields.add("name");
        if (p.enabled() != null) fields.add("enabled");
        if (p.createUsers() != null) fields.add("create_users");
        if (p.trustEmail() != null) fields.add("trust_email");
        if (p.linkPolicy() != null) fields.add("link_policy");
        if (p.issuer() != null) fields.add("issuer");
        if (p.clientId() != null) fields.add("client_id");
        if (p.clientSecret() != null) fields.add("client_secret");
        if (p.scopes() != null) fields.add("scopes");
        if (p.audiences() != null) fields.add("audiences");
        if (p.tenant() != null) fields.add("tenant");
        if (p.teamId() != null) fields.add("team_id");
        if (p.keyId() != null) fields.add("key_id");
        if (p.endpoints() != null) fields.add("endpoints");
        return String.join(",", fields);
    }

    private static DomainException invalid(List<FieldError> errors) {
        return DomainException.fields(ErrorCode.INVALID_REQUEST, List.copyOf(new LinkedHashSet<>(errors)));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
