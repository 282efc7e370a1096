package dev.gatehouse.admin;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gatehouse.password.ImportedHash;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the user records of {@code gatehouse user import} (API.md §8) into {@link ImportedUser}:
 * <ul>
 *   <li>ours: the body of {@code POST /admin/v1/users}, as strictly (unknown members refused);</li>
 *   <li>Keycloak's user representation (realm export, {@code kc.sh export}): {@code emailVerified},
 *       {@code firstName}/{@code lastName}, {@code enabled}, and the password credential, whose
 *       {@code secretData} and {@code credentialData} (JSON inside strings) become a PHC string for
 *       pbkdf2-sha256, pbkdf2-sha512 and argon2;</li>
 *   <li>Auth0's user export: {@code email_verified}, {@code blocked}, and the bcrypt
 *       {@code passwordHash} of a password hash export.</li>
 * </ul>
 * Foreign records are recognised by members only they have; their other members (ids, timestamps,
 * metadata) are ignored, except ones that carry access (roles, groups, second factors), which are
 * named in the record's notes.
 */
public final class UserImportFormats {
    /** Jackson, strict as the API is: duplicate keys refused, depth and string length bounded. */
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(1 << 20).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> OURS = Set.of("username", "email", "email_verified", "password", "password_hash", "roles", "name");
    private static final Set<String> KEYCLOAK = Set.of("credentials", "emailVerified", "firstName", "lastName", "enabled",
            "createdTimestamp", "realmRoles", "requiredActions", "federationLink", "clientRoles", "notBefore", "totp");
    private static final Set<String> AUTH0 = Set.of("passwordHash", "user_id", "_id", "connection", "tenant", "identities",
            "given_name", "family_name", "nickname", "blocked", "created_at", "last_login", "app_metadata", "user_metadata");
    /** Roles every Keycloak realm gives every user; nothing is lost by leaving them out. */
    private static final Set<String> KEYCLOAK_DEFAULT_ROLES = Set.of("offline_access", "uma_authorization");

    /** A record that cannot be imported; the message says why (never a password or hash). */
    public static final class FormatException extends RuntimeException {
        public FormatException(String message) {
            super(message, null, false, false);
        }
    }

    private final boolean usernameFromEmail;

    /** @param usernameFromEmail a record without a username takes its email's local part (Auth0 users often have none) */
    public UserImportFormats(boolean usernameFromEmail) {
        this.usernameFromEmail = usernameFromEmail;
    }

    /** Parses one JSON text (a line) into a tree. */
    public static JsonNode parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) throw new FormatException("empty");
            return node;
        } catch (JsonProcessingException e) {
            throw new FormatException("not valid JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
    }

    /**
     * The users of a whole document: a Keycloak realm export (or a {@code *-users-*.json} part of
     * one), an object with a {@code users} array; or a bare array of user objects.
     */
    public static List<JsonNode> usersOf(JsonNode document) {
        JsonNode users = document.isArray() ? document : document.path("users");
        if (!users.isArray()) throw new FormatException("neither one user object per line nor a document with a \"users\" array");
        List<JsonNode> out = new ArrayList<>();
        users.forEach(out::add);
        return out;
    }

    public ImportedUser read(JsonNode node) {
        if (!node.isObject()) throw new FormatException("not a JSON object");
        if (hasAny(node, KEYCLOAK)) return keycloak(node);
        if (hasAny(node, AUTH0)) return auth0(node);
        return ours(node);
    }

    private ImportedUser ours(JsonNode node) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!OURS.contains(name)) throw new FormatException("unknown member '" + name + "'");
        }
        List<String> roles = null;
        JsonNode r = node.get("roles");
        if (r != null && !r.isNull()) {
            if (!r.isArray()) throw new FormatException("'roles' must be an array of strings");
            roles = new ArrayList<>();
            for (JsonNode role : r) {
                if (!role.isTextual()) throw new FormatException("'roles' must be an array of strings");
                roles.add(role.asText());
            }
        }
        String email = text(node, "email");
        return new ImportedUser("gatehouse", username(node, "username", email), email, bool(node, "email_verified"),
                text(node, "name"), text(node, "password"), text(node, "password_hash"), roles, false, List.of());
    }

    private ImportedUser keycloak(JsonNode node) {
        List<String> notes = new ArrayList<>();
        String email = text(node, "email");
        String name = String.join(" ", nonBlank(text(node, "firstName"), text(node, "lastName"))).trim();
        String hash = null;
        for (JsonNode credential : node.path("credentials")) {
            String type = text(credential, "type");
            if ("password".equals(type)) {
                if (hash != null) throw new FormatException("more than one password credential");
                hash = keycloakPassword(credential);
            } else {
                notes.add((type == null ? "a" : type) + " credential not imported");
            }
        }
        List<String> roles = new ArrayList<>();
        for (JsonNode role : node.path("realmRoles")) {
            String n = role.asText();
            if (!KEYCLOAK_DEFAULT_ROLES.contains(n) && !n.startsWith("default-roles-")) roles.add(n);
        }
        if (!roles.isEmpty()) notes.add("realm roles not imported: " + String.join(", ", roles));
        if (node.path("clientRoles").size() > 0) notes.add("client roles not imported");
        if (node.path("groups").size() > 0) notes.add("groups not imported");
        if (node.hasNonNull("federationLink") && hash == null) notes.add("user of a federation link (LDAP, Kerberos): no password to import");
        boolean enabled = !node.has("enabled") || bool(node, "enabled");
        return new ImportedUser("keycloak", username(node, "username", email), email, bool(node, "emailVerified"),
                name.isEmpty() ? null : name, null, hash, null, !enabled, notes);
    }

    /**
     * Keycloak's password credential: {@code secretData} {"value": base64 hash, "salt": base64 salt}
     * and {@code credentialData} {"hashIterations": n, "algorithm": id, "additionalParameters": {...}}
     * (org.keycloak.models.credential.dto.PasswordSecretData / PasswordCredentialData).
     */
    private static String keycloakPassword(JsonNode credential) {
        JsonNode secret = embedded(credential, "secretData");
        JsonNode data = embedded(credential, "credentialData");
        String algorithm = text(data, "algorithm");
        String value = text(secret, "value");
        if (algorithm == null || value == null) throw new FormatException("password credential without algorithm or value");
        JsonNode iterations = data.get("hashIterations");
        if (iterations == null || !iterations.canConvertToInt() || iterations.asInt() < 1) {
            throw new FormatException("password credential without a valid hashIterations");
        }
        // Community bcrypt providers keep the whole modular-crypt string as the value.
        if (algorithm.equals("bcrypt") && value.startsWith("$2")) return value;
        byte[] salt = base64(text(secret, "salt"), "salt");
        byte[] hash = base64(value, "value");
        try {
            return switch (algorithm) {
                case "pbkdf2-sha256" -> ImportedHash.pbkdf2("sha256", iterations.asInt(), salt, hash);
                case "pbkdf2-sha512" -> ImportedHash.pbkdf2("sha512", iterations.asInt(), salt, hash);
                case "argon2" -> {
                    JsonNode p = data.path("additionalParameters");
                    String version = first(p, "version", "1.3");
                    int v = switch (version) {
                        case "1.3" -> 0x13;
                        case "1.0" -> 0x10;
                        default -> throw new FormatException("Argon2 version " + version + " unknown");
                    };
                    yield ImportedHash.argon2(first(p, "type", "id"), v, number(p, "memory"), iterations.asInt(), number(p, "parallelism"),
                            salt, hash);
                }
                case "pbkdf2" -> throw new FormatException("Keycloak's pbkdf2 (HMAC-SHA1) hashes are not supported: "
                        + "import the user without the credential and let them reset the password");
                default -> throw new FormatException("password algorithm '" + algorithm + "' is not supported");
            };
        } catch (IllegalArgumentException e) {
            throw new FormatException("password credential: " + e.getMessage());
        }
    }

    private ImportedUser auth0(JsonNode node) {
        String email = text(node, "email");
        String name = text(node, "name");
        if (name == null) {
            String joined = String.join(" ", nonBlank(text(node, "given_name"), text(node, "family_name"))).trim();
            name = joined.isEmpty() ? null : joined;
        }
        List<String> notes = new ArrayList<>();
        if (node.path("app_metadata").has("roles")) notes.add("app_metadata roles not imported");
        return new ImportedUser("auth0", username(node, "username", email), email, bool(node, "email_verified"), name, null,
                text(node, "passwordHash"), null, bool(node, "blocked"), notes);
    }

    private String username(JsonNode node, String field, String email) {
        String username = text(node, field);
        if (username != null || !usernameFromEmail || email == null || email.indexOf('@') <= 0) return username;
        return email.substring(0, email.lastIndexOf('@'));
    }

    /** Keycloak keeps secretData and credentialData as JSON inside a string. */
    private static JsonNode embedded(JsonNode credential, String field) {
        JsonNode v = credential.get(field);
        if (v == null || v.isNull()) throw new FormatException("password credential without " + field);
        if (v.isObject()) return v;
        if (!v.isTextual()) throw new FormatException("password credential: " + field + " is not a JSON string");
        try {
            JsonNode parsed = MAPPER.readTree(v.asText());
            if (parsed == null || !parsed.isObject()) throw new FormatException("password credential: " + field + " is not a JSON object");
            return parsed;
        } catch (JsonProcessingException e) {
            throw new FormatException("password credential: " + field + " is not valid JSON");
        }
    }

    private static byte[] base64(String text, String field) {
        if (text == null || text.isEmpty()) throw new FormatException("password credential without " + field);
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new FormatException("password credential: " + field + " is not base64");
        }
    }

    /** Keycloak's additionalParameters map each name to a list of strings. */
    private static String first(JsonNode params, String name, String absent) {
        JsonNode v = params.get(name);
        if (v == null || v.isNull()) return absent;
        JsonNode first = v.isArray() ? v.path(0) : v;
        if (!first.isTextual() && !first.isNumber()) throw new FormatException("Argon2 parameter " + name + " is invalid");
        return first.asText().toLowerCase(Locale.ROOT);
    }

    private static int number(JsonNode params, String name) {
        String v = first(params, name, null);
        if (v == null || !v.matches("[1-9][0-9]{0,8}")) throw new FormatException("Argon2 parameter " + name + " is missing or invalid");
        return Integer.parseInt(v);
    }

    private static boolean hasAny(JsonNode node, Set<String> names) {
        for (String n : names) {
            if (node.has(n)) return true;
        }
        return false;
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) out.add(p.trim());
        }
        return out;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return null;
        if (!v.isTextual()) throw new FormatException("'" + field + "' must be a string");
        String text = v.asText();
        // I-JSON (RFC 7493 §2.1), as the API: an escaped lone surrogate is not text, and the hasher refuses it.
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i))
                    : !Character.isLowSurrogate(c);
            if (!paired) throw new FormatException("'" + field + "' has an unpaired surrogate escape");
        }
        return text;
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw new FormatException("'" + field + "' must be true or false");
        return v.asBoolean();
    }
}
