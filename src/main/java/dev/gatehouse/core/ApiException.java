package dev.gatehouse.core;

import java.time.Duration;
import java.util.List;

/** A failure with a catalogued code; the web layer turns it into the response body. */
public final class ApiException extends RuntimeException {
    private final ErrorCode error;
    private final transient List<FieldError> fieldErrors;
    private final transient Duration retryAfter;

    public ApiException(ErrorCode error, String detail, List<FieldError> fieldErrors, Duration retryAfter) {
        super(detail, null, false, false);
        this.error = error;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    public ApiException(ErrorCode error, String detail) {
        this(error, detail, List.of(), null);
    }

    public ApiException(ErrorCode error) {
        this(error, null, List.of(), null);
    }

    public static ApiException fields(ErrorCode error, List<FieldError> fieldErrors) {
        return new ApiException(error, null, fieldErrors, null);
    }

    public static ApiException retryAfter(ErrorCode error, Duration retryAfter) {
        return new ApiException(error, null, List.of(), retryAfter);
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
