package dev.gatehouse.password;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * libsodium's Argon2id against libargon2 and BouncyCastle: the same raw tags for the same inputs,
 * and every input libsodium does not take goes to the fallback. libsodium is expected on every
 * build machine (.ci/run installs libsodium23): a missing library fails here, it is not skipped.
 */
class SodiumArgon2EngineTest {

    private static final Argon2Params CHEAP = new Argon2Params(1024, 1, 1);
    /** Cheap, and enough passes for auto to pick libsodium. */
    private static final Argon2Params CHEAP_T3 = new Argon2Params(256, 3, 1);
    private static final NativeArgon2Engine NATIVE = new NativeArgon2Engine();
    private static final BouncyCastleArgon2Engine JAVA = new BouncyCastleArgon2Engine();
    private static final PasswordHashers.SodiumLoader NO_SODIUM = (fallback, minIterations) -> {
        throw new UnsatisfiedLinkError("Unable to load library 'sodium'");
    };

    private static SodiumArgon2Engine sodium;
    private static final AtomicInteger fallbackCalls = new AtomicInteger();

    /** libargon2, counting the hashes libsodium handed on. */
    private static final Argon2Engine COUNTING_FALLBACK = new Argon2Engine() {
        @Override
        public byte[] derive(Argon2Variant variant, int version, byte[] password, byte[] salt, Argon2Params params, int hashLength) {
            fallbackCalls.incrementAndGet();
            return NATIVE.derive(variant, version, password, salt, params, hashLength);
        }

        @Override
        public String name() {
            return "native";
        }
    };

    @BeforeAll
    static void loadLibsodium() {
        try {
            sodium = new SodiumArgon2Engine(COUNTING_FALLBACK, 1);
        } catch (UnsatisfiedLinkError e) {
            fail("libsodium is not installed (Debian: apt-get install libsodium23; .ci/run does): " + e.getMessage());
        }
    }

    private static byte[] random(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    @Test
    void knownAnswerIsWhatLibargon2AndBouncyCastleCompute() {
        byte[] password = "password".getBytes(UTF_8);
        Argon2Params params = PasswordHashers.SODIUM_KAT_PARAMS;
        for (Argon2Engine engine : List.of(NATIVE, JAVA, sodium)) {
            assertThat(engine.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, password, PasswordHashers.SODIUM_KAT_SALT,
                    params, 32)).as(engine.name()).isEqualTo(PasswordHashers.SODIUM_KAT_TAG);
        }
        assertThat(sodium.describe()).startsWith("libsodium 1.").endsWith("for Argon2id with p=1, t>=1, else native");
    }

    @Test
    void computesTheSameTagsAsLibargon2AndBouncyCastleForRandomInputs() {
        Random random = new Random(20261205);
        List<Argon2Params> paramSets = List.of(new Argon2Params(8, 1, 1), new Argon2Params(64, 3, 1),
                new Argon2Params(1024, 2, 1), new Argon2Params(7168, 5, 1), new Argon2Params(19_456, 2, 1));
        String[] texts = {"pässwörd €", "密码🔑", "nul\0inside", "\0", "correct horse battery staple"};
        int before = fallbackCalls.get();
        int checked = 0;
        for (Argon2Params params : paramSets) {
            for (int i = 0; i < 4; i++) {
                byte[] password = i < texts.length - 1 ? texts[(i + paramSets.indexOf(params)) % texts.length].getBytes(UTF_8)
                        : random(random, 1 + random.nextInt(200)); // arbitrary bytes, NULs and invalid UTF-8 included
                byte[] salt = random(random, SodiumArgon2Engine.SALT_BYTES);
                int hashLength = List.of(16, 32, 64, 97).get(random.nextInt(4));
                byte[] expected = NATIVE.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, password, salt, params, hashLength);
                byte[] actual = sodium.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, password, salt, params, hashLength);
                assertThat(actual).as("%s, %d-byte password, %d-byte tag", params, password.length, hashLength).isEqualTo(expected);
                if (params.memoryKib() <= 1024) {
                    assertThat(JAVA.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, password, salt, params, hashLength))
                            .isEqualTo(expected);
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(20);
        assertThat(fallbackCalls.get()).as("libsodium computed them all itself").isEqualTo(before);
    }

    @Test
    void handsEveryHashItDoesNotComputeToTheFallbackUnchanged() {
        byte[] password = "pässwörd\0€".getBytes(UTF_8);
        byte[] salt16 = random(new Random(1), 16);
        record Input(Argon2Variant variant, int version, byte[] salt, Argon2Params params, int hashLength) { }
        List<Input> others = List.of(
                new Input(Argon2Variant.ARGON2I, Argon2Variant.VERSION_13, salt16, CHEAP, 32),
                new Input(Argon2Variant.ARGON2D, Argon2Variant.VERSION_13, salt16, CHEAP, 32),
                new Input(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_10, salt16, CHEAP, 32),
                new Input(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, salt16, new Argon2Params(1024, 1, 2), 32),
                new Input(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, "somesalt".getBytes(UTF_8), CHEAP, 32),
                new Input(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, random(new Random(2), 32), CHEAP, 32),
                new Input(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, salt16, CHEAP, 8));
        for (Input in : others) {
            int before = fallbackCalls.get();
            byte[] tag = sodium.derive(in.variant(), in.version(), password, in.salt(), in.params(), in.hashLength());
            assertThat(fallbackCalls.get()).as("%s", in).isEqualTo(before + 1);
            assertThat(tag).isEqualTo(JAVA.derive(in.variant(), in.version(), password, in.salt(), in.params(), in.hashLength()));
        }
    }

    @Test
    void autoLeavesHashesWithFewerThanThreePassesToTheFallback() {
        SodiumArgon2Engine auto = new SodiumArgon2Engine(COUNTING_FALLBACK, SodiumArgon2Engine.AUTO_MIN_ITERATIONS);
        byte[] password = "pässwörd".getBytes(UTF_8);
        byte[] salt = random(new Random(3), 16);
        for (int t = 1; t <= 4; t++) {
            Argon2Params params = new Argon2Params(64, t, 1);
            int before = fallbackCalls.get();
            assertThat(auto.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, password, salt, params, 32))
                    .isEqualTo(JAVA.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, password, salt, params, 32));
            assertThat(fallbackCalls.get() - before).as("t=%d", t).isEqualTo(t < 3 ? 1 : 0);
            assertThat(auto.name(params)).isEqualTo(t < 3 ? "native" : "sodium");
        }
        assertThat(PasswordHashers.create(Argon2Params.defaults(), "auto").name()).isEqualTo("argon2id-native");
        assertThat(PasswordHashers.create(new Argon2Params(7168, 5, 1), "auto").name()).isEqualTo("argon2id-sodium");
        assertThat(PasswordHashers.create(CHEAP, "sodium").name()).isEqualTo("argon2id-sodium");
    }

    @Test
    void autoPicksLibsodiumAndVerifiesEveryStoredArgon2Hash() {
        PasswordHasher auto = PasswordHashers.create(CHEAP_T3, "auto");
        PasswordHasher nativeHasher = PasswordHashers.create(CHEAP_T3, "native");
        assertThat(auto.name()).isEqualTo("argon2id-sodium");
        assertThat(PasswordHashers.create(CHEAP_T3, " Sodium ").name()).isEqualTo("argon2id-sodium");

        String password = "pässwörd \0 €";
        String fromSodium = auto.hash(password);
        String fromNative = nativeHasher.hash(password);
        assertThat(nativeHasher.verify(password, fromSodium)).isEqualTo(new Verification(true, false));
        assertThat(auto.verify(password, fromNative)).isEqualTo(new Verification(true, false));
        assertThat(auto.verify(password + "x", fromNative).matches()).isFalse();
        // Reference vectors (phc-winner-argon2 src/test.c): 8-byte salts, p=2, argon2i, v1.0; all via the fallback.
        for (String vector : List.of(
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc",
                "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8",
                "$argon2i$m=256,t=2,p=1$c29tZXNhbHQ$/U3YPXYsSb3q9XxHvc0MLxur+GP960kN9j7emXX8zwY")) {
            assertThat(auto.verify("password", vector)).as(vector).isEqualTo(new Verification(true, true));
            assertThat(auto.verify("passwore", vector).matches()).as(vector).isFalse();
        }
    }

    @Test
    void withoutLibsodiumAutoSaysSoOnceAndRunsOnLibargon2() {
        Logger log = (Logger) LoggerFactory.getLogger(PasswordHashers.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        log.addAppender(appender);
        try {
            PasswordHasher hasher = PasswordHashers.create(CHEAP_T3, "auto", NativeArgon2Engine::new, NO_SODIUM);
            assertThat(hasher.name()).isEqualTo("argon2id-native");
            assertThat(hasher.verify("pw", hasher.hash("pw")).matches()).isTrue();
        } finally {
            log.detachAppender(appender);
        }
        List<ILoggingEvent> aboutSodium = appender.list.stream().filter(e -> e.getFormattedMessage().contains("libsodium")).toList();
        assertThat(aboutSodium).hasSize(1);
        assertThat(aboutSodium.get(0).getLevel()).isEqualTo(Level.INFO);
        assertThat(aboutSodium.get(0).getFormattedMessage()).contains("Unable to load library 'sodium'", "native");

        assertThatThrownBy(() -> PasswordHashers.create(CHEAP, "sodium", NativeArgon2Engine::new, NO_SODIUM))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("libsodium");
    }

    @Test
    void aLibraryAnsweringWrongIsNotUsed() {
        PasswordHashers.SodiumLoader wrong = (fallback, minIterations) -> new Argon2Engine() {
            @Override
            public byte[] derive(Argon2Variant variant, int version, byte[] password, byte[] salt, Argon2Params params, int hashLength) {
                return salt.length == SodiumArgon2Engine.SALT_BYTES ? new byte[hashLength]
                        : fallback.derive(variant, version, password, salt, params, hashLength);
            }

            @Override
            public String name() {
                return "sodium";
            }
        };
        assertThat(PasswordHashers.create(CHEAP_T3, "auto", NativeArgon2Engine::new, wrong).name()).isEqualTo("argon2id-native");
        assertThatThrownBy(() -> PasswordHashers.create(CHEAP, "sodium", NativeArgon2Engine::new, wrong))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("known-answer");
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                byte[] password = ("pässwörd " + i).getBytes(UTF_8);
                byte[] salt = random(new Random(i), 16);
                tasks.add(() -> java.util.Arrays.equals(
                        sodium.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, password, salt, CHEAP, 32),
                        NATIVE.derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13, password, salt, CHEAP, 32)));
            }
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
