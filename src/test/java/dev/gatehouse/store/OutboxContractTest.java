package dev.gatehouse.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.keys.MasterKey;
import dev.gatehouse.mail.MailDeliveryException;
import dev.gatehouse.mail.MailMessage;
import dev.gatehouse.mail.MailTransport;
import dev.gatehouse.mail.Outbox;
import dev.gatehouse.store.jdbi.JdbiOutboxStore;
import dev.gatehouse.testing.MutableClock;
import dev.gatehouse.testing.TestDatabases.Kind;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The mail outbox on SQLite and PostgreSQL: a message is sent once, retried with back-off after a
 * transient failure, given up after a permanent one, picked up again when its sender died holding
 * the lease, and two senders on one database never send one message twice.
 */
class OutboxContractTest {
    private static final Instant T0 = Instant.ofEpochMilli(1_750_000_000_000L);
    private static final MasterKey KEY = MasterKey.generate();
    private static final Outbox.Settings SETTINGS = new Outbox.Settings(Duration.ofSeconds(5), Duration.ofSeconds(10),
            Duration.ofMinutes(5), 3, Duration.ofMinutes(2));

    /** Records what it sends; fails while {@code down} is set. */
    static final class RecordingTransport implements MailTransport {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final List<MailMessage> messages = new CopyOnWriteArrayList<>();
        final AtomicBoolean down = new AtomicBoolean();
        volatile boolean permanent;
        volatile long delayMillis;

        @Override
        public void send(String messageId, MailMessage message) throws MailDeliveryException {
            if (down.get()) throw new MailDeliveryException("connection refused", permanent, null);
            if (delayMillis > 0) {
                try {
                    Thread.sleep(delayMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            sent.add(messageId);
            messages.add(message);
        }

        @Override
        public String name() {
            return "recording";
        }
    }

    private static MailMessage message(int i) {
        return new MailMessage("test", "user" + i + "@example.com", "Subject " + i, "text " + i + " https://x/?t=secret" + i,
                "<p>html " + i + "</p>");
    }

    private static Outbox outbox(StoreFixture f, RecordingTransport t, MutableClock clock) {
        return new Outbox(new JdbiOutboxStore(f.jdbi), t, KEY, clock, SETTINGS, new SimpleMeterRegistry());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sendWhenDueThenSentOnceAndBodiesErased(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            MutableClock clock = new MutableClock(T0);
            RecordingTransport t = new RecordingTransport();
            Outbox outbox = outbox(f, t, clock);
            String id = outbox.enqueue(message(1));
            assertThat(f.count("SELECT COUNT(*) FROM mail_outbox WHERE text_enc LIKE '%secret%'"))
                    .as("bodies are sealed at rest").isZero();

            assertThat(outbox.runOnce()).isEqualTo(1);
            assertThat(outbox.runOnce()).isZero();

            assertThat(t.sent).containsExactly(id);
            assertThat(t.messages.get(0).text()).isEqualTo("text 1 https://x/?t=secret1");
            assertThat(t.messages.get(0).html()).isEqualTo("<p>html 1</p>");
            assertThat(new JdbiOutboxStore(f.jdbi).countByStatus()).isEqualTo(Map.of("sent", 1));
            assertThat(f.count("SELECT COUNT(*) FROM mail_outbox WHERE text_enc = '' AND html_enc = ''")).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sendWhenServerDownThenRetriedWithBackoffUntilItComesBack(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            MutableClock clock = new MutableClock(T0);
            RecordingTransport t = new RecordingTransport();
            Outbox outbox = outbox(f, t, clock);
            t.down.set(true);
            String id = outbox.enqueue(message(1));

            assertThat(outbox.runOnce()).isEqualTo(1); // attempt 1 fails
            assertThat(outbox.runOnce()).as("not due before the back-off").isZero();
            clock.advance(Duration.ofSeconds(9));
            assertThat(outbox.runOnce()).isZero();
            clock.advance(Duration.ofSeconds(1));
            assertThat(outbox.runOnce()).isEqualTo(1); // attempt 2 fails, next in 20 s
            clock.advance(Duration.ofSeconds(19));
            assertThat(outbox.runOnce()).isZero();

            t.down.set(false);
            clock.advance(Duration.ofSeconds(1));
            assertThat(outbox.runOnce()).isEqualTo(1);
            assertThat(t.sent).containsExactly(id);
            assertThat(f.count("SELECT attempts FROM mail_outbox")).isEqualTo(3);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void sendWhenAttemptsExhaustedOrRefusedPermanentlyThenFailed(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            MutableClock clock = new MutableClock(T0);
            RecordingTransport t = new RecordingTransport();
            Outbox outbox = outbox(f, t, clock);
            t.down.set(true);
            outbox.enqueue(message(1));
            for (int i = 0; i < 3; i++) {
                assertThat(outbox.runOnce()).isEqualTo(1);
                clock.advance(Duration.ofMinutes(10));
            }
            assertThat(outbox.runOnce()).isZero();
            assertThat(new JdbiOutboxStore(f.jdbi).countByStatus()).isEqualTo(Map.of("failed", 1));

            t.permanent = true;
            outbox.enqueue(message(2));
            assertThat(outbox.runOnce()).isEqualTo(1);
            assertThat(new JdbiOutboxStore(f.jdbi).countByStatus()).isEqualTo(Map.of("failed", 2));
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void senderDiedHoldingLeaseThenAnotherSendsAfterLeaseExpires(Kind kind) {
        try (StoreFixture f = StoreFixture.open(kind)) {
            MutableClock clock = new MutableClock(T0);
            JdbiOutboxStore store = new JdbiOutboxStore(f.jdbi);
            RecordingTransport t = new RecordingTransport();
            Outbox survivor = outbox(f, t, clock);
            String id = survivor.enqueue(message(1));
            // A node claims the message and dies before sending it.
            assertThat(store.claimNext("dead-node", clock.instant(), clock.instant().plus(Duration.ofMinutes(2)))).isPresent();

            assertThat(survivor.runOnce()).as("the lease still holds").isZero();
            clock.advance(Duration.ofMinutes(2).plusMillis(1));
            assertThat(survivor.runOnce()).isEqualTo(1);
            assertThat(t.sent).containsExactly(id);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twoSendersOnOneDatabaseNeverSendOneMessageTwice(Kind kind) throws Exception {
        try (StoreFixture f = StoreFixture.open(kind)) {
            MutableClock clock = new MutableClock(T0);
            RecordingTransport a = new RecordingTransport();
            RecordingTransport b = new RecordingTransport();
            a.delayMillis = 2;
            b.delayMillis = 2;
            Outbox nodeA = outbox(f, a, clock);
            Outbox nodeB = outbox(f, b, clock);
            int n = 60;
            for (int i = 0; i < n; i++) (i % 2 == 0 ? nodeA : nodeB).enqueue(message(i));

            CountDownLatch start = new CountDownLatch(1);
            AtomicInteger errors = new AtomicInteger();
            Map<String, Integer> rounds = new ConcurrentHashMap<>();
            List<Thread> threads = List.of(nodeA, nodeB, nodeA, nodeB).stream().map(o -> new Thread(() -> {
                try {
                    start.await();
                    for (int r = 0; r < 200 && a.sent.size() + b.sent.size() < n; r++) {
                        o.runOnce();
                        rounds.merge(Thread.currentThread().getName(), 1, Integer::sum);
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            })).toList();
            threads.forEach(Thread::start);
            start.countDown();
            for (Thread th : threads) th.join(60_000);

            assertThat(errors).hasValue(0);
            List<String> all = new java.util.ArrayList<>(a.sent);
            all.addAll(b.sent);
            assertThat(all).hasSize(n).doesNotHaveDuplicates();
            assertThat(a.sent).as("both nodes took part").isNotEmpty();
            assertThat(b.sent).isNotEmpty();
            assertThat(new JdbiOutboxStore(f.jdbi).countByStatus()).isEqualTo(Map.of("sent", n));
        }
    }
}
