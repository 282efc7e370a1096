package dev.gatehouse.account;

import dev.gatehouse.core.FieldError;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Password rules of SECURITY.md "Passwords and signup", after NIST SP 800-63B-4 section 3.1.1.2: a
 * minimum and a maximum length counted in code points after NFKC, a blocklist of common and breached
 * passwords ({@link CommonPasswords}), no password containing the username or the email local part,
 * and a guessability estimate ({@link PasswordStrength}, zxcvbn) that refuses repetitive, sequential
 * and otherwise expected values. No composition rules, no truncation. The same checks apply on
 * signup, change and reset.
 */
public final class PasswordPolicy {

    public static final String TOO_SHORT = "too_short";
    public static final String TOO_LONG = "too_long";
    public static final String COMMON = "common";
    public static final String CONTAINS_USER_INFO = "contains_user_info";
    /** Mostly a repeated character or chunk ("aaaaaaaaaaaaaaa", "iloveyouiloveyou"). */
    public static final String REPETITIVE = "repetitive";
    /** Mostly a sequence or keyboard walk ("123456789012345", "abcdefghijklmnop", "qwertzuiop"). */
    public static final String SEQUENTIAL = "sequential";
    /** Fewer than 10^10 guesses by zxcvbn's estimate, for another reason (common words, dates, names). */
    public static final String TOO_GUESSABLE = "too_guessable";

    /** NIST SP 800-63B-4: 15 when the password is the only factor. */
    public static final int DEFAULT_MIN_LENGTH = 15;
    public static final int DEFAULT_MAX_LENGTH = 1024;
    /** Lowest minimum a configuration may set (NIST SP 800-63B-4, password with a second factor). */
    public static final int MIN_LENGTH_FLOOR = 8;
    /** NIST SP 800-63B-4 section 3.1.1.2: verifiers should permit at least 64 characters. */
    public static final int MAX_LENGTH_FLOOR = 64;

    /**
     * Raw UTF-16 length, as a multiple of the maximum, beyond which a password is refused before it is
     * normalised. NFKC composes at most a handful of units into one code point (a base letter with three
     * marks, a Hangul L+V+T sequence), so no password that is legal after normalisation is realistically
     * refused, while a megabyte-sized body costs one comparison instead of a full normalisation.
     */
    private static final int RAW_CHARS_PER_CODE_POINT = 4;
    /** Usernames or local parts shorter than this would forbid most passwords for no benefit. */
    private static final int USER_INFO_MIN_CODE_POINTS = 3;

    private final int minLength;
    private final int maxLength;
    private final CommonPasswords common;
    private final PasswordStrength strength = new PasswordStrength();

    /** Default lengths: 15 to 1024 code points. */
    public PasswordPolicy(CommonPasswords common) {
        this(DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH, common);
    }

    /**
     * @throws IllegalArgumentException if {@code minLength < 8}, {@code maxLength < 64} or
     *                                  {@code maxLength < minLength}
     */
    public PasswordPolicy(int minLength, int maxLength, CommonPasswords common) {
        if (minLength < MIN_LENGTH_FLOOR) {
            throw new IllegalArgumentException("minLength must be at least " + MIN_LENGTH_FLOOR + ": " + minLength);
        }
        if (maxLength < MAX_LENGTH_FLOOR || maxLength < minLength) {
            throw new IllegalArgumentException("maxLength must be at least max(" + MAX_LENGTH_FLOOR
                    + ", minLength): " + maxLength);
        }
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.common = Objects.requireNonNull(common, "common");
    }

    public int minLength() {
        return minLength;
    }

    public int maxLength() {
        return maxLength;
    }

    /** {@link #violations(String, String, String, String)} without a display name. */
    public List<String> violations(String password, String username, String email) {
        return violations(password, username, email, null);
    }

    /**
     * The rules {@code password} breaks, as codes in this order: {@link #TOO_SHORT}, {@link #COMMON},
     * {@link #CONTAINS_USER_INFO}; empty when acceptable. A password over the cap yields only
     * {@link #TOO_LONG}, decided before any other work. A password that breaks none of these is then
     * estimated ({@link PasswordStrength}); below the threshold it yields one code that says why:
     * {@link #REPETITIVE}, {@link #SEQUENTIAL}, {@link #COMMON}, {@link #CONTAINS_USER_INFO} or
     * {@link #TOO_GUESSABLE}. The estimate runs last and only then, since it is the costly check.
     *
     * @param username the account's username as entered or stored; null to skip
     * @param email    the account's email address; null to skip
     * @param name     the account's display name, for the estimate only; null to skip
     */
    public List<String> violations(String password, String username, String email, String name) {
        Objects.requireNonNull(password, "password");
        // Hard cap first (SECURITY.md: answered fast with 400), before normalising anything.
        if (password.length() > (long) RAW_CHARS_PER_CODE_POINT * maxLength) {
            return List.of(TOO_LONG);
        }
        String normalized = normalize(password);
        int length = normalized.codePointCount(0, normalized.length());
        if (length > maxLength) {
            return List.of(TOO_LONG);
        }
        List<String> violations = new ArrayList<>(3);
        if (length < minLength) {
            violations.add(TOO_SHORT);
        }
        if (common.contains(normalized)) {
            violations.add(COMMON);
        }
        if (containsUserInfo(normalized, username, email)) {
            violations.add(CONTAINS_USER_INFO);
        }
        if (violations.isEmpty()) {
            String weakness = strength.weakness(normalized, PasswordStrength.userInputs(username, email, name));
            if (weakness != null) {
                violations.add(weakness);
            }
        }
        return List.copyOf(violations);
    }

    /**
     * {@link #violations(String, String, String, String)} as field errors of {@code field}; a length
     * problem carries both bounds ({@code min_length}, {@code max_length}), in code points.
     */
    public List<FieldError> problems(String field, String password, String username, String email, String name) {
        return violations(password, username, email, name).stream()
                .map(code -> code.equals(TOO_SHORT) || code.equals(TOO_LONG)
                        ? FieldError.length(field, code, minLength, maxLength) : new FieldError(field, code))
                .toList();
    }

    /**
     * NFKC (UAX #15), applied before hashing and before every check so that equivalent spellings of a
     * password (fullwidth letters, composed or decomposed accents) log in equally. Case is kept.
     */
    public static String normalize(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    private static boolean containsUserInfo(String normalizedPassword, String username, String email) {
        String haystack = CommonPasswords.matchKey(normalizedPassword);
        if (username != null && containsKey(haystack, username)) {
            return true;
        }
        if (email != null) {
            String folded = Identifiers.normalizeEmail(email);
            int at = folded.lastIndexOf('@');
            return at > 0 && containsKey(haystack, folded.substring(0, at));
        }
        return false;
    }

    private static boolean containsKey(String haystack, String info) {
        String needle = CommonPasswords.matchKey(info);
        return needle.codePointCount(0, needle.length()) >= USER_INFO_MIN_CODE_POINTS && haystack.contains(needle);
    }
}
