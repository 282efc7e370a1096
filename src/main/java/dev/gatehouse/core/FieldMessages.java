package dev.gatehouse.core;

import java.util.List;
import java.util.Map;

/**
 * The sentence of each field error code ({@link FieldError#message()}), naming the limits where the error
 * has them. One place for the words, as {@link ErrorCode} is one place for the codes; a code without an
 * entry still gets a sentence, a general one.
 */
final class FieldMessages {
    private FieldMessages() {}

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("required", "is required"),
            Map.entry("invalid", "is not valid"),
            Map.entry("unknown_field", "is not accepted by this endpoint"),
            Map.entry("unknown", "is not a known name here"),
            Map.entry("immutable", "cannot be changed"),
            Map.entry("taken", "is taken"),
            Map.entry("reserved", "is reserved"),
            Map.entry("duplicate", "holds the same value twice"),
            Map.entry("empty", "must not be empty"),
            Map.entry("not_applicable", "does not apply to this type"),
            Map.entry("conflicts_with_refresh_token", "cannot be sent with refresh_token"),
            // Usernames and email addresses (SECURITY.md "Passwords and signup").
            Map.entry("invalid_characters", "may hold only letters, digits, dots, dashes and underscores"),
            Map.entry("mixed_script", "must use the letters of one script only"),
            // The password policy (NIST SP 800-63B-4 §3.1.1.2).
            Map.entry("common", "is a common or breached password"),
            Map.entry("contains_user_info", "must not contain the username or the email address"),
            Map.entry("repetitive", "repeats itself too much"),
            Map.entry("sequential", "is mostly a sequence or keyboard walk"),
            Map.entry("too_guessable", "is too easy to guess"),
            // Roles and permissions.
            Map.entry("invalid_permission", "must be resource:action in lowercase segments"),
            Map.entry("unknown_role", "names a role that does not exist"),
            // Clients, identity providers and the URLs they hold.
            Map.entry("unknown_client", "is not a client this endpoint serves"),
            Map.entry("invalid_uri", "is not a valid URI"),
            Map.entry("not_absolute", "must be an absolute URI"),
            Map.entry("fragment", "must not have a fragment"),
            Map.entry("wildcard", "must not hold a wildcard"),
            Map.entry("user_info", "must not hold user information"),
            Map.entry("dot_segment", "must not hold . or .. path segments"),
            Map.entry("invalid_port", "has a port outside 1 to 65535"),
            Map.entry("forbidden_scheme", "uses a scheme that is never allowed"),
            Map.entry("unsupported_scheme", "must use https, loopback http, or a reverse-domain private scheme"),
            Map.entry("https_required", "must be an https URL"),
            Map.entry("forbidden_address", "points to an address the server may not reach"),
            Map.entry("reserved_for_first_party", "is reserved for first-party clients"),
            Map.entry("client_credentials_requires_confidential", "may hold client_credentials only for a confidential client"),
            Map.entry("public_client_requires_none", "must be none for a public client"),
            Map.entry("confidential_client_requires_authentication", "must not be none for a confidential client"),
            Map.entry("exactly_one_of_jwks_or_jwks_uri", "or jwks_uri is required, and only one of them"),
            Map.entry("only_for_private_key_jwt", "is only for private_key_jwt"),
            Map.entry("private_key", "must hold public keys only"),
            Map.entry("unsupported_key_type", "holds a key of an unsupported type"),
            Map.entry("too_large", "is too large"),
            Map.entry("openid_required", "must include openid"),
            Map.entry("invalid_private_key", "must be the PEM of a P-256 private key"),
            // Browser origins (API.md §8): exactly scheme://host[:port] as a browser sends it.
            Map.entry("has_path", "must be an origin without a path"),
            Map.entry("not_canonical", "must be written as a browser sends it: lowercase, without a default port"),
            // Imported password hashes (API.md §8).
            Map.entry("exclusive", "cannot be sent together with the other field of its pair"),
            Map.entry("malformed", "is malformed"),
            Map.entry("too_costly", "asks for more work per sign-in than the server allows"));

    /** Whether {@code code} has its own sentence (tests keep the catalog complete). */
    static boolean known(String code) {
        return FIXED.containsKey(code) || switch (code) {
            case "too_short", "too_long", "too_many", "unsupported", "out_of_range" -> true;
            default -> false;
        };
    }

    static String of(String code, Map<String, Object> limits) {
        if (limits.get(FieldError.ALLOWED) instanceof List<?> allowed) {
            return "must be one of " + String.join(", ", allowed.stream().map(String::valueOf).toList());
        }
        Object min = limits.get(FieldError.MIN_LENGTH);
        Object max = limits.get(FieldError.MAX_LENGTH);
        Object maxItems = limits.get(FieldError.MAX_ITEMS);
        return switch (code) {
            case "too_short" -> min != null ? "must be at least " + min + " characters" : "is too short";
            case "too_long" -> max != null ? "must be at most " + max + " characters" : "is too long";
            case "too_many" -> maxItems != null ? "must hold at most " + maxItems + " items" : "holds too many items";
            case "out_of_range" -> limits.containsKey(FieldError.MINIMUM)
                    ? "must be between " + limits.get(FieldError.MINIMUM) + " and " + limits.get(FieldError.MAXIMUM) : "is out of range";
            case "unsupported" -> "is not supported";
            default -> FIXED.getOrDefault(code, "is not accepted");
        };
    }
}
