package dev.gatehouse.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import java.util.List;

/** The field errors of a request a service refuses as {@code invalid_request}. */
public final class FieldErrors {
    private FieldErrors() {}

    /** Runs {@code r}, which must throw 400 {@code invalid_request}, and returns its field errors. */
    public static List<FieldError> of(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            assertThat(e.error()).isEqualTo(ErrorCode.INVALID_REQUEST);
            return e.fieldErrors();
        }
        throw new AssertionError("expected invalid_request");
    }
}
