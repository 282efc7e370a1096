package dev.gatehouse.core;

import java.time.Duration;
import java.util.List;

/**
 * A refusal by a service, with its catalogued code (and field errors or a retry delay where they
 * apply). It carries no HTTP: the web layer maps the code to a status and a problem body, the OAuth
 * grants to an OAuth error.
 */
public final class DomainException extends RuntimeException {
    private final ErrorCode error;
    private final transient List<FieldError> fieldErrors;
    private final transient Duration retryAfter;

    public DomainException(ErrorCode error, String detail, List<FieldError> fieldErrors, Duration retryAfter) {
        super(detail, null, false, false);
        this.error = error;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    public DomainException(ErrorCode error, String detail) {
        this(error, detail, List.of(), null);
    }

    public DomainException(ErrorCode error) {
        this(error, null, List.of(), null);
    }

    public static DomainException fields(ErrorCode error, List<FieldError> fieldErrors) {
        return new DomainException(error, null, fieldErrors, null);
    }

    public static DomainException retryAfter(ErrorCode error, Duration retryAfter) {
        return new DomainException(error, null, List.of(), retryAfter);
    }

    public ErrorCode error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Seconds for {@code Retry-After}, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
