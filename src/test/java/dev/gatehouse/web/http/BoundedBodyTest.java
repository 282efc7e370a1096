package dev.gatehouse.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.FakeContext;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link BoundedBody} reads a body with a Content-Length within the limit straight into an array of
 * that size: the limit and the exact bytes must not depend on the declared length being honest, on
 * how the body arrives (a byte at a time from a slow client) or on whether it has a length at all.
 */
class BoundedBodyTest {
    private static final int LIMIT = 64;

    @Test
    void readWhenBodyArrivesAByteAtATimeThenWholeBody() throws Exception {
        byte[] body = "grant_type=client_credentials&scope=read%20write".getBytes(StandardCharsets.US_ASCII);
        assertThat(BoundedBody.read(FakeContext.create().body(body).trickle(1).context(), LIMIT)).isEqualTo(body);
        assertThat(BoundedBody.read(FakeContext.create().body(body, -1).trickle(3).context(), LIMIT)).isEqualTo(body);
    }

    @Test
    void readWhenMoreThanDeclaredArrivesThenWholeBodyWithinTheLimitAndNullBeyond() throws Exception {
        byte[] within = bytes(LIMIT);
        assertThat(BoundedBody.read(FakeContext.create().body(within, 10).context(), LIMIT)).isEqualTo(within);
        assertThat(BoundedBody.read(FakeContext.create().body(within, LIMIT - 1).trickle(7).context(), LIMIT)).isEqualTo(within);
        assertThat(BoundedBody.read(FakeContext.create().body(bytes(LIMIT + 1), LIMIT).context(), LIMIT)).isNull();
        assertThat(BoundedBody.read(FakeContext.create().body(bytes(100_000), 5).trickle(1000).context(), LIMIT)).isNull();
    }

    @Test
    void readWhenLessThanDeclaredArrivesThenWhatArrived() throws Exception {
        byte[] body = bytes(20);
        assertThat(BoundedBody.read(FakeContext.create().body(body, LIMIT).trickle(1).context(), LIMIT)).isEqualTo(body);
        assertThat(BoundedBody.read(FakeContext.create().body(new byte[0], LIMIT).context(), LIMIT)).isEmpty();
    }

    @Test
    void readWhenExactlyTheLimitThenBodyAndOneMoreThenNull() throws Exception {
        assertThat(BoundedBody.read(FakeContext.create().body(bytes(LIMIT)).context(), LIMIT)).isEqualTo(bytes(LIMIT));
        assertThat(BoundedBody.read(FakeContext.create().body(bytes(LIMIT + 1), -1).trickle(5).context(), LIMIT)).isNull();
        assertThat(BoundedBody.read(FakeContext.create().body(new byte[0]).context(), LIMIT)).isEmpty();
    }

    @Test
    void bodiesWhenSlowBodyBeyondTheLimitThenTheSame413() {
        FakeContext fake = FakeContext.create().body(bytes(LIMIT + 1), LIMIT).trickle(1).header("Content-Type", "application/json");
        assertThatThrownBy(() -> new Bodies(LIMIT).read(fake.context())).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.error()).isEqualTo(ErrorCode.PAYLOAD_TOO_LARGE);
            assertThat(e.detail()).isEqualTo("The body is limited to " + LIMIT + " bytes");
        });
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'a');
        for (int i = 0; i < n; i += 7) b[i] = (byte) ('0' + i % 10);
        return b;
    }
}
