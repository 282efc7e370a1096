package dev.gatehouse.web.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.Utf8;
import dev.gatehouse.core.FieldError;
import java.io.IOException;
import java.util.List;

/**
 * Strict JSON: unknown fields, duplicate keys, trailing content, coercions between types and deep
 * nesting are all refused with a 400 that names the field, never a 500.
 */
final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(65_536).build())
                    .build())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            // That feature leaves number and boolean to string allowed: {"username": 1} must not become "1".
            .withCoercionConfig(LogicalType.Textual, c -> c
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private Json() {}

    static <T> T parse(byte[] body, Class<T> type) {
        if (body.length == 0) throw new DomainException(ErrorCode.INVALID_JSON, "The body is empty; a JSON object is required");
        try {
            String text = utf8(body);
            requirePairedSurrogates(text);
            T value = MAPPER.readValue(text, type);
            if (value == null) throw new DomainException(ErrorCode.INVALID_JSON, "A JSON object is required");
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new DomainException(ErrorCode.UNKNOWN_FIELD, "Unknown field '" + e.getPropertyName() + "'",
                    List.of(new FieldError(e.getPropertyName(), "unknown_field")), null);
        } catch (MismatchedInputException e) {
            String field = fieldOf(e);
            if (field.isEmpty()) throw new DomainException(ErrorCode.INVALID_JSON, "A JSON object is required");
            throw new DomainException(ErrorCode.INVALID_REQUEST, "Field '" + field + "' has the wrong type",
                    List.of(new FieldError(field, "invalid")), null);
        } catch (JsonProcessingException e) {
            throw new DomainException(ErrorCode.INVALID_JSON, "Malformed JSON (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        } catch (IOException e) {
            throw new DomainException(ErrorCode.INVALID_JSON);
        }
    }

    /**
     * RFC 8259 §8.1: JSON exchanged between systems is UTF-8. Decoded strictly here, because the byte
     * parser would accept overlong forms and encoded surrogates, and would guess UTF-16 or UTF-32 from
     * zero bytes; parsing the decoded text leaves it nothing to guess.
     */
    private static String utf8(byte[] body) {
        return Utf8.decode(body).orElseThrow(() -> new DomainException(ErrorCode.INVALID_JSON, "The body is not valid UTF-8 (RFC 8259 §8.1)"));
    }

    /**
     * I-JSON (RFC 7493 §2.1): no unpaired surrogates. Escaped as {@code \\uD800} they pass RFC 8259
     * parsing but are not text: the password hasher refuses them and other fields would be stored
     * with a replacement character. The text was decoded strictly, so only an escape can carry one.
     */
    private static void requirePairedSurrogates(String text) {
        int i = text.indexOf('\\');
        while (i >= 0 && i + 1 < text.length()) {
            if (text.charAt(i + 1) != 'u') {
                i = text.indexOf('\\', i + 2);
                continue;
            }
            int unit = hex4(text, i + 2);
            i += 6;
            if (unit >= 0 && Character.isLowSurrogate((char) unit)) throw unpairedSurrogate();
            if (unit >= 0 && Character.isHighSurrogate((char) unit)) {
                int next = text.startsWith("\\u", i) ? hex4(text, i + 2) : -1;
                if (next < 0 || !Character.isLowSurrogate((char) next)) throw unpairedSurrogate();
                i += 6;
            }
            i = i < text.length() ? text.indexOf('\\', i) : -1;
        }
    }

    /** The four hex digits at {@code from} as a UTF-16 unit, or -1 (malformed; left to the parser). */
    private static int hex4(String text, int from) {
        if (from + 4 > text.length()) return -1;
        int value = 0;
        for (int k = from; k < from + 4; k++) {
            int digit = Character.digit(text.charAt(k), 16);
            if (digit < 0) return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    private static DomainException unpairedSurrogate() {
        return new DomainException(ErrorCode.INVALID_JSON, "A string has an unpaired surrogate escape (RFC 7493 §2.1)");
    }

    private static String fieldOf(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(ref.getFieldName());
            }
        }
        return sb.toString();
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
