package dev.gatehouse.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.Fuzz;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The admin lists' paging parameters as a client sends them back: {@link PageCursor} cursors (MACed
 * keyset positions) and {@link Paging#limit}. A cursor the server made decodes to the position it
 * was made from; anything else, including a cursor of another query, is 400 {@code invalid_cursor}.
 */
class CursorFuzzTest {
    private static final PageCursor CURSORS = new PageCursor("a 32-byte key for the cursor MAC".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    private static final String SCOPE = "users|username|ali";

    @Property
    void encodeThenDecodeWhenAnyPositionThenSamePosition(@ForAll("positions") List<String> position, @ForAll("text") String scope) {
        String cursor = CURSORS.encode(scope, position);
        assertThat(cursor).matches("[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+");
        assertThat(CURSORS.decode(scope, cursor, position.size())).isEqualTo(position);
    }

    @Property
    void encodeThenDecodePositionWhenAnyTimeAndIdThenSame(@ForAll @LongRange(min = -62_135_596_800_000L, max = 253_402_300_799_999L) long millis,
            @ForAll("part") String id) {
        Instant at = Instant.ofEpochMilli(millis);
        assertThat(CURSORS.decodePosition("events|", CURSORS.encode("events|", at, id))).isEqualTo(new PageCursor.Position(at, id));
    }

    @Property
    void decodeWhenCursorOfAnotherScopeThenInvalidCursor(@ForAll("positions") List<String> position, @ForAll("text") String other) {
        if (other.equals(SCOPE)) return;
        String cursor = CURSORS.encode(SCOPE, position);
        assertThatThrownBy(() -> CURSORS.decode(other, cursor, position.size())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.error()).isEqualTo(ErrorCode.INVALID_CURSOR));
    }

    /** Base64 may spell one payload several ways (unused bits, padding): a change is refused or decodes to the same position. */
    @Property
    void decodeWhenCursorMutatedThenInvalidCursorOrSamePosition(@ForAll("mutatedCursors") String cursor) {
        try {
            assertThat(Fuzz.timed("decode", () -> CURSORS.decode(SCOPE, cursor, 2))).containsExactly("1767225600000", "0197a1b2-id");
        } catch (DomainException e) {
            assertThat(e.error()).isEqualTo(ErrorCode.INVALID_CURSOR);
        }
    }

    @Property
    void decodePositionWhenAnyStringThenNullOrInvalidCursor(@ForAll("text") String cursor, @ForAll @IntRange(min = 1, max = 3) int parts) {
        try {
            Fuzz.timed("decode", () -> CURSORS.decodePosition(SCOPE, cursor));
            assertThat(cursor).isEmpty();
        } catch (DomainException e) {
            assertThat(e.error()).isEqualTo(ErrorCode.INVALID_CURSOR);
        }
        assertThatThrownBy(() -> CURSORS.decode(SCOPE, cursor, parts)).isInstanceOf(DomainException.class);
    }

    /** Digits give a limit of 1-200 (larger capped); zero and anything else are a 400 on the field. */
    @Property
    void limitWhenAnyStringThenOneToTwoHundredOrInvalid(@ForAll("limits") String raw) {
        boolean digits = !raw.isEmpty() && raw.chars().allMatch(c -> c >= '0' && c <= '9');
        try {
            int n = Fuzz.timed("limit", () -> Paging.limit(raw));
            assertThat(n).isBetween(1, Paging.MAX_LIMIT);
            if (raw.isEmpty()) assertThat(n).isEqualTo(Paging.DEFAULT_LIMIT);
            else assertThat(digits).isTrue();
            if (digits) assertThat(n).isEqualTo(new java.math.BigInteger(raw).min(java.math.BigInteger.valueOf(Paging.MAX_LIMIT)).intValue());
        } catch (DomainException e) {
            assertThat(e.error()).isEqualTo(ErrorCode.INVALID_REQUEST);
            assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("limit"));
            if (digits) assertThat(new java.math.BigInteger(raw).signum()).isZero();
        }
    }

    /** Found by the limit property: ten or more zeros were capped to 200 instead of refused like "0". */
    @Example
    void limitWhenOnlyZerosThenInvalidLikeZero() {
        for (String zeros : List.of("0", "000000000", "0000000000", "0".repeat(30))) {
            assertThatThrownBy(() -> Paging.limit(zeros)).as(zeros).isInstanceOf(DomainException.class);
        }
        assertThat(Paging.limit("0000000000007")).isEqualTo(7);
    }

    @Provide
    Arbitrary<String> text() {
        return Fuzz.anyString(100);
    }

    @Provide
    Arbitrary<String> part() {
        return Fuzz.text(60).map(s -> s.replace('\u0000', ' '));
    }

    /** Positions the lists make: never one empty part (a user key or a time and an id). */
    @Provide
    Arbitrary<List<String>> positions() {
        return part().list().ofMinSize(1).ofMaxSize(3).filter(p -> !String.join("", p).isEmpty());
    }

    @Provide
    Arbitrary<String> mutatedCursors() {
        return Fuzz.mutationsOf(CURSORS.encode(SCOPE, List.of("1767225600000", "0197a1b2-id")));
    }

    @Provide
    Arbitrary<String> limits() {
        return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMaxLength(25), Fuzz.text(12),
                Arbitraries.of("", "0", "00", "0000000000", "00000000000000000000", "-1", "+5", " 5", "5 ", "1e3", "0x10", "٣", "２"));
    }
}
