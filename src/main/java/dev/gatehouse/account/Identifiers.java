package dev.gatehouse.account;

import dev.gatehouse.core.FieldError;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Normalisation and validation of usernames and email addresses (SECURITY.md "Passwords and signup":
 * one identity per normalised form, no look-alike or mixed-script usernames).
 *
 * <p>The normalised form (NFKC, then case folding) is the identity key: uniqueness checks, lookups at
 * login and throttling keys all use it. Nothing is trimmed or repaired silently; input that would need
 * repair is refused by {@link #usernameProblem} or {@link #emailProblem}, which should run before
 * normalising.
 */
public final class Identifiers {

    /** Malformed as a whole: null, surrounding whitespace, an {@code @} in a username, a bad address. */
    public static final String INVALID = "invalid";
    public static final String TOO_SHORT = "too_short";
    public static final String TOO_LONG = "too_long";
    /** Username letters from more than one script (UTS #39 section 5.1). */
    public static final String MIXED_SCRIPT = "mixed_script";
    /** A character outside the allowed set: controls, invisible format characters, symbols, spaces. */
    public static final String INVALID_CHARACTERS = "invalid_characters";

    static final int USERNAME_MIN = 3;
    static final int USERNAME_MAX = 64;
    /** RFC 5321 section 4.5.3.1.3: a path is at most 256 octets including the angle brackets. */
    static final int EMAIL_MAX_OCTETS = 254;
    /** RFC 5321 section 4.5.3.1.1. */
    static final int LOCAL_PART_MAX_OCTETS = 64;
    /** RFC 1035 section 2.3.4. */
    private static final int DOMAIN_MAX_OCTETS = 253;
    /**
     * Raw input longer than this is refused before any normalisation work, so a megabyte-sized field
     * costs nothing; no valid identifier comes close.
     */
    private static final int RAW_MAX_CHARS = 1024;

    private Identifiers() {
    }

    /** The identity key of a username: NFKC, case-folded. Validate with {@link #usernameProblem} first. */
    public static String normalizeUsername(String raw) {
        return fold(Objects.requireNonNull(raw, "raw"));
    }

    /**
     * The identity key of an email address: NFKC, case-folded as a whole. RFC 5321 section 2.4 lets a
     * server treat local parts case-sensitively, but no real mailbox provider does, and two accounts
     * differing only in case would be an impersonation risk. Keep the address as entered for delivery.
     */
    public static String normalizeEmail(String raw) {
        return fold(Objects.requireNonNull(raw, "raw"));
    }

    /**
     * NFKC case folding, approximating Unicode's NFKC_Casefold (UAX #44, DerivedNormalizationProps),
     * which the JDK lacks. Upper- then lower-casing adds the full case foldings that plain lower-casing
     * misses (ß to ss, final sigma, ligatures). One round is not always stable (capital sharp s
     * lower-cases to ß, which only the next round folds to ss), so rounds repeat until nothing changes,
     * which makes fold(fold(x)) equal fold(x). Capital I with dot (U+0130) would fold to i plus a
     * combining dot; it is mapped to plain i first, so that Turkish "İlker" is the same identity as
     * "ilker" rather than an invisible variant of it (dotless ı already folds to i through I).
     */
    static String fold(String s) {
        if (isAscii(s)) {
            return s.toLowerCase(Locale.ROOT); // ASCII is NFKC-stable and folds by plain lower-casing
        }
        String current = Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u0130', 'i');
        for (int round = 0; round < 4; round++) {
            String cased = current.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
            String next = Normalizer.normalize(cased, Normalizer.Form.NFKC);
            if (next.equals(current)) {
                return next;
            }
            current = next;
        }
        return current;
    }

    /**
     * Why {@code raw} is not an acceptable username, or null when it is. Rules: 3 to 64 code points after
     * normalisation; letters, digits, {@code . _ -} and combining marks of the letters' own script;
     * letters from one script only (Han may mix with Hiragana/Katakana, Hangul or Bopomofo as in
     * UTS #39); no {@code @}, since logins accept a username or an email in one field (API.md).
     */
    public static String usernameProblem(String raw) {
        if (raw == null) {
            return INVALID;
        }
        if (raw.isEmpty()) {
            return TOO_SHORT;
        }
        if (raw.length() > RAW_MAX_CHARS) {
            return TOO_LONG;
        }
        if (hasSurroundingSpace(raw)) {
            return INVALID;
        }
        String name = fold(raw);
        // Checked after NFKC so that a fullwidth at sign (U+FF20) counts too.
        if (name.indexOf('@') >= 0) {
            return INVALID;
        }
        Set<String> scripts = null;
        int count = 0;
        boolean afterLetterOrMark = false;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            count++;
            if (cp == '.' || cp == '_' || cp == '-') {
                afterLetterOrMark = false;
                continue;
            }
            boolean mark = isMarkType(Character.getType(cp));
            if (!Character.isLetter(cp) && !Character.isDigit(cp) && !mark) {
                // Controls (Cc), invisible format characters such as ZWJ (Cf), spaces, symbols, unassigned.
                return INVALID_CHARACTERS;
            }
            if (isHangulFiller(cp)) {
                return INVALID_CHARACTERS;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (mark && (!afterLetterOrMark || script == Character.UnicodeScript.INHERITED
                    || script == Character.UnicodeScript.COMMON)) {
                // NFKC has already composed every precomposed accented letter, so a leftover generic
                // combining mark (script Inherited, e.g. U+0307) can only stack or disguise; a mark of a
                // real script (Devanagari vowel signs) is needed to write that script at all.
                return INVALID_CHARACTERS;
            }
            afterLetterOrMark = mark || Character.isLetter(cp);
            if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
                continue; // ASCII digits and the like go with any script
            }
            Set<String> augmented = augmentedScripts(script);
            if (scripts == null) {
                scripts = new HashSet<>(augmented);
            } else {
                scripts.retainAll(augmented);
            }
            if (scripts.isEmpty()) {
                return MIXED_SCRIPT;
            }
        }
        if (count < USERNAME_MIN) {
            return TOO_SHORT;
        }
        if (count > USERNAME_MAX) {
            return TOO_LONG;
        }
        return null;
    }

    /** {@link #usernameProblem} as the field error of {@code field}, with the length limits; null when acceptable. */
    public static FieldError usernameError(String field, String raw) {
        String problem = raw == null ? "required" : usernameProblem(raw);
        if (problem == null) return null;
        if (problem.equals(TOO_SHORT) || problem.equals(TOO_LONG)) return FieldError.length(field, problem, USERNAME_MIN, USERNAME_MAX);
        if (problem.equals(INVALID)) return new FieldError(field, problem, "must not hold an @ or begin or end with a space", Map.of());
        return new FieldError(field, problem);
    }

    /** {@link #emailProblem} as the field error of {@code field}, in words about addresses; null when acceptable. */
    public static FieldError emailError(String field, String raw) {
        String problem = emailProblem(raw);
        if (problem == null) return null;
        return switch (problem) {
            case TOO_LONG -> new FieldError(field, problem, "must be at most " + EMAIL_MAX_OCTETS + " bytes, " + LOCAL_PART_MAX_OCTETS
                    + " of them before the @", Map.of(FieldError.MAX_LENGTH, EMAIL_MAX_OCTETS));
            case INVALID_CHARACTERS -> new FieldError(field, problem, "must not hold spaces or control characters", Map.of());
            default -> new FieldError(field, problem, "must be an email address such as name@example.com", Map.of());
        };
    }

    /**
     * Why {@code raw} is not an acceptable email address, or null when it is. Deliberately stricter than
     * RFC 5322: one {@code @}; a dot-atom local part (RFC 5322 section 3.2.3, no quoted strings, no
     * comments) of at most 64 octets; a domain name with at least one dot (no address literals); at
     * most 254 octets in all; no whitespace or control characters. Non-ASCII letters are accepted as in
     * RFC 6531/6532.
     */
    public static String emailProblem(String raw) {
        if (raw == null || raw.isEmpty()) {
            return INVALID;
        }
        if (raw.length() > RAW_MAX_CHARS) {
            return TOO_LONG;
        }
        if (hasSurroundingSpace(raw)) {
            return INVALID;
        }
        String email = fold(raw);
        for (int i = 0; i < email.length(); ) {
            int cp = email.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || type == Character.CONTROL
                    || type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.PRIVATE_USE) {
                return INVALID_CHARACTERS;
            }
        }
        int at = email.indexOf('@');
        if (at < 0 || at != email.lastIndexOf('@')) {
            return INVALID;
        }
        if (octets(email) > EMAIL_MAX_OCTETS) {
            return TOO_LONG;
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        if (local.isEmpty() || domain.isEmpty()) {
            return INVALID;
        }
        if (octets(local) > LOCAL_PART_MAX_OCTETS) {
            return TOO_LONG;
        }
        String localProblem = localPartProblem(local);
        return localProblem != null ? localProblem : domainProblem(domain);
    }

    /** RFC 5322 section 3.2.3 dot-atom: atext runs separated by single dots. */
    private static String localPartProblem(String local) {
        if (local.charAt(0) == '"') {
            return INVALID; // quoted local parts are legal but refused: too easy to misread
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return INVALID;
        }
        for (int i = 0; i < local.length(); ) {
            int cp = local.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '.' || isAtext(cp)) {
                continue;
            }
            return INVALID_CHARACTERS;
        }
        return null;
    }

    private static boolean isAtext(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || "!#$%&'*+-/=?^_`{|}~".indexOf(cp) >= 0;
        }
        // RFC 6532 section 3.2 admits any UTF8-non-ascii; only letters, digits and marks are kept here.
        return Character.isLetterOrDigit(cp) || isMarkType(Character.getType(cp));
    }

    /** Host names per RFC 1035 section 2.3.1 / RFC 1123 section 2.1, after IDNA (RFC 3490) conversion. */
    private static String domainProblem(String domain) {
        if (domain.startsWith("[")) {
            return INVALID; // address literal, RFC 5321 section 4.1.3
        }
        if (domain.indexOf('.') < 0 || domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
            return INVALID;
        }
        String ascii = domain;
        if (!isAscii(domain)) {
            try {
                ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException e) {
                return INVALID_CHARACTERS; // not a valid internationalised domain name
            }
        }
        if (ascii.length() > DOMAIN_MAX_OCTETS) {
            return TOO_LONG;
        }
        String[] labels = ascii.split("\\.", -1);
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63) { // RFC 1035 section 2.3.4
                return INVALID;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                boolean ldh = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                if (!ldh) {
                    return INVALID_CHARACTERS;
                }
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return INVALID;
            }
        }
        // RFC 3696 section 2: a top-level domain is never all-numeric.
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return INVALID;
        }
        return null;
    }

    /**
     * A comparison key for spotting usernames that look like another: each code point is replaced by
     * the Latin letter it is commonly mistaken for (a reduced form of the UTS #39 section 4 skeleton).
     * Two names whose skeletons are equal may be confusable; a caller that keeps the skeleton of every
     * username can refuse a new name whose skeleton is already taken by someone else.
     *
     * <p>Covered: Cyrillic, Greek, Armenian and IPA look-alikes of Latin letters (for example Cyrillic
     * а е о р с х у і ѕ ј, Greek ο ν ρ α ι), plus digits {@code 0 -> o} and {@code 1 -> l}. Not covered:
     * multi-character confusables ({@code rn} / {@code m}, {@code vv} / {@code w}) and the long tail of
     * the Unicode confusables table. Expects the output of {@link #normalizeUsername}.
     */
    public static String skeleton(String normalizedUsername) {
        StringBuilder out = new StringBuilder(normalizedUsername.length());
        normalizedUsername.codePoints().forEach(cp -> out.appendCodePoint(prototype(cp)));
        return out.toString();
    }

    private static int prototype(int cp) {
        return switch (cp) {
            case '\u0430', '\u03B1', '\u0251' -> 'a'; // Cyrillic a, Greek alpha, Latin alpha
            case '\u0441', '\u03F2', '\u1D04' -> 'c'; // Cyrillic es, Greek lunate sigma, small capital c
            case '\u0501' -> 'd'; // Cyrillic komi de
            case '\u0435', '\u04BD' -> 'e'; // Cyrillic ie, Abkhasian che
            case '\u0261', '\u0581' -> 'g'; // Latin script g, Armenian co
            case '\u04BB', '\u0570' -> 'h'; // Cyrillic shha, Armenian ho
            case '\u0456', '\u03B9', '\u0131', '\u0269' -> 'i'; // Cyrillic i, Greek iota, dotless i, Latin iota
            case '\u0458', '\u03F3' -> 'j'; // Cyrillic je, Greek yot
            case '\u03BA', '\u043A' -> 'k'; // Greek kappa, Cyrillic ka
            case '1', '\u04CF', '\u01C0' -> 'l'; // digit one, Cyrillic palochka, Latin dental click
            case '\u03B7', '\u0578' -> 'n'; // Greek eta, Armenian vo
            case '0', '\u043E', '\u03BF', '\u03C3', '\u0585', '\u1D0F' -> 'o'; // zero, Cyrillic o, Greek omicron and sigma, Armenian oh, small capital o
            case '\u0440', '\u03C1' -> 'p'; // Cyrillic er, Greek rho
            case '\u051B', '\u0563' -> 'q'; // Cyrillic qa, Armenian gim
            case '\u0433' -> 'r'; // Cyrillic ghe
            case '\u0455' -> 's'; // Cyrillic dze
            case '\u03C5', '\u057D', '\u028B' -> 'u'; // Greek upsilon, Armenian seh, Latin v with hook
            case '\u03BD', '\u0475', '\u1D20' -> 'v'; // Greek nu, Cyrillic izhitsa, small capital v
            case '\u051D', '\u0461', '\u03C9' -> 'w'; // Cyrillic we, Cyrillic omega, Greek omega
            case '\u0445', '\u03C7' -> 'x'; // Cyrillic ha, Greek chi
            case '\u0443', '\u03B3', '\u04AF' -> 'y'; // Cyrillic u, Greek gamma, Cyrillic straight u
            case '\u1D22' -> 'z'; // small capital z
            default -> cp;
        };
    }

    /**
     * UTS #39 section 5.1 augmented script sets: Han is written together with Hiragana and Katakana
     * (Japanese), Hangul (Korean) or Bopomofo (Han with Bopomofo); any other script stands alone.
     */
    private static Set<String> augmentedScripts(Character.UnicodeScript script) {
        return switch (script) {
            case HAN -> Set.of("Hani", "Jpan", "Kore", "Hanb");
            case HIRAGANA, KATAKANA -> Set.of("Jpan");
            case HANGUL -> Set.of("Kore");
            case BOPOMOFO -> Set.of("Hanb");
            default -> Set.of(script.name());
        };
    }

    /** Hangul fillers are letters (Lo) that render as blank space (Default_Ignorable_Code_Point). */
    private static boolean isHangulFiller(int cp) {
        return cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0;
    }

    private static boolean isMarkType(int type) {
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean hasSurroundingSpace(String s) {
        int first = s.codePointAt(0);
        int last = s.codePointBefore(s.length());
        return isSpace(first) || isSpace(last);
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
