package dev.gatehouse.mfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** RFC 6238 with the one-step window of API.md §7, and the shapes of secrets and recovery codes. */
class TotpTest {
    /** RFC 6238 Appendix B: the SHA-1 seed, ASCII "12345678901234567890". */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesMatchTheRfc6238TestVectorsCutToSixDigits() {
        // Appendix B gives eight digits; six are their last six (RFC 4226 §5.3: modulo 10^Digit).
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(20000000000L)))).isEqualTo("353130");
    }

    @Test
    void oneStepEitherSideIsAcceptedAndTwoAreNot() {
        Instant now = Instant.ofEpochSecond(1_750_000_000L);
        long current = Totp.step(now);
        for (long offset = -1; offset <= 1; offset++) {
            assertThat(Totp.match(SEED, Totp.code(SEED, current + offset), now, 0)).as("offset %d", offset)
                    .isEqualTo(OptionalLong.of(current + offset));
        }
        assertThat(Totp.match(SEED, Totp.code(SEED, current - 2), now, 0)).isEmpty();
        assertThat(Totp.match(SEED, Totp.code(SEED, current + 2), now, 0)).isEmpty();
    }

    @Test
    void aStepAtOrBeforeTheLastAcceptedOneIsAReplay() {
        Instant now = Instant.ofEpochSecond(1_750_000_000L);
        long current = Totp.step(now);
        String code = Totp.code(SEED, current);
        assertThat(Totp.match(SEED, code, now, current)).isEmpty();
        assertThat(Totp.match(SEED, Totp.code(SEED, current - 1), now, current)).isEmpty();
        assertThat(Totp.match(SEED, Totp.code(SEED, current + 1), now, current)).hasValue(current + 1);
    }

    @Test
    void malformedCodesNeverMatch() {
        Instant now = Instant.ofEpochSecond(1_750_000_000L);
        String code = Totp.code(SEED, Totp.step(now));
        for (String bad : new String[] {null, "", "12345", "1234567", " " + code.substring(1), code + " ", "١٢٣٤٥٦", "abcdef"}) {
            assertThat(Totp.match(SEED, bad, now, 0)).as(String.valueOf(bad)).isEmpty();
        }
    }

    @Test
    void base32FollowsRfc4648() {
        // RFC 4648 §10 test vectors, without padding.
        assertThat(Base32.encode("".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(Base32.encode("f".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MY");
        assertThat(Base32.encode("foob".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YQ");
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(Base32.encode(new byte[Totp.SECRET_BYTES])).hasSize(32);
    }

    @Test
    void recoveryCodesAreTenLongEnoughNeverAllDigitsAndDistinct() {
        for (int round = 0; round < 200; round++) {
            List<String> codes = RecoveryCodes.generate();
            assertThat(codes).hasSize(10).doesNotHaveDuplicates();
            for (String c : codes) {
                String plain = RecoveryCodes.normalize(c);
                assertThat(plain).hasSize(10);
                assertThat(plain.chars().allMatch(Character::isDigit)).isFalse();
            }
        }
    }

    @Test
    void recoveryCodesAreReadWhateverTheCaseDashesAndSpaces() {
        assertThat(RecoveryCodes.normalize("ABCDE-12345")).isEqualTo("abcde12345");
        assertThat(RecoveryCodes.normalize(" abcde 12345 ")).isEqualTo("abcde12345");
        assertThat(RecoveryCodes.normalize("abcde-1234")).isNull();
        assertThat(RecoveryCodes.normalize("abcde-1234i")).isNull(); // not in the alphabet
        assertThat(RecoveryCodes.normalize("x".repeat(10_000))).isNull();
        assertThat(RecoveryCodes.normalize(null)).isNull();
    }

    @Test
    void recoveryCodeHashesAreBoundToTheUserAndTheKey() {
        RecoveryCodes a = new RecoveryCodes(new byte[32]);
        byte[] other = new byte[32];
        other[0] = 1;
        assertThat(a.hash("u1", "abcde12345")).isEqualTo(a.hash("u1", "abcde12345"))
                .isNotEqualTo(a.hash("u2", "abcde12345"))
                .isNotEqualTo(new RecoveryCodes(other).hash("u1", "abcde12345"));
    }

    @Test
    void qrCodeIsAnSvgDocument() {
        String svg = QrSvg.of("otpauth://totp/example.com:alice?secret=MZXW6YTBOI&issuer=example.com");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>").contains("<path d=\"M");
    }
}
