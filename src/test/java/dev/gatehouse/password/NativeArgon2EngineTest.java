package dev.gatehouse.password;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The native engine lends libargon2 memory matrices it keeps between hashes, one per hash running at once. */
class NativeArgon2EngineTest {
    private static final byte[] PASSWORD = "correct horse battery staple".getBytes(UTF_8);
    private static final byte[] SALT = "sixteen byte salt".substring(0, 16).getBytes(UTF_8);
    private static final Argon2Params PARAMS = new Argon2Params(1024, 1, 1);

    private final NativeArgon2Engine engine = new NativeArgon2Engine();
    private final BouncyCastleArgon2Engine reference = new BouncyCastleArgon2Engine();

    private byte[] derive(NativeArgon2Engine e, Argon2Params params) {
        return e.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, PASSWORD, SALT, params, 32);
    }

    @Test
    void hashesOneAfterTheOtherReuseOneBlockAndStayCorrect() {
        byte[] expected = reference.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, PASSWORD, SALT, PARAMS, 32);
        for (int i = 0; i < 5; i++) {
            assertThat(derive(engine, PARAMS)).isEqualTo(expected);
            assertThat(engine.idleBlocks()).isEqualTo(1);
        }
        // A larger m grows the block; a smaller one afterwards fits in it.
        Argon2Params larger = new Argon2Params(4096, 1, 1);
        assertThat(derive(engine, larger)).isEqualTo(reference.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, PASSWORD, SALT, larger, 32));
        assertThat(derive(engine, PARAMS)).isEqualTo(expected);
        assertThat(engine.idleBlocks()).isEqualTo(1);
    }

    @Test
    void blocksAreBoundedByTheHashesRunningAtOnceAndReleasedWhenIdle() throws Exception {
        int parallel = 3;
        ExecutorService threads = Executors.newFixedThreadPool(parallel);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return derive(engine, PARAMS);
                }, threads));
            }
            go.countDown();
            byte[] expected = reference.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, PASSWORD, SALT, PARAMS, 32);
            for (CompletableFuture<byte[]> r : results) assertThat(r.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
        } finally {
            threads.shutdownNow();
        }
        assertThat(engine.idleBlocks()).isBetween(1, parallel);

        engine.releaseIdleMemory();
        assertThat(engine.idleBlocks()).isZero();
        assertThat(derive(engine, PARAMS)).as("hashes again after the release").hasSize(32);
        assertThat(engine.idleBlocks()).isEqualTo(1);
    }

    @Test
    void aBlockAboveTheKeptSizeIsFreedAfterItsHash() {
        int kib = (int) (NativeArgon2Engine.MAX_KEPT_BYTES / 1024) + 1024;
        Argon2Params huge = new Argon2Params(kib, 1, 1);
        assertThat(derive(engine, huge)).hasSize(32);
        assertThat(engine.idleBlocks()).isZero();
    }
}
