package dev.gatehouse.core;

/** One problem with one request field, e.g. {@code password} / {@code too_short}. */
public record FieldError(String field, String code) {}
