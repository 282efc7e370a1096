package dev.gatehouse.password;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import de.mkammerer.argon2.Argon2Factory;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.generators.SCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

class PasswordHasherTest {

    /** Cheap parameters so the suite stays fast; one test runs the defaults. */
    private static final Argon2Params CHEAP = new Argon2Params(1024, 1, 1);
    private static final PasswordHasher NATIVE = PasswordHashers.create(CHEAP, "native");
    private static final PasswordHasher JAVA = PasswordHashers.create(CHEAP, "java");
    private static final String PASSWORD = "correct horse battery staple ünïcödé €";
    private static final Verification MATCH_CURRENT = new Verification(true, false);
    private static final Verification MATCH_REHASH = new Verification(true, true);
    private static final Verification NO_MATCH = new Verification(false, false);

    private static PasswordHasher hasher(String implementation) {
        return implementation.equals("native") ? NATIVE : JAVA;
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] salt(int length, int seed) {
        byte[] salt = new byte[length];
        for (int i = 0; i < length; i++) {
            salt[i] = (byte) (seed + 31 * i);
        }
        return salt;
    }

    // ---- Argon2id: round trip, format, cross-compatibility ----

    @ParameterizedTest
    @ValueSource(strings = {"native", "java"})
    void hashesToArgon2idPhcStringAndVerifies(String implementation) {
        PasswordHasher hasher = hasher(implementation);
        String encoded = hasher.hash(PASSWORD);

        assertThat(encoded).matches("\\$argon2id\\$v=19\\$m=1024,t=1,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify(PASSWORD, encoded)).isEqualTo(MATCH_CURRENT);
        assertThat(hasher.verify(PASSWORD + " ", encoded)).isEqualTo(NO_MATCH);
        assertThat(hasher.verify("correct horse battery staple", encoded)).isEqualTo(NO_MATCH);
        assertThat(hasher.name()).isEqualTo(implementation.equals("native") ? "argon2id-native" : "argon2id-bouncycastle");
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "java"})
    void usesAFreshSaltEveryTime(String implementation) {
        PasswordHasher hasher = hasher(implementation);
        String first = hasher.hash(PASSWORD);
        String second = hasher.hash(PASSWORD);
        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
    }

    @Test
    void nativeAndBouncyCastleVerifyEachOthersHashes() {
        String fromNative = NATIVE.hash(PASSWORD);
        String fromJava = JAVA.hash(PASSWORD);

        assertThat(JAVA.verify(PASSWORD, fromNative)).isEqualTo(MATCH_CURRENT);
        assertThat(NATIVE.verify(PASSWORD, fromJava)).isEqualTo(MATCH_CURRENT);
        assertThat(JAVA.verify("wrong", fromNative)).isEqualTo(NO_MATCH);
        assertThat(NATIVE.verify("wrong", fromJava)).isEqualTo(NO_MATCH);
    }

    @Test
    void bothEnginesComputeTheSameTagForTheSameInput() {
        byte[] salt = salt(16, 7);
        byte[] password = PASSWORD.getBytes(UTF_8);
        Argon2Params params = new Argon2Params(2048, 3, 2);
        for (Argon2Variant variant : Argon2Variant.values()) {
            for (int version : new int[] {Argon2Variant.VERSION_10, Argon2Variant.VERSION_13}) {
                byte[] nativeTag = new NativeArgon2Engine().derive(variant, version, password, salt, params, 32);
                byte[] javaTag = new BouncyCastleArgon2Engine().derive(variant, version, password, salt, params, 32);
                assertThat(nativeTag).as("%s v%d", variant, version).isEqualTo(javaTag);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "java"})
    void verifiesHashesWrittenByArgon2JvmItself(String implementation) {
        String encoded = Argon2Factory.create(Argon2Factory.Argon2Types.ARGON2id, 16, 32).hash(1, 1024, 1, PASSWORD.toCharArray(), UTF_8);
        assertThat(hasher(implementation).verify(PASSWORD, encoded)).isEqualTo(MATCH_CURRENT);
    }

    @Test
    void worksAtTheDefaultParameters() {
        PasswordHasher hasher = PasswordHashers.create(Argon2Params.defaults(), "auto");
        String encoded = hasher.hash(PASSWORD);

        assertThat(encoded).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        String[] fields = encoded.split("\\$");
        assertThat(Base64.getDecoder().decode(fields[4])).hasSize(16);
        assertThat(Base64.getDecoder().decode(fields[5])).hasSize(32);
        assertThat(hasher.verify(PASSWORD, encoded)).isEqualTo(MATCH_CURRENT);
        assertThat(hasher.verify("not it", encoded)).isEqualTo(NO_MATCH);
        assertThat(hasher.verifyDummy(PASSWORD)).isEqualTo(NO_MATCH);
        // linux-x86-64 is bundled in argon2-jvm, so auto must pick the native library here (libsodium takes t >= 3).
        assertThat(hasher.name()).isEqualTo("argon2id-native");
    }

    // ---- Published Argon2 vectors (phc-winner-argon2 src/test.c) ----

    @ParameterizedTest
    @ValueSource(strings = {"native", "java"})
    void verifiesReferenceArgon2VectorsAndAsksForRehash(String implementation) {
        PasswordHasher hasher = hasher(implementation);
        List<String> vectors = List.of(
                "$argon2id$v=19$m=256,t=2,p=1$c29tZXNhbHQ$nf65EOgLrQMR/uIPnA4rEsF5h7TKyQwu9U1bMCHGi/4",
                "$argon2id$v=19$m=256,t=2,p=2$c29tZXNhbHQ$bQk8UB/VmZZF4Oo79iDXuL5/0ttZwg2f/5U52iv1cDc",
                "$argon2i$v=19$m=256,t=2,p=1$c29tZXNhbHQ$iekCn0Y3spW+sCcFanM2xBT63UP2sghkUoHLIUpWRS8",
                // Version 1.0: no "v=" field.
                "$argon2i$m=256,t=2,p=1$c29tZXNhbHQ$/U3YPXYsSb3q9XxHvc0MLxur+GP960kN9j7emXX8zwY");
        for (String vector : vectors) {
            assertThat(hasher.verify("password", vector)).as(vector).isEqualTo(MATCH_REHASH);
            assertThat(hasher.verify("passwore", vector)).as(vector).isEqualTo(NO_MATCH);
        }
    }

    // ---- needsRehash for other Argon2 parameters ----

    @ParameterizedTest
    @ValueSource(strings = {"native", "java"})
    void asksForRehashWhenParametersDiffer(String implementation) {
        String weak = hasher(implementation).hash(PASSWORD);
        for (Argon2Params configured : List.of(
                new Argon2Params(2048, 1, 1),
                new Argon2Params(1024, 2, 1),
                new Argon2Params(1024, 1, 2),
                new Argon2Params(512, 1, 1))) {
            PasswordHasher stronger = PasswordHashers.create(configured, implementation);
            assertThat(stronger.verify(PASSWORD, weak)).as("%s", configured).isEqualTo(MATCH_REHASH);
            assertThat(stronger.verify("wrong", weak)).as("%s", configured).isEqualTo(NO_MATCH);
        }
    }

    @Test
    void asksForRehashForShortSaltOrOtherTagLength() {
        byte[] password = PASSWORD.getBytes(UTF_8);
        byte[] shortSalt = salt(8, 1);
        byte[] tag = bouncyCastleArgon2id(password, shortSalt, 32);
        assertThat(NATIVE.verify(PASSWORD, "$argon2id$v=19$m=1024,t=1,p=1$" + b64(shortSalt) + "$" + b64(tag)))
                .isEqualTo(MATCH_REHASH);

        byte[] salt = salt(16, 2);
        byte[] longTag = bouncyCastleArgon2id(password, salt, 64);
        assertThat(NATIVE.verify(PASSWORD, "$argon2id$v=19$m=1024,t=1,p=1$" + b64(salt) + "$" + b64(longTag)))
                .isEqualTo(MATCH_REHASH);
    }

    private static byte[] bouncyCastleArgon2id(byte[] password, byte[] salt, int length) {
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(1024).withIterations(1).withParallelism(1).withSalt(salt).build());
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }

    // ---- bcrypt ----

    @Test
    void verifiesPublishedBcryptVectors() {
        // OpenBSD / jBCrypt test vectors.
        assertThat(NATIVE.verify("abc", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i")).isEqualTo(MATCH_REHASH);
        assertThat(NATIVE.verify("abcdefghijklmnopqrstuvwxyz", "$2a$06$.rCVZVOThsIa97pEDOxvGuRRgzG64bvtJ0938xuqzv18d3ZpQhstC"))
                .isEqualTo(MATCH_REHASH);
        assertThat(NATIVE.verify("~!@#$%^&*()      ~!@#$%^&*()PNBFRD", "$2a$06$fPIsBO8qRqkjj273rfaOI.HtSV9jLDpTbZn782DC6/t7qT67P6FfO"))
                .isEqualTo(MATCH_REHASH);
        assertThat(NATIVE.verify("abd", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i")).isEqualTo(NO_MATCH);
        assertThat(NATIVE.verify("ab", "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i")).isEqualTo(NO_MATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2a", "2b", "2y"})
    void verifiesEachBcryptVariant(String version) {
        String encoded = OpenBSDBCrypt.generate(version, PASSWORD.getBytes(UTF_8), salt(16, 3), 4);
        assertThat(encoded).startsWith("$" + version + "$04$");
        assertThat(JAVA.verify(PASSWORD, encoded)).isEqualTo(MATCH_REHASH);
        assertThat(JAVA.verify(PASSWORD + "x", encoded)).isEqualTo(NO_MATCH);
    }

    @Test
    void neverTruncatesPasswordsForBcrypt() {
        String exactly72 = "a".repeat(72);
        String encoded = OpenBSDBCrypt.generate("2b", exactly72.getBytes(UTF_8), salt(16, 4), 4);
        assertThat(NATIVE.verify(exactly72, encoded)).isEqualTo(MATCH_REHASH);
        // Plain bcrypt ignores everything past byte 72, so this would log in elsewhere:
        assertThat(OpenBSDBCrypt.checkPassword(encoded, (exactly72 + "b").getBytes(UTF_8))).isTrue();
        assertThat(NATIVE.verify(exactly72 + "b", encoded)).isEqualTo(NO_MATCH);

        // 36 two-byte characters are 72 bytes; one more makes 74.
        String multiByte = "é".repeat(36);
        String encodedMultiByte = OpenBSDBCrypt.generate("2a", multiByte.getBytes(UTF_8), salt(16, 5), 4);
        assertThat(NATIVE.verify(multiByte, encodedMultiByte)).isEqualTo(MATCH_REHASH);
        assertThat(NATIVE.verify(multiByte + "é", encodedMultiByte)).isEqualTo(NO_MATCH);
    }

    // ---- scrypt ----

    @Test
    void verifiesRfc7914ScryptVectorInPasslibEncoding() {
        // RFC 7914 section 12: P="password", S="NaCl", N=1024, r=8, p=16, dkLen=64.
        byte[] dk = HexFormat.of().parseHex(
                "fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
                        + "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
        String encoded = "$scrypt$ln=10,r=8,p=16$" + b64("NaCl".getBytes(UTF_8)) + "$" + b64(dk);
        assertThat(NATIVE.verify("password", encoded)).isEqualTo(MATCH_REHASH);
        assertThat(NATIVE.verify("Password", encoded)).isEqualTo(NO_MATCH);
    }

    @Test
    void verifiesScryptAsPasslibWritesIt() {
        // passlib's defaults shape: 16-byte salt, 32-byte key, r=8, p=1 (ln lowered for speed).
        byte[] salt = salt(16, 6);
        byte[] key = SCrypt.generate(PASSWORD.getBytes(UTF_8), salt, 1 << 12, 8, 1, 32);
        String encoded = "$scrypt$ln=12,r=8,p=1$" + b64(salt) + "$" + b64(key);
        assertThat(JAVA.verify(PASSWORD, encoded)).isEqualTo(MATCH_REHASH);
        assertThat(JAVA.verify("wrong", encoded)).isEqualTo(NO_MATCH);
    }

    // ---- PBKDF2 ----

    @Test
    void verifiesPasslibPbkdf2Sha256Vector() {
        // passlib's own test vector (passlib/tests/test_handlers.py, pbkdf2_sha256_test).
        String encoded = "$pbkdf2-sha256$1212$4vjV83LKPjQzk31VI4E0Vw$hsYF68OiOUPdDZ1Fg.fJPeq1h/gXXY7acBp9/6c.tmQ";
        assertThat(NATIVE.verify("password", encoded)).isEqualTo(MATCH_REHASH);
        assertThat(NATIVE.verify("passwore", encoded)).isEqualTo(NO_MATCH);
    }

    @Test
    void verifiesRfc7914Pbkdf2Sha256VectorInPhcEncoding() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1, dkLen=64.
        byte[] dk = HexFormat.of().parseHex(
                "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                        + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        String encoded = "$pbkdf2-sha256$i=1$" + b64("salt".getBytes(UTF_8)) + "$" + b64(dk);
        assertThat(NATIVE.verify("passwd", encoded)).isEqualTo(MATCH_REHASH);
        assertThat(NATIVE.verify("passwd", "$pbkdf2-sha256$i=1,l=64$" + b64("salt".getBytes(UTF_8)) + "$" + b64(dk)))
                .isEqualTo(MATCH_REHASH);
        assertThat(NATIVE.verify("password", encoded)).isEqualTo(NO_MATCH);
    }

    @Test
    void verifiesPbkdf2Sha512InBothEncodings() throws Exception {
        byte[] salt = salt(16, 8);
        byte[] key = jdkPbkdf2("PBKDF2WithHmacSHA512", PASSWORD, salt, 1_000, 64);
        String passlib = "$pbkdf2-sha512$1000$" + b64(salt).replace('+', '.') + "$" + b64(key).replace('+', '.');
        String phc = "$pbkdf2-sha512$i=1000$" + b64(salt) + "$" + b64(key);
        for (String encoded : List.of(passlib, phc)) {
            assertThat(NATIVE.verify(PASSWORD, encoded)).as(encoded).isEqualTo(MATCH_REHASH);
            assertThat(NATIVE.verify("wrong", encoded)).as(encoded).isEqualTo(NO_MATCH);
        }
        byte[] key256 = jdkPbkdf2("PBKDF2WithHmacSHA256", PASSWORD, salt, 2_000, 32);
        String passlib256 = "$pbkdf2-sha256$2000$" + b64(salt).replace('+', '.') + "$" + b64(key256).replace('+', '.');
        assertThat(NATIVE.verify(PASSWORD, passlib256)).isEqualTo(MATCH_REHASH);
    }

    private static byte[] jdkPbkdf2(String algorithm, String password, byte[] salt, int iterations, int bytes) throws Exception {
        // The JDK's PBKDF2 takes the password as UTF-8 bytes of the chars.
        return SecretKeyFactory.getInstance(algorithm)
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, bytes * 8)).getEncoded();
    }

    // ---- Malformed, unknown and hostile input ----

    @Test
    void malformedOrUnknownStoredHashesNeverMatchNorThrow() {
        String goodSalt = b64(salt(16, 9));
        String goodHash = b64(salt(32, 10));
        List<String> bad = new ArrayList<>(List.of(
                "",
                "plaintext",
                "$",
                "$$$$",
                "$argon2id$",
                "$argon2id$v=19$m=1024,t=1,p=1$" + goodSalt,
                "$argon2id$v=19$m=1024,t=1,p=1$" + goodSalt + "$",
                "$argon2id$v=19$m=1024,t=1,p=1$" + goodSalt + "$" + goodHash + "$extra",
                "$argon2id$v=18$m=1024,t=1,p=1$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=abc,t=1,p=1$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=01024,t=1,p=1$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=-1024,t=1,p=1$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=4,t=1,p=1$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=99999999999,t=1,p=1$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=4194304,t=1,p=1$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=1024,t=0,p=1$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=1024,t=1,p=0$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=1024,t=1$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=1024,t=1,p=1,keyid=abc$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=1024,t=1,p=1,m=1024$" + goodSalt + "$" + goodHash,
                "$argon2id$v=19$m=1024,t=1,p=1$not*base64$" + goodHash,
                "$argon2id$v=19$m=1024,t=1,p=1$" + goodSalt + "$A",
                "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$" + goodHash,
                "$argon2id$v=19$m=1024,t=1,p=1$" + goodSalt + "$" + b64(new byte[4]),
                "$argon2x$v=19$m=1024,t=1,p=1$" + goodSalt + "$" + goodHash,
                "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0",
                "$2a$99$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i",
                "$2a$03$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i",
                "$2x$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0i",
                "$2a$06$If6bvum7DFjUnE9p2uDeDu0YHzrHM6tf.iqN8.yx.jNN1ILEf7h0*",
                "$scrypt$ln=0,r=8,p=1$" + goodSalt + "$" + goodHash,
                "$scrypt$ln=16,r=1,p=1$" + goodSalt + "$" + goodHash,
                "$scrypt$ln=30,r=8,p=1$" + goodSalt + "$" + goodHash,
                "$scrypt$ln=10,r=8$" + goodSalt + "$" + goodHash,
                "$scrypt$v=1$ln=10,r=8,p=1$" + goodSalt + "$" + goodHash,
                "$pbkdf2-sha256$0$" + goodSalt + "$" + goodHash,
                "$pbkdf2-sha256$-5$" + goodSalt + "$" + goodHash,
                "$pbkdf2-sha256$i=1000,l=16$" + goodSalt + "$" + goodHash,
                "$pbkdf2-sha256$i=1000,x=1$" + goodSalt + "$" + goodHash,
                "$pbkdf2-sha256$1000$" + goodSalt,
                "$pbkdf2-sha256$1000$" + goodSalt + "$" + b64(new byte[8]),
                "$pbkdf2-sha1$1000$" + goodSalt + "$" + goodHash,
                "$1$saltsalt$qjXMvbEw8oaL.CzflDugX/",
                "$6$rounds=5000$saltsalt$abc",
                "pbkdf2_sha256$600000$abc$xyz",
                "$argon2id$v=19$m=1024,t=1,p=1$\u0000$" + goodHash));
        bad.add(null);
        for (String encoded : bad) {
            assertThat(NATIVE.verify(PASSWORD, encoded)).as("%s", encoded).isEqualTo(NO_MATCH);
            assertThat(JAVA.verify(PASSWORD, encoded)).as("%s", encoded).isEqualTo(NO_MATCH);
        }
    }

    @Test
    void warnsAboutMalformedHashesWithoutLoggingThem() {
        Logger logger = (Logger) LoggerFactory.getLogger(Argon2PasswordHasher.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            String secretPart = "c2VjcmV0c2FsdHNhbHQ$SECRETHASHSECRETHASH";
            assertThat(NATIVE.verify(PASSWORD, "$argon2id$v=19$m=1024,t=1,p=1,foo=1$" + secretPart)).isEqualTo(NO_MATCH);
            assertThat(NATIVE.verify(PASSWORD, "$sha1$" + secretPart)).isEqualTo(NO_MATCH);
            assertThat(NATIVE.verify(PASSWORD, "SECRETHASH")).isEqualTo(NO_MATCH);
        } finally {
            logger.detachAppender(appender);
        }
        assertThat(appender.list).hasSize(3);
        assertThat(appender.list).allSatisfy(event -> {
            assertThat(event.getLevel().toString()).isEqualTo("WARN");
            assertThat(event.getFormattedMessage()).doesNotContain("SECRET").doesNotContain("c2Vj");
        });
        assertThat(appender.list.get(0).getFormattedMessage()).contains("argon2id").contains("unsupported parameter");
        assertThat(appender.list.get(1).getFormattedMessage()).contains("sha1").contains("unknown format");
    }

    @Test
    void refusesOverlongPasswordsWithoutHashing() {
        String atCap = "p".repeat(PasswordHasher.MAX_PASSWORD_CHARS);
        assertThat(NATIVE.verify(atCap, NATIVE.hash(atCap))).isEqualTo(MATCH_CURRENT);

        // A genuine hash of a 4097-character password still does not match: the cap comes first.
        String overCap = atCap + "p";
        byte[] salt = salt(16, 11);
        String encoded = "$argon2id$v=19$m=1024,t=1,p=1$" + b64(salt) + "$"
                + b64(bouncyCastleArgon2id(overCap.getBytes(UTF_8), salt, 32));
        assertThat(NATIVE.verify(overCap, encoded)).isEqualTo(NO_MATCH);
        assertThat(NATIVE.verifyDummy(overCap)).isEqualTo(NO_MATCH);
        assertThatThrownBy(() -> NATIVE.hash(overCap)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesEmptyPasswordsAndUnpairedSurrogates() {
        assertThatThrownBy(() -> NATIVE.hash("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> JAVA.hash("abc\uD800")).isInstanceOf(IllegalArgumentException.class);
        // String.getBytes would turn the lone surrogate into '?', making these two equal.
        String questionMark = NATIVE.hash("abc?");
        assertThat(NATIVE.verify("abc\uD800", questionMark)).isEqualTo(NO_MATCH);
        assertThat(NATIVE.verify("", questionMark)).isEqualTo(NO_MATCH);
        assertThat(NATIVE.verify("abc?", questionMark)).isEqualTo(MATCH_CURRENT);
    }

    // ---- Dummy verification ----

    @ParameterizedTest
    @ValueSource(strings = {"native", "java"})
    void dummyVerificationNeverMatchesAndCostsAboutAsMuchAsARealOne(String implementation) {
        PasswordHasher hasher = PasswordHashers.create(new Argon2Params(4_096, 2, 1), implementation);
        String real = hasher.hash(PASSWORD);
        for (int i = 0; i < 2; i++) { // warm up
            hasher.verify("wrong", real);
            hasher.verifyDummy("wrong");
        }
        long realNanos = Long.MAX_VALUE;
        long dummyNanos = Long.MAX_VALUE;
        // Thread CPU time, not wall time: both hashes run on this thread, and a busy machine
        // stretches wall time of one but not the other.
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 4; i++) {
            long start = threads.getCurrentThreadCpuTime();
            hasher.verify("wrong", real);
            long middle = threads.getCurrentThreadCpuTime();
            assertThat(hasher.verifyDummy(PASSWORD)).isEqualTo(NO_MATCH);
            long end = threads.getCurrentThreadCpuTime();
            realNanos = Math.min(realNanos, middle - start);
            dummyNanos = Math.min(dummyNanos, end - middle);
        }
        // Loose bound: the point is that the dummy runs a full hash, not a cheap shortcut.
        assertThat((double) dummyNanos).isBetween(realNanos * 0.3, realNanos * 3.0);
    }

    // ---- Factory and parameters ----

    @Test
    void factoryRejectsUnknownImplementationsAndIgnoresCase() {
        assertThatThrownBy(() -> PasswordHashers.create(CHEAP, "fast")).isInstanceOf(IllegalArgumentException.class);
        assertThat(PasswordHashers.create(CHEAP, " Java ").name()).isEqualTo("argon2id-bouncycastle");
        assertThat(PasswordHashers.create(CHEAP, "NATIVE").name()).isEqualTo("argon2id-native");
    }

    @Test
    void autoFallsBackToBouncyCastleWhenTheNativeLibraryIsMissingOrWrong() {
        Supplier<Argon2Engine> missing = () -> {
            throw new UnsatisfiedLinkError("no libargon2 here");
        };
        Supplier<Argon2Engine> loadsLazilyThenFails = () -> new Argon2Engine() {
            @Override
            public byte[] derive(Argon2Variant variant, int version, byte[] password, byte[] salt, Argon2Params params, int hashLength) {
                throw new UnsatisfiedLinkError("no libargon2 here");
            }

            @Override
            public String name() {
                return "native";
            }
        };
        Supplier<Argon2Engine> wrongAnswers = () -> new Argon2Engine() {
            @Override
            public byte[] derive(Argon2Variant variant, int version, byte[] password, byte[] salt, Argon2Params params, int hashLength) {
                return new byte[hashLength];
            }

            @Override
            public String name() {
                return "native";
            }
        };
        for (Supplier<Argon2Engine> loader : List.of(missing, loadsLazilyThenFails, wrongAnswers)) {
            PasswordHasher hasher = PasswordHashers.create(CHEAP, "auto", loader, (fallback, minIterations) -> {
                throw new UnsatisfiedLinkError("no libsodium here");
            });
            assertThat(hasher.name()).isEqualTo("argon2id-bouncycastle");
            assertThat(hasher.verify(PASSWORD, hasher.hash(PASSWORD))).isEqualTo(MATCH_CURRENT);
            assertThatThrownBy(() -> PasswordHashers.create(CHEAP, "native", loader)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void validatesParameters() {
        assertThat(Argon2Params.defaults()).isEqualTo(new Argon2Params(19_456, 2, 1));
        assertThatThrownBy(() -> new Argon2Params(15, 1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Params(1024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Params(1024, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Params(4096, 1, 256)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Argon2Params((1 << 20) + 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Argon2Params(16, 1, 2).memoryKib()).isEqualTo(16);
        assertThatThrownBy(() -> new Verification(false, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"native", "java"})
    void isSafeToShareBetweenThreads(String implementation) throws Exception {
        PasswordHasher hasher = hasher(implementation);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String password = PASSWORD + i;
                tasks.add(() -> {
                    String encoded = hasher.hash(password);
                    return hasher.verify(password, encoded).matches() && !hasher.verify(password + "!", encoded).matches();
                });
            }
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
