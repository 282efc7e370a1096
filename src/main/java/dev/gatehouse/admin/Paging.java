package dev.gatehouse.admin;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import java.util.List;
import java.util.function.Function;

/** The {@code limit} of admin lists: default 50, at most 200 (larger values are capped, not refused). */
public final class Paging {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private Paging() {}

    /** @param raw the query parameter as sent, or null */
    public static int limit(String raw) {
        if (raw == null || raw.isEmpty()) return DEFAULT_LIMIT;
        if (!raw.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(invalidLimit()));
        }
        // Leading zeros do not make a number larger: "0000000000" is zero, refused like "0".
        String digits = raw.replaceFirst("^0+", "");
        // Too many digits is still a number: capped like any other large limit.
        if (digits.length() > 9) return MAX_LIMIT;
        int n = digits.isEmpty() ? 0 : Integer.parseInt(digits);
        if (n < 1) throw DomainException.fields(ErrorCode.INVALID_REQUEST, List.of(invalidLimit()));
        return Math.min(n, MAX_LIMIT);
    }

    /** A larger limit is capped, not refused: the maximum is what a page holds at most. */
    private static FieldError invalidLimit() {
        return FieldError.range("limit", "invalid", 1, MAX_LIMIT);
    }

    /** One page of results and the cursor of the next one (null on the last page). */
    public record Page<T>(List<T> items, String nextCursor) {
        /** The one page that holds a whole short list (roles, keys): no next one. */
        public static <T> Page<T> all(List<T> items) {
            return new Page<>(items, null);
        }

        /** The same page with each item rendered by {@code view}. */
        public <R> Page<R> map(Function<T, R> view) {
            return new Page<>(items.stream().map(view).toList(), nextCursor);
        }
    }
}
