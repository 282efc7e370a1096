package dev.gatehouse.account;

import static dev.gatehouse.account.Identifiers.INVALID;
import static dev.gatehouse.account.Identifiers.INVALID_CHARACTERS;
import static dev.gatehouse.account.Identifiers.MIXED_SCRIPT;
import static dev.gatehouse.account.Identifiers.TOO_LONG;
import static dev.gatehouse.account.Identifiers.TOO_SHORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifiersTest {

    // ---- normalisation

    @Test
    void usernameIsNfkcAndCaseFolded() {
        assertThat(Identifiers.normalizeUsername("Alice")).isEqualTo("alice");
        assertThat(Identifiers.normalizeUsername("\uFF21\uFF4C\uFF49\uFF43\uFF45")).isEqualTo("alice"); // fullwidth
        assertThat(Identifiers.normalizeUsername("Jos\u0065\u0301")).isEqualTo("jos\u00E9"); // composed
        assertThat(Identifiers.normalizeUsername("\uFB01ona")).isEqualTo("fiona"); // ligature
        assertThat(Identifiers.normalizeUsername("Stra\u00DFe")).isEqualTo(Identifiers.normalizeUsername("STRASSE"));
        assertThat(Identifiers.normalizeUsername("\u039F\u0394\u039F\u03A3")) // Greek capitals
                .isEqualTo(Identifiers.normalizeUsername("\u03BF\u03B4\u03BF\u03C2"));
    }

    @Test
    void turkishDottedAndDotlessIFoldToPlainI() {
        assertThat(Identifiers.normalizeUsername("\u0130lker")).isEqualTo("ilker");
        assertThat(Identifiers.normalizeUsername("\u0131lker")).isEqualTo("ilker");
        assertThat(Identifiers.usernameProblem("\u0130lker")).isNull();
    }

    @Test
    void normalisationDoesNotTrim() {
        assertThat(Identifiers.normalizeUsername(" alice ")).isEqualTo(" alice ");
        assertThat(Identifiers.normalizeEmail(" a@b.co")).startsWith(" ");
    }

    @Test
    void emailIsNfkcAndCaseFoldedAsAWhole() {
        assertThat(Identifiers.normalizeEmail("Bob.Jones@Example.COM")).isEqualTo("bob.jones@example.com");
        assertThat(Identifiers.normalizeEmail("bob\uFF20example.com")).isEqualTo("bob@example.com"); // fullwidth at
    }

    @Test
    void foldIsIdempotent() {
        for (String s : List.of("Alice", "Stra\u00DFe", "\u0130stanbul", "\u03A3\u03AF\u03C3\u03C5\u03C6\u03BF\u03C2",
                "\uFB03x", "\u1E9E", "K\u212A", "\u01C5ungla", "\u1F88")) {
            String once = Identifiers.fold(s);
            assertThat(Identifiers.fold(once)).as(s).isEqualTo(once);
        }
    }

    @Test
    void foldIsIdempotentForEveryCasedOrDecomposableCodePoint() {
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String c = Character.toString(cp);
            boolean relevant = Character.isLowerCase(cp) || Character.isUpperCase(cp) || Character.isTitleCase(cp)
                    || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                    || !Normalizer.isNormalized(c, Normalizer.Form.NFKC);
            if (!relevant || Character.getType(cp) == Character.SURROGATE) {
                continue;
            }
            String s = "a" + c + "\u03C3"; // a following sigma exercises the final-sigma rule
            String once = Identifiers.fold(s);
            if (!Identifiers.fold(once).equals(once)) {
                throw new AssertionError("fold is not idempotent for U+" + Integer.toHexString(cp));
            }
        }
    }

    @Test
    void normaliseRejectsNull() {
        assertThatThrownBy(() -> Identifiers.normalizeUsername(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Identifiers.normalizeEmail(null)).isInstanceOf(NullPointerException.class);
    }

    // ---- usernames

    @ParameterizedTest
    @ValueSource(strings = {"alice", "Alice_Smith-99", "a.b", "bob", "j\u00FCrgen", "\u0438\u0432\u0430\u043D", // ivan
            "\u03B3\u03B9\u03CE\u03C1\u03B3\u03BF\u03C2", "\u5C71\u7530\u305F\u308D\u3046", // Han + Hiragana
            "\u30E4\u30DE\u30C0\u30FC", "\uAE40\u6C11\u4FCA", "\u0926\u0947\u0935\u093E\u0928\u0902\u0926", // Devanagari with marks
            "user2024", "\u0438\u0432\u0430\u043D_99"})
    void validUsernames(String raw) {
        assertThat(Identifiers.usernameProblem(raw)).isNull();
    }

    @Test
    void usernameLengthInCodePoints() {
        assertThat(Identifiers.usernameProblem("ab")).isEqualTo(TOO_SHORT);
        assertThat(Identifiers.usernameProblem("")).isEqualTo(TOO_SHORT);
        assertThat(Identifiers.usernameProblem("abc")).isNull();
        assertThat(Identifiers.usernameProblem("a".repeat(64))).isNull();
        assertThat(Identifiers.usernameProblem("a".repeat(65))).isEqualTo(TOO_LONG);
        assertThat(Identifiers.usernameProblem("\uD840\uDC00".repeat(64))).isNull(); // CJK Ext. B, 128 UTF-16 units
        assertThat(Identifiers.usernameProblem("a".repeat(1_000_000))).isEqualTo(TOO_LONG);
    }

    @Test
    void usernameWithSurroundingWhitespaceIsInvalid() {
        assertThat(Identifiers.usernameProblem(" alice")).isEqualTo(INVALID);
        assertThat(Identifiers.usernameProblem("alice ")).isEqualTo(INVALID);
        assertThat(Identifiers.usernameProblem("alice\n")).isEqualTo(INVALID);
        assertThat(Identifiers.usernameProblem("\u00A0alice")).isEqualTo(INVALID); // no-break space
        assertThat(Identifiers.usernameProblem("\u3000alice")).isEqualTo(INVALID); // ideographic space
    }

    @Test
    void usernameThatLooksLikeAnEmailIsInvalid() {
        assertThat(Identifiers.usernameProblem("alice@example.com")).isEqualTo(INVALID);
        assertThat(Identifiers.usernameProblem("alice\uFF20example")).isEqualTo(INVALID); // fullwidth at
    }

    @ParameterizedTest
    @ValueSource(strings = {"ali ce", "ali\u200Dce", "ali\u200Bce", "ali\u00ADce", "ali\u202Ece", "ali\u0007ce",
            "ali\tce", "alice!", "ali/ce", "ali+ce", "alice\uD83D\uDE00", "\u3164\u3164\u3164", "a\u3164bc",
            "ali\u0307ce", "i\u0307\u0307\u0307", "\u0301abc", "ali\uFE0Fce", "ali\uE000ce"})
    void usernameWithForbiddenCharacters(String raw) {
        assertThat(Identifiers.usernameProblem(raw)).isEqualTo(INVALID_CHARACTERS);
    }

    @Test
    void mixedScriptUsernamesAreRefused() {
        assertThat(Identifiers.usernameProblem("p\u0430ypal")).isEqualTo(MIXED_SCRIPT); // Cyrillic a in Latin
        assertThat(Identifiers.usernameProblem("\u0440aypal")).isEqualTo(MIXED_SCRIPT); // Cyrillic er first
        assertThat(Identifiers.usernameProblem("ad\u03BFbe")).isEqualTo(MIXED_SCRIPT); // Greek omicron
        assertThat(Identifiers.usernameProblem("\u3072\uD55C\u3042")).isEqualTo(MIXED_SCRIPT); // Hiragana + Hangul
        assertThat(Identifiers.usernameProblem("abc\u0663")).isEqualTo(MIXED_SCRIPT); // Arabic-Indic digit
    }

    @Test
    void digitsAndPunctuationAreScriptNeutral() {
        assertThat(Identifiers.usernameProblem("\u0438\u0432\u0430\u043D-1990.x")).isEqualTo(MIXED_SCRIPT);
        assertThat(Identifiers.usernameProblem("\u0438\u0432\u0430\u043D-1990")).isNull();
        assertThat(Identifiers.usernameProblem("007")).isNull();
        assertThat(Identifiers.usernameProblem("\u03BB_42")).isNull();
    }

    @Test
    void nullUsernameIsInvalid() {
        assertThat(Identifiers.usernameProblem(null)).isEqualTo(INVALID);
    }

    // ---- emails

    @ParameterizedTest
    @ValueSource(strings = {"alice@example.com", "Alice.Smith+tag@mail.example.co.uk", "o'brien@example.ie",
            "x@a.io", "j\u00FCrgen@m\u00FCller.de", "user_1-2@sub-domain.example.org", "a!#$%&'*/=?^`{|}~@example.com"})
    void validEmails(String raw) {
        assertThat(Identifiers.emailProblem(raw)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"alice", "alice@", "@example.com", "a@b@example.com", "alice@localhost",
            "\"alice\"@example.com", ".alice@example.com", "alice.@example.com", "al..ice@example.com",
            "alice@[192.0.2.1]", "alice@example.", "alice@.example.com", "alice@exa..mple.com",
            "alice@-example.com", "alice@example-.com", "alice@example.123", " alice@example.com",
            "alice@example.com "})
    void invalidEmails(String raw) {
        assertThat(Identifiers.emailProblem(raw)).isEqualTo(INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ali ce@example.com", "alice@exa mple.com", "ali\u200Bce@example.com", "ali\u0000ce@example.com",
            "ali(ce)@example.com", "ali,ce@example.com", "alice@exa_mple.com", "ali\\ce@example.com",
            "alice@ex\u00A0ample.com"})
    void emailsWithForbiddenCharacters(String raw) {
        assertThat(Identifiers.emailProblem(raw)).isEqualTo(INVALID_CHARACTERS);
    }

    @Test
    void emailLengthLimits() {
        String local64 = "a".repeat(64);
        assertThat(Identifiers.emailProblem(local64 + "@example.com")).isNull();
        assertThat(Identifiers.emailProblem(local64 + "a@example.com")).isEqualTo(TOO_LONG);
        String domain = "d".repeat(60) + "." + "e".repeat(60) + "." + "f".repeat(60) + "." + "g".repeat(60) + ".com";
        String total254 = "a".repeat(254 - 1 - domain.length()) + "@" + domain;
        assertThat(total254).hasSize(254);
        assertThat(Identifiers.emailProblem(total254)).isNull();
        assertThat(Identifiers.emailProblem("a" + total254)).isEqualTo(TOO_LONG);
        assertThat(Identifiers.emailProblem("a@" + "b".repeat(64) + ".com")).isEqualTo(INVALID); // label > 63
        assertThat(Identifiers.emailProblem("a".repeat(1_000_000) + "@example.com")).isEqualTo(TOO_LONG);
    }

    @Test
    void nullOrEmptyEmailIsInvalid() {
        assertThat(Identifiers.emailProblem(null)).isEqualTo(INVALID);
        assertThat(Identifiers.emailProblem("")).isEqualTo(INVALID);
    }

    // ---- skeleton

    @Test
    void skeletonMapsCyrillicAndGreekLookAlikes() {
        assertThat(Identifiers.skeleton("\u0440\u0430\u0443\u0440\u0430\u0456")).isEqualTo("paypai");
        assertThat(Identifiers.skeleton("\u0430\u0435\u043E\u0440\u0441\u0445\u0443\u0456\u0455\u0458"))
                .isEqualTo("aeopcxyisj");
        assertThat(Identifiers.skeleton("\u03BF\u03BD\u03C1\u03B1")).isEqualTo("ovpa");
    }

    @Test
    void skeletonMapsDigitLookAlikes() {
        assertThat(Identifiers.skeleton("g00gle")).isEqualTo("google");
        assertThat(Identifiers.skeleton("pay1")).isEqualTo(Identifiers.skeleton("payl"));
        assertThat(Identifiers.skeleton("l")).isEqualTo("l");
    }

    @Test
    void skeletonFindsASingleScriptLookAlikeOfALatinName() {
        // All-Cyrillic "рау" passes the mixed-script rule, so the skeleton is what catches it.
        String cyrillic = "\u0440\u0430\u0443";
        assertThat(Identifiers.usernameProblem(cyrillic)).isNull();
        assertThat(Identifiers.skeleton(Identifiers.normalizeUsername(cyrillic)))
                .isEqualTo(Identifiers.skeleton(Identifiers.normalizeUsername("PAY")));
    }

    @Test
    void skeletonKeepsDistinctNamesDistinct() {
        assertThat(Identifiers.skeleton("alice")).isEqualTo("alice");
        assertThat(Identifiers.skeleton("alice")).isNotEqualTo(Identifiers.skeleton("alica"));
        assertThat(Identifiers.skeleton("\u5C71\u7530")).isEqualTo("\u5C71\u7530");
    }
}
