package dev.gatehouse.web.http;

import dev.gatehouse.web.errors.HttpStatuses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.FakeContext;
import dev.gatehouse.testing.Fuzz;
import dev.gatehouse.web.api.Requests;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The size limit and media-type checks in front of every body ({@link BoundedBody}, {@link Bodies}):
 * whatever Content-Length a client declares (none, too small, too large, absurd), the reader returns
 * the exact body when it fits and refuses it otherwise, and the only refusals are 400, 413 and 415.
 */
class BoundedBodyFuzzTest {
    private static final int LIMIT = 1024;

    @Property
    void readWhenDeclaredLengthLiesThenExactBodyOrNullBySize(@ForAll("bodies") byte[] body, @ForAll("declared") long declared,
            @ForAll @IntRange(min = 0, max = 2 * LIMIT) int limit) {
        FakeContext fake = FakeContext.create().body(body, declared);
        byte[] read = Fuzz.timed("read", () -> {
            try {
                return BoundedBody.read(fake.context(), limit);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (body.length <= limit) {
            assertThat(read).isEqualTo(body);
        } else {
            assertThat(read).isNull();
        }
    }

    @Property
    void bodiesWhenAnyHeadersAndSizeThenBodyOrClientError(@ForAll("bodies") byte[] body, @ForAll("declared") long declared,
            @ForAll("contentTypes") String contentType, @ForAll("codings") String coding) {
        FakeContext fake = FakeContext.create().body(body, declared).header("Content-Type", contentType)
                .header("Content-Encoding", coding);
        Bodies bodies = new Bodies(LIMIT);
        try {
            byte[] read = Fuzz.timed("bodies", () -> bodies.read(fake.context()));
            assertThat(read).isEqualTo(body);
            assertThat(body.length).isLessThanOrEqualTo(LIMIT);
        } catch (DomainException e) {
            assertThat(e.error()).isIn(ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.UNSUPPORTED_MEDIA_TYPE, ErrorCode.INVALID_REQUEST);
            if (e.error() == ErrorCode.PAYLOAD_TOO_LARGE) assertThat(Math.max(body.length, declared)).isGreaterThan(LIMIT);
        }
    }

    @Property
    void jsonWhenAnyBodyThenRecordOrClientError(@ForAll("bodies") byte[] body, @ForAll("contentTypes") String contentType) {
        FakeContext fake = FakeContext.create().body(body).header("Content-Type", contentType);
        try {
            Fuzz.timed("json", () -> new Bodies(LIMIT).json(fake.context(), Requests.Login.class));
        } catch (DomainException e) {
            assertThat(HttpStatuses.of(e.error())).isBetween(400, 499);
        }
    }

    /** Found by the property above: a Content-Type of only semicolons was an ArrayIndexOutOfBounds (a 500). */
    @Example
    void bodiesWhenContentTypeIsOnlySemicolonsThenUnsupportedMediaType() {
        for (String type : new String[] {";", ";;", ";;;"}) {
            FakeContext fake = FakeContext.create().body("{}".getBytes()).header("Content-Type", type);
            assertThatThrownBy(() -> new Bodies(LIMIT).read(fake.context())).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.error()).isEqualTo(ErrorCode.UNSUPPORTED_MEDIA_TYPE));
        }
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3 * LIMIT);
        Arbitrary<byte[]> json = Arbitraries.of("{\"username\":\"a\",\"password\":\"b\"}", "{}", "", "{\"x\":1}")
                .map(String::getBytes);
        Arbitrary<byte[]> large = Arbitraries.integers().between(LIMIT - 2, 20 * LIMIT).map(n -> {
            byte[] b = new byte[n];
            Arrays.fill(b, (byte) ' ');
            return b;
        });
        return Arbitraries.oneOf(random, json, large);
    }

    @Provide
    Arbitrary<Long> declared() {
        return Arbitraries.oneOf(Arbitraries.of(-1L, 0L, 1L, (long) LIMIT, LIMIT + 1L, Long.MAX_VALUE, BoundedBody.DRAIN_LIMIT + 1),
                Arbitraries.longs().between(-1, 10L * LIMIT));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.oneOf(Arbitraries.of("application/json", "application/json; charset=utf-8", "APPLICATION/JSON;CHARSET=\"UTF-8\"",
                        "application/json; charset=latin1", "application/json;", ";", "", "text/plain", "application/jsonx",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"),
                Fuzz.text(40)).injectNull(0.1);
    }

    @Provide
    Arbitrary<String> codings() {
        return Arbitraries.oneOf(Arbitraries.of("identity", " IDENTITY ", "gzip", "br", "", " "), Fuzz.text(10)).injectNull(0.6);
    }
}
