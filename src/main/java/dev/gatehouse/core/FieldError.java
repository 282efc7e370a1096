package dev.gatehouse.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One problem with one request field, e.g. {@code password} / {@code too_short}. The {@code code} is API
 * (never renamed); {@code message} says it to a person, without the field's name ("must be at least 15
 * characters"), and {@code limits} are the numbers or choices that would pass, as members of the error
 * object: {@code min_length}, {@code max_length} (code points), {@code max_items}, {@code minimum},
 * {@code maximum}, {@code allowed}. Two errors are the same problem when field and code agree; the message
 * and the limits describe it.
 */
public record FieldError(String field, String code, String message, Map<String, Object> limits) {
    public static final String MIN_LENGTH = "min_length";
    public static final String MAX_LENGTH = "max_length";
    public static final String MAX_ITEMS = "max_items";
    public static final String MINIMUM = "minimum";
    public static final String MAXIMUM = "maximum";
    public static final String ALLOWED = "allowed";

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        limits = limits == null || limits.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(limits));
        if (message == null) message = FieldMessages.of(code, limits);
    }

    /** A problem whose message comes from its code alone. */
    public FieldError(String field, String code) {
        this(field, code, null, Map.of());
    }

    /** A problem with the limits that would pass; the message names them. */
    public FieldError(String field, String code, Map<String, Object> limits) {
        this(field, code, null, limits);
    }

    /** A length problem ({@code too_short}, {@code too_long}) with both bounds. */
    public static FieldError length(String field, String code, int minLength, int maxLength) {
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put(MIN_LENGTH, minLength);
        limits.put(MAX_LENGTH, maxLength);
        return new FieldError(field, code, limits);
    }

    /** {@code too_long} with its maximum. */
    public static FieldError tooLong(String field, int maxLength) {
        return new FieldError(field, "too_long", Map.of(MAX_LENGTH, maxLength));
    }

    /** {@code too_many} with the most items a list may hold. */
    public static FieldError tooMany(String field, int maxItems) {
        return new FieldError(field, "too_many", Map.of(MAX_ITEMS, maxItems));
    }

    /** {@code code} (e.g. {@code unsupported}, {@code invalid}) for a value that must be one of {@code allowed}. */
    public static FieldError oneOf(String field, String code, List<String> allowed) {
        return new FieldError(field, code, Map.of(ALLOWED, List.copyOf(allowed)));
    }

    /** {@code code} (e.g. {@code out_of_range}) for a number that must lie within {@code minimum..maximum}. */
    public static FieldError range(String field, String code, long minimum, long maximum) {
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put(MINIMUM, minimum);
        limits.put(MAXIMUM, maximum);
        return new FieldError(field, code, limits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldError f && field.equals(f.field) && code.equals(f.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, code);
    }
}
