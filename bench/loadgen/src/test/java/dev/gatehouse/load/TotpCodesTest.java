package dev.gatehouse.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The generator's TOTP: RFC 6238 Appendix B vectors, base32, and the choice of the step a sign-in uses. */
class TotpCodesTest {
    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void rfc6238VectorsInSixDigits() {
        // Appendix B, SHA-1: the eight-digit values' last six digits (the modulus is 10^6 instead of 10^8).
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.step(59_000L))).isEqualTo("287082");
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.step(1_111_111_109_000L))).isEqualTo("081804");
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.step(1_234_567_890_000L))).isEqualTo("005924");
        assertThat(TotpCodes.code(RFC_SECRET, TotpCodes.step(20_000_000_000_000L))).isEqualTo("353130");
    }

    @Test
    void stepsAreFloorsOfThirtySeconds() {
        assertThat(TotpCodes.step(0)).isZero();
        assertThat(TotpCodes.step(29_999)).isZero();
        assertThat(TotpCodes.step(30_000)).isEqualTo(1);
        assertThat(TotpCodes.step(-1)).isEqualTo(-1);
    }

    @Test
    void base32AsEnrolmentShowsIt() {
        // RFC 4648 §10 test vectors, and the RFC 6238 secret as authenticator apps get it.
        assertThat(new String(TotpCodes.base32("MZXW6YTB"), StandardCharsets.US_ASCII)).isEqualTo("fooba");
        assertThat(new String(TotpCodes.base32("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThat(new String(TotpCodes.base32("mzxw6ytboi======"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThat(TotpCodes.base32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_SECRET);
        assertThat(TotpCodes.base32("")).isEmpty();
        assertThatThrownBy(() -> TotpCodes.base32("MZ1W")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachSignInTakesTheEarliestStepTheServerStillAccepts() {
        long now = 1000;
        // A user last seen long ago starts at the window's first step; then the next ones, up to now + 1.
        assertThat(TotpCodes.nextStep(0, now)).isEqualTo(999);
        assertThat(TotpCodes.nextStep(999, now)).isEqualTo(1000);
        assertThat(TotpCodes.nextStep(1000, now)).isEqualTo(1001);
        assertThat(TotpCodes.usable(1001, now)).isTrue();
        // Window spent: the next step is beyond it and opens one step later.
        assertThat(TotpCodes.nextStep(1001, now)).isEqualTo(1002);
        assertThat(TotpCodes.usable(1002, now)).isFalse();
        assertThat(TotpCodes.usable(1002, now + 1)).isTrue();
        assertThat(TotpCodes.usable(998, now)).isFalse();
    }

    @Test
    void theWebAuthnOriginOfTheTargetUrl() {
        assertThat(Scenarios.origin("http://127.0.0.1:18090")).isEqualTo("http://127.0.0.1:18090");
        assertThat(Scenarios.origin("http://localhost:18090/")).isEqualTo("http://localhost:18090");
        assertThat(Scenarios.origin("https://id.example.com/base")).isEqualTo("https://id.example.com");
    }
}
