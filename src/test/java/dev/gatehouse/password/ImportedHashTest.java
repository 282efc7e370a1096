package dev.gatehouse.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.testing.ForeignHashes;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@code password_hash} accepts at import (API.md §8): every verified kind, within cost bounds; nothing else. */
class ImportedHashTest {
    private static final PasswordHasher HASHER = PasswordHashers.create(new Argon2Params(1024, 1, 1), "java");
    private static final String PASSWORD = "the password from the old system";
    private static final String SALT = "c29tZXNhbHRzb21lc2FsdA";
    private static final String HASH32 = Base64.getEncoder().withoutPadding().encodeToString(new byte[32]);
    static final java.util.List<String> KINDS = ForeignHashes.KINDS;

    @ParameterizedTest
    @FieldSource("KINDS")
    void problemWhenHashOfAnotherImplementationThenNoneAndTheVerifierMatchesIt(String kind) {
        String hash = ForeignHashes.hash(kind, PASSWORD);
        assertThat(ImportedHash.problem(hash)).as(hash).isEmpty();
        assertThat(HASHER.verify(PASSWORD, hash)).isEqualTo(new Verification(true, true));
        assertThat(HASHER.verify(PASSWORD + "!", hash).matches()).isFalse();
    }

    /** Parameters a login would pay for on every attempt: refused, just above each bound, accepted at it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$2b$16$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123|too_costly",
            "$2a$31$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123|too_costly",
            "$2y$15$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123|",
            "$scrypt$ln=19,r=8,p=1$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|too_costly",
            "$scrypt$ln=18,r=8,p=1$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|",
            "$scrypt$ln=14,r=8,p=64$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|too_costly",
            "$scrypt$ln=22,r=2,p=1$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|too_costly",
            "$pbkdf2-sha256$i=2000001$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|too_costly",
            "$pbkdf2-sha512$i=10000000$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|too_costly",
            "$pbkdf2-sha256$2000000$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|",
            "$argon2id$v=19$m=1048576,t=1,p=1$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|too_costly",
            "$argon2id$v=19$m=262144,t=5,p=1$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|too_costly",
            "$argon2id$v=19$m=262144,t=4,p=4$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|",
            "$argon2id$v=19$m=65536,t=3,p=32$" + SALT + "$" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA|too_costly",
    })
    void problemWhenParametersBeyondImportBoundsThenTooCostly(String hash, String code) {
        assertThat(ImportedHash.problem(hash).map(ImportedHash.Problem::code)).isEqualTo(Optional.ofNullable(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$2b$10$short",
            "$2b$03$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123",
            "$2b$1x$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123",
            "$2b$10$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz012345",
            "$2x$10$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123",
            "$argon2id$v=19$m=abc,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=0,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=1,p=1$c2FsdA$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=1,p=1,keyid=x$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=18$m=65536,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=1,p=1$c2FsdHNhbHQ$aGFzaA",
            "$argon2id$v=19$m=65536,t=1,p=1$c2FsdHNhbHQ$",
            "$argon2id$v=19$m=65536,t=1,p=1$$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=065536,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=99999999999,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$scrypt$ln=10,r=8$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$scrypt$ln=10,r=8,p=1,x=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$scrypt$ln=-1,r=8,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$scrypt$ln=10,r=0,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$pbkdf2-sha256$i=0$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$pbkdf2-sha256$i=1000$c2FsdHNhbHQ$a!b",
            "$pbkdf2-sha256$i=1000,l=99$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$pbkdf2-sha256$i=1000$$aGFzaGhhc2hoYXNoaGFzaA",
            "$pbkdf2-sha256$i=1000$c2FsdHNhbHQ",
            "$pbkdf2-sha256$i=1000$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA$extra",
            "$pbkdf2-sha512$99999999999999999999$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=65536,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA\n",
            "$argon2id$v=19$m=65536,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFz\u0430",
            " $2b$10$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123",
            "$2b$10$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123\u0000",
    })
    void problemWhenMalformedThenMalformed(String hash) {
        assertThat(ImportedHash.problem(hash)).as(hash).get().extracting(ImportedHash.Problem::code).isEqualTo("malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plaintext password", "$1$saltsalt$hash", "$5$rounds=5000$salt$hash", "$6$salt$hash",
            "{SSHA}c2FsdGVkaGFzaA==", "$md5$salt$hash", "pbkdf2_sha256$600000$salt$hash", "$pbkdf2$1000$salt$hash",
            "$argon2x$v=19$m=65536,t=1,p=1$c2FsdHNhbHQ$aGFzaA", "$s0$e0801$salt$hash", "sha1$salt$hash", "$"})
    void problemWhenNotAVerifiedSchemeThenUnsupported(String hash) {
        assertThat(ImportedHash.problem(hash)).as(hash).get().extracting(ImportedHash.Problem::code).isIn("unsupported", "malformed");
    }

    @Test
    void problemWhenHugeThenTooLongWithoutParsing() {
        String huge = "$argon2id$v=19$m=65536,t=1,p=1$" + SALT + "$" + "A".repeat(10_000_000);
        long started = System.nanoTime();
        assertThat(ImportedHash.problem(huge)).get().extracting(ImportedHash.Problem::code).isEqualTo("too_long");
        assertThat(System.nanoTime() - started).isLessThan(1_000_000_000L);
        assertThat(ImportedHash.problem("$pbkdf2-sha256$i=1000$" + SALT + "$" + "A".repeat(1100)))
                .get().extracting(ImportedHash.Problem::code).isEqualTo("too_long");
    }

    @Test
    void problemDetailNeverQuotesTheHash() {
        String hash = "$2b$16$abcdefghijklmnopqrstuu/abcdefghijklmnopqrstuvwxyz0123";
        assertThat(ImportedHash.problem(hash).orElseThrow().detail()).contains("16").doesNotContain("abcdefghij");
    }

    /** The PHC strings built from exported parts (Keycloak) are what the verifier reads. */
    @Test
    void builtStringsWhenPartsOfARealHashThenVerify() {
        Argon2Params params = new Argon2Params(2048, 2, 1);
        byte[] salt = "0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tag = new BouncyCastleArgon2Engine().derive(Argon2Variant.ARGON2ID, Argon2Variant.VERSION_13,
                PASSWORD.getBytes(java.nio.charset.StandardCharsets.UTF_8), salt, params, 32);
        String argon2 = ImportedHash.argon2("id", 0x13, 2048, 2, 1, salt, tag);
        assertThat(argon2).startsWith("$argon2id$v=19$m=2048,t=2,p=1$");
        assertThat(ImportedHash.problem(argon2)).isEmpty();
        assertThat(HASHER.verify(PASSWORD, argon2).matches()).isTrue();

        String pbkdf2 = ImportedHash.pbkdf2("sha512", 1000, salt, Base64.getDecoder().decode(HASH32));
        assertThat(pbkdf2).startsWith("$pbkdf2-sha512$i=1000,l=32$");
        assertThat(ImportedHash.problem(pbkdf2)).isEmpty();

        assertThatThrownBy(() -> ImportedHash.argon2("x", 0x13, 2048, 2, 1, salt, tag)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportedHash.argon2("id", 0x13, 4, 2, 1, salt, tag)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImportedHash.pbkdf2("sha1", 1000, salt, tag)).isInstanceOf(IllegalArgumentException.class);
    }
}
