package dev.gatehouse.passkey;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads what {@code PublicKeyCredential.toJSON()} gives (W3C WebAuthn Level 3 §5.1.8,
 * {@code RegistrationResponseJSON} / {@code AuthenticationResponseJSON}): base64url members, with
 * members this server does not know left alone. Every problem is a {@link Invalid}.
 */
final class CredentialJson {
    private static final int MAX_TRANSPORTS = 8;
    private static final int MAX_TRANSPORT_LENGTH = 32;

    private final JsonNode root;
    private final JsonNode response;

    /** A credential that is not the JSON this server reads. */
    static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }

    CredentialJson(JsonNode credential) {
        if (credential == null || !credential.isObject()) throw new Invalid("credential must be an object");
        this.root = credential;
        if (!"public-key".equals(text(root, "type"))) throw new Invalid("type must be public-key");
        this.response = root.get("response");
        if (response == null || !response.isObject()) throw new Invalid("response must be an object");
    }

    /** The credential id, base64url: {@code rawId} and {@code id} must agree when both are given. */
    String id() {
        String id = optionalText(root, "id");
        String rawId = optionalText(root, "rawId");
        String chosen = rawId != null ? rawId : id;
        if (chosen == null) throw new Invalid("id is required");
        byte[] bytes = decode(chosen, "id");
        if (id != null && rawId != null && !java.util.Arrays.equals(decode(id, "id"), bytes)) throw new Invalid("id and rawId differ");
        // W3C WebAuthn §5.8.3: at most 1023 bytes; stored in its canonical (unpadded) form.
        if (bytes.length == 0 || bytes.length > 1023) throw new Invalid("id has the wrong length");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    byte[] bytes(String member) {
        return decode(text(response, member), member);
    }

    /** An optional response member: null when absent or null (e.g. {@code userHandle} of a non-discoverable credential). */
    byte[] optionalBytes(String member) {
        String s = optionalText(response, member);
        return s == null ? null : decode(s, member);
    }

    /** {@code response.transports}; unknown values are kept (they are hints), oddities dropped. */
    Set<String> transports() {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = response.get("transports");
        if (t == null || !t.isArray()) return out;
        for (JsonNode n : t) {
            if (out.size() >= MAX_TRANSPORTS) break;
            if (n.isTextual() && !n.asText().isEmpty() && n.asText().length() <= MAX_TRANSPORT_LENGTH
                    && n.asText().chars().allMatch(c -> c >= 'a' && c <= 'z' || c == '-')) {
                out.add(n.asText());
            }
        }
        return out;
    }

    private static String text(JsonNode node, String member) {
        String s = optionalText(node, member);
        if (s == null) throw new Invalid(member + " is required");
        return s;
    }

    private static String optionalText(JsonNode node, String member) {
        JsonNode n = node.get(member);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw new Invalid(member + " must be a string");
        return n.asText();
    }

    private static byte[] decode(String s, String member) {
        try {
            return Base64.getUrlDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw new Invalid(member + " is not base64url");
        }
    }
}
