package dev.gatehouse.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A refusal by a service, with its catalogued code (and field errors or a retry delay where they
 * apply). It carries no HTTP: the web layer maps the code to a status and a problem body, the OAuth
 * grants to an OAuth error.
 */
public final class DomainException extends RuntimeException {
    private final ErrorCode error;
    private final transient List<FieldError> fieldErrors;
    private final transient Duration retryAfter;
    private final transient Map<String, Object> members;

    public DomainException(ErrorCode error, String detail, List<FieldError> fieldErrors, Duration retryAfter) {
        this(error, detail, fieldErrors, retryAfter, Map.of());
    }

    private DomainException(ErrorCode error, String detail, List<FieldError> fieldErrors, Duration retryAfter, Map<String, Object> members) {
        super(detail, null, false, false);
        this.error = error;
        this.fieldErrors = List.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
        this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    /**
     * A refusal that tells the caller how to go on, in extension members of the problem (RFC 9457
     * §3.2), e.g. {@code mfa_required} with its {@code mfa_token}. Names are snake_case JSON members.
     */
    public static DomainException withMembers(ErrorCode error, Map<String, Object> members) {
        return new DomainException(error, null, List.of(), null, members);
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

    /** Extension members of the problem body, in order; empty for most refusals. */
    public Map<String, Object> members() {
        return members;
    }

    /** Seconds for {@code Retry-After}, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
