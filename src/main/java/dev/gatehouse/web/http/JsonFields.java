package dev.gatehouse.web.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * Optional members of a PATCH-style JSON body, read the same way by the account and admin APIs: absent
 * means "leave as is", a value of the wrong type is a 400 naming the field (API.md), never a coercion.
 */
public final class JsonFields {
    private JsonFields() {}

    /** A string member; absent or {@code null} is empty. */
    public static Optional<String> text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) return Optional.empty();
        if (!node.isTextual()) throw invalid(field);
        return Optional.of(node.textValue());
    }

    /** A member that may be absent but, when sent, not {@code null} (it cannot be cleared): else a 400 {@code required}. */
    public static void notNull(JsonNode body, String field) {
        if (cleared(body, field)) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError(field, "required")));
    }

    /** True when the member is sent as {@code null}: PATCH clears it (RFC 7396), where absent leaves it alone. */
    public static boolean cleared(JsonNode body, String field) {
        return body.has(field) && body.get(field).isNull();
    }

    /** A boolean member; absent is {@code null}. */
    public static Boolean bool(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null) return null;
        if (!node.isBoolean()) throw invalid(field);
        return node.booleanValue();
    }

    private static DomainException invalid(String field) {
        return DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(new FieldError(field, "invalid")));
    }
}
