package dev.gatehouse.federation;

import dev.gatehouse.config.Secret;
import dev.gatehouse.core.FieldError;
import dev.gatehouse.core.Scopes;
import dev.gatehouse.net.GuardedHttpFetcher;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules of a provider (API.md §6), field by field; each problem is one {@link FieldError}. */
final class ProviderValidator {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    /** The endpoints a test or an unusual deployment may override; the protocol side reads these keys. */
    static final Set<String> ENDPOINT_KEYS = Set.of("authorization_endpoint", "token_endpoint", "userinfo_endpoint", "jwks_uri",
            "api_base");
    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,63}");
    /** Apple's team and key ids are 10 upper-case letters and digits; a little room beyond that costs nothing. */
    private static final Pattern APPLE_ID = Pattern.compile("[A-Za-z0-9]{1,64}");
    private static final int MAX_URL = 2048;
    private static final int MAX_NAME = 256;
    private static final int MAX_CLIENT_ID = 512;
    private static final int MAX_SECRET = 8192;
    private static final int MAX_LIST = 32;
    private static final int MAX_ITEM = 256;

    private final GuardedHttpFetcher outbound;

    ProviderValidator(GuardedHttpFetcher outbound) {
        this.outbound = outbound;
    }

    /**
     * @param secret the secret it would sign in with (stored or configured); for {@code apple}, the PEM of its key
     */
    void check(IdentityProvider p, Secret secret, List<FieldError> errors) {
        ProviderSettings s = p.settings();
        text("name", p.name(), MAX_NAME, errors);
        if (s.clientId() == null || s.clientId().isBlank()) errors.add(new FieldError("client_id", "required"));
        else text("client_id", s.clientId(), MAX_CLIENT_ID, errors);
        if (s.type() == ProviderType.OIDC && s.issuer() == null) errors.add(new FieldError("issuer", "required"));
        if (s.issuer() != null) issuer(s.issuer(), errors);
        scopes(s, errors);
        list("audiences", s.audiences(), errors);
        if (s.type() == ProviderType.MICROSOFT) {
            if (!TENANT.matcher(s.tenant()).matches()) errors.add(new FieldError("tenant", "invalid"));
        } else if (s.tenant() != null) {
            errors.add(new FieldError("tenant", "not_applicable"));
        }
        apple(s, secret, errors);
        for (Map.Entry<String, String> e : s.endpoints().entrySet()) {
            String field = "endpoints." + e.getKey();
            if (!ENDPOINT_KEYS.contains(e.getKey())) errors.add(new FieldError(field.length() > 64 ? "endpoints" : field, "unknown"));
            else url(field, e.getValue(), errors);
        }
    }

    /** A secret as sent: bounded, and no NUL or other control characters but the line breaks of a PEM. */
    static void secret(String secret, List<FieldError> errors) {
        if (secret.length() > MAX_SECRET) {
            errors.add(new FieldError("client_secret", "too_long"));
            return;
        }
        for (int i = 0; i < secret.length(); i++) {
            char c = secret.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                errors.add(new FieldError("client_secret", "invalid"));
                return;
            }
        }
    }

    private static void apple(ProviderSettings s, Secret secret, List<FieldError> errors) {
        if (s.type() != ProviderType.APPLE) {
            if (s.teamId() != null) errors.add(new FieldError("team_id", "not_applicable"));
            if (s.keyId() != null) errors.add(new FieldError("key_id", "not_applicable"));
            return;
        }
        if (s.teamId() == null) errors.add(new FieldError("team_id", "required"));
        else if (!APPLE_ID.matcher(s.teamId()).matches()) errors.add(new FieldError("team_id", "invalid"));
        if (s.keyId() == null) errors.add(new FieldError("key_id", "required"));
        else if (!APPLE_ID.matcher(s.keyId()).matches()) errors.add(new FieldError("key_id", "invalid"));
        // Apple's client secret is a JWT this server signs with the team's key: without the key, no sign-in works.
        if (secret == null || !secret.isPresent()) errors.add(new FieldError("client_secret", "required"));
        else if (!ApplePrivateKey.isValid(secret.value())) errors.add(new FieldError("client_secret", "invalid_private_key"));
    }

    private static void scopes(ProviderSettings s, List<FieldError> errors) {
        list("scopes", s.scopes(), errors);
        for (String scope : s.scopes()) {
            try {
                if (scope == null || Scopes.parse(scope).size() != 1) errors.add(new FieldError("scopes", "invalid"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("scopes", "invalid"));
            }
        }
        // Without openid an OpenID provider sends no ID token, and the sign-in has no verified subject.
        if (s.type().openId() && !s.scopes().contains("openid")) errors.add(new FieldError("scopes", "openid_required"));
    }

    /** A list stored space-separated: bounded, and no item empty or holding white space. */
    private static void list(String field, List<String> values, List<FieldError> errors) {
        if (values.size() > MAX_LIST) errors.add(FieldError.tooMany(field, MAX_LIST));
        for (String v : values) {
            if (v == null || v.isEmpty() || v.length() > MAX_ITEM || v.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) {
                errors.add(new FieldError(field, "invalid"));
                return;
            }
        }
    }

    /**
     * OpenID Connect Discovery §4: the configuration is read from the issuer URL; an https URL with no
     * query or fragment (plain http only on the operator's allowed networks, as for every fetch).
     */
    private void issuer(String issuer, List<FieldError> errors) {
        if (issuer.contains("?") || issuer.contains("#")) errors.add(new FieldError("issuer", "invalid_uri"));
        else url("issuer", issuer, errors);
    }

    private void url(String field, String url, List<FieldError> errors) {
        if (url == null || url.isEmpty()) {
            errors.add(new FieldError(field, "required"));
            return;
        }
        String refusal = outbound.refusal(url, MAX_URL);
        if (refusal != null) errors.add(new FieldError(field, refusal));
    }

    private static void text(String field, String value, int max, List<FieldError> errors) {
        if (value == null || value.isBlank()) errors.add(new FieldError(field, "required"));
        else if (value.length() > max) errors.add(FieldError.tooLong(field, max));
        else if (value.chars().anyMatch(Character::isISOControl)) errors.add(new FieldError(field, "invalid"));
    }
}
