package dev.gatehouse.account;

import static dev.gatehouse.account.PasswordPolicy.COMMON;
import static dev.gatehouse.account.PasswordPolicy.CONTAINS_USER_INFO;
import static dev.gatehouse.account.PasswordPolicy.TOO_LONG;
import static dev.gatehouse.account.PasswordPolicy.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final CommonPasswords SMALL_LIST = new CommonPasswords(List.of("password", "letmein", "sunshine"));
    private static final String STRONG = "violet-anchor-tundra-97";

    private final PasswordPolicy defaults = new PasswordPolicy(SMALL_LIST);

    @Test
    void defaultsAreFifteenToTenTwentyFour() {
        assertThat(defaults.minLength()).isEqualTo(15);
        assertThat(defaults.maxLength()).isEqualTo(1024);
    }

    @Test
    void minimumBelowEightIsRefused() {
        assertThatThrownBy(() -> new PasswordPolicy(7, 1024, SMALL_LIST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordPolicy(0, 1024, SMALL_LIST)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PasswordPolicy(8, 1024, SMALL_LIST).minLength()).isEqualTo(8);
    }

    @Test
    void maximumMustAllowSixtyFourAndTheMinimum() {
        assertThatThrownBy(() -> new PasswordPolicy(8, 63, SMALL_LIST)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordPolicy(100, 99, SMALL_LIST)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PasswordPolicy(8, 64, SMALL_LIST).maxLength()).isEqualTo(64);
        assertThatThrownBy(() -> new PasswordPolicy(15, 1024, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void acceptablePasswordHasNoViolations() {
        assertThat(defaults.violations(STRONG, "alice", "alice@example.com")).isEmpty();
    }

    @Test
    void shortPasswordIsTooShort() {
        assertThat(defaults.violations("fourteen-chars", null, null)).containsExactly(TOO_SHORT);
        assertThat(defaults.violations("fifteen-chars!!", null, null)).isEmpty();
        assertThat(defaults.violations("", null, null)).containsExactly(TOO_SHORT);
    }

    @Test
    void lengthIsCountedInCodePoints() {
        String fourteenEmoji = emoji(14); // 28 UTF-16 units
        String fifteenEmoji = emoji(15);
        assertThat(defaults.violations(fourteenEmoji, null, null)).containsExactly(TOO_SHORT);
        assertThat(defaults.violations(fifteenEmoji, null, null)).isEmpty();
    }

    @Test
    void lengthIsCountedAfterNfkc() {
        // Ligatures (U+FB00-FB04) are one code point each that NFKC expands to two or three: 6 code points
        // raw, 15 after.
        assertThat(defaults.violations("\uFB01\uFB03\uFB02\uFB04\uFB00\uFB03", null, null)).isEmpty();
        // e + combining acute composes to one code point: 16 code points raw, 8 after NFKC.
        assertThat(defaults.violations("e\u0301".repeat(8), null, null)).containsExactly(TOO_SHORT);
    }

    @Test
    void overTheCapIsTooLongAndNothingElse() {
        assertThat(defaults.violations(letters(1024), null, null)).isEmpty();
        assertThat(defaults.violations(letters(1025), null, null)).containsExactly(TOO_LONG);
        assertThat(defaults.violations("password".repeat(200), "password", null)).containsExactly(TOO_LONG);
    }

    @Test
    void capCountsCodePointsNotUtf16Units() {
        String maxEmoji = emoji(1024); // 2048 UTF-16 units, 1024 code points
        assertThat(defaults.violations(maxEmoji, null, null)).isEmpty();
        assertThat(defaults.violations(maxEmoji + "\uD83D\uDE00", null, null)).containsExactly(TOO_LONG);
    }

    @Test
    void hugePasswordIsRefusedWithoutNormalising() {
        // 1 MB (in UTF-16 units) of decomposed accents: normalising it would take milliseconds per call.
        String huge = "e\u0301".repeat(512 * 1024);
        assertThat(defaults.violations(huge, "alice", "alice@example.com")).containsExactly(TOO_LONG);
        int calls = 1_000;
        int tooLong = 0;
        long start = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            if (defaults.violations(huge, "alice", "alice@example.com").equals(List.of(TOO_LONG))) {
                tooLong++;
            }
        }
        long micros = (System.nanoTime() - start) / 1_000;
        assertThat(tooLong).isEqualTo(calls);
        // Normalising 1 MB a thousand times takes seconds; the cap check takes well under a millisecond.
        assertThat(micros / calls).as("microseconds per call").isLessThan(100);
    }

    @Test
    void commonPasswordIsReportedWithTooShort() {
        assertThat(defaults.violations("password", null, null)).containsExactly(TOO_SHORT, COMMON);
        PasswordPolicy eight = new PasswordPolicy(8, 1024, SMALL_LIST);
        assertThat(eight.violations("password", null, null)).containsExactly(COMMON);
        assertThat(eight.violations("PassWord", null, null)).containsExactly(COMMON);
        assertThat(eight.violations("\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44", null, null)).containsExactly(COMMON);
        assertThat(eight.violations("password-violet-anchor", null, null)).isEmpty(); // exact match only
    }

    @Test
    void bundledListCatchesLongCommonPasswords() {
        PasswordPolicy policy = new PasswordPolicy(CommonPasswords.bundled());
        assertThat(policy.violations("1qaz2wsx3edc4rfv", null, null)).containsExactly(COMMON);
        assertThat(policy.violations("1QAZ2WSX3EDC4RFV", null, null)).containsExactly(COMMON);
        assertThat(policy.violations("password", null, null)).containsExactly(TOO_SHORT, COMMON);
        assertThat(policy.violations(STRONG, null, null)).isEmpty();
    }

    @Test
    void passwordContainingTheUsernameIsRefused() {
        assertThat(defaults.violations("my-alice.smith-is-great", "alice.smith", null)).containsExactly(CONTAINS_USER_INFO);
        assertThat(defaults.violations("my-ALICE.SMITH-is-great", "alice.smith", null)).containsExactly(CONTAINS_USER_INFO);
        assertThat(defaults.violations("my-alice.smith-is-great", "Alice.Smith", null)).containsExactly(CONTAINS_USER_INFO);
        // Fullwidth username, normalised by NFKC before comparing.
        assertThat(defaults.violations("my-alice-is-great-too", "\uFF41\uFF4C\uFF49\uFF43\uFF45", null))
                .containsExactly(CONTAINS_USER_INFO);
        assertThat(defaults.violations("my-ali-ce-is-great-too", "alice", null)).isEmpty();
    }

    @Test
    void passwordContainingTheEmailLocalPartIsRefused() {
        assertThat(defaults.violations("xx-bob.jones-2024-xx", null, "Bob.Jones@example.com")).containsExactly(CONTAINS_USER_INFO);
        // The domain alone is not personal information.
        assertThat(defaults.violations("example.com-rocks-2024", null, "bob.jones@example.com")).isEmpty();
    }

    @Test
    void shortUserInfoIsIgnored() {
        assertThat(defaults.violations("xx-bo-violet-anchor", null, "bo@example.com")).isEmpty();
        assertThat(defaults.violations("xx-bob-violet-anchor", null, "bob@example.com")).containsExactly(CONTAINS_USER_INFO);
        assertThat(defaults.violations("xx-al-violet-anchor", "al", null)).isEmpty();
    }

    @Test
    void allRulesAreReportedInOrder() {
        assertThat(defaults.violations("sunshine", "sunshine", null)).containsExactly(TOO_SHORT, COMMON, CONTAINS_USER_INFO);
    }

    @Test
    void normalizeIsNfkcAndKeepsCase() {
        assertThat(PasswordPolicy.normalize("\uFF21\uFF42\uFF43")).isEqualTo("Abc");
        assertThat(PasswordPolicy.normalize("\uFB01x")).isEqualTo("fix");
        assertThat(PasswordPolicy.normalize("e\u0301")).isEqualTo("\u00E9");
        assertThat(PasswordPolicy.normalize("Tr0ub4dor&3")).isEqualTo("Tr0ub4dor&3");
    }

    @Test
    void nullPasswordIsAProgrammingError() {
        assertThatThrownBy(() -> defaults.violations(null, null, null)).isInstanceOf(NullPointerException.class);
    }

    /** {@code n} emoji (U+1F600-1F64F) in a fixed pseudo-random order, so that no estimate finds a pattern. */
    private static String emoji(int n) {
        java.util.Random random = new java.util.Random(n);
        StringBuilder out = new StringBuilder(2 * n);
        for (int i = 0; i < n; i++) out.appendCodePoint(0x1F600 + random.nextInt(80));
        return out.toString();
    }

    /** {@code n} letters and digits in a fixed pseudo-random order. */
    private static String letters(int n) {
        java.util.Random random = new java.util.Random(n);
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return out.toString();
    }
}
