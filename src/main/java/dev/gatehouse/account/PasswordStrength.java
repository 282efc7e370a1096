package dev.gatehouse.account;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Guessability estimate of a password with zxcvbn (zxcvbn4j, the Java port of Dropbox's estimator):
 * the number of guesses an attacker who tries dictionary words, common passwords, names, keyboard
 * walks, repeats, sequences, dates and l33t spellings first would need. NIST SP 800-63B-4 section
 * 3.1.1.2 asks verifiers to refuse "commonly used, expected, or compromised" values, naming
 * repetitive and sequential characters; a length rule alone lets {@code aaaaaaaaaaaaaaa} through.
 *
 * <p>Threshold: a password is refused below {@value #MIN_GUESSES_LOG10} on the log10 guess scale,
 * i.e. fewer than 10<sup>10</sup> guesses, zxcvbn's score 4 ("strong protection from an offline
 * slow-hash attack"). Passwords are stored as Argon2id hashes, so that attack is the one to resist:
 * at 10<sup>4</sup> guesses a second against a stolen hash, 10<sup>10</sup> guesses take about 12
 * days of a dedicated rig per account, 10<sup>8</sup> (score 3) only three hours. Passphrases of a
 * few words ("correct horse battery staple": 10<sup>20</sup>) are far above it.
 *
 * <p>Cost: zxcvbn's matching grows faster than the square of the length (every substring is looked
 * up in every dictionary, forwards, backwards and in l33t spellings; measured here: 0.1 ms of CPU at
 * 16 code points, 0.2 ms at 24, 0.4 ms at 32, 4.8 ms at 64), and a password may have 1024. So zxcvbn sees pieces of
 * {@value #CHUNK_CODE_POINTS} code points: the first piece, and when that alone is guessable, the
 * second, the password passing when the two estimates multiplied reach the threshold (zxcvbn itself
 * multiplies the guesses of consecutive parts). Nothing past {@value #MAX_ESTIMATED_CODE_POINTS} code
 * points is estimated: a password whose first 48 are guessable is refused however it ends (zxcvbn-ts
 * caps its input for the same reason). Worst case two pieces, under a millisecond; see
 * docs/benchmarks.md. The dictionaries (about 10 MB of heap) are loaded on the first estimate, not at
 * start-up.
 */
public final class PasswordStrength {

    /** Refuse below 10^10 guesses (zxcvbn score 4). */
    public static final double MIN_GUESSES_LOG10 = 10.0;
    /** zxcvbn looks at pieces of this many code points (its cost grows faster than the square of the length). */
    public static final int CHUNK_CODE_POINTS = 24;
    /** Two pieces at most. */
    public static final int MAX_ESTIMATED_CODE_POINTS = 2 * CHUNK_CODE_POINTS;

    /** zxcvbn's name for its common-password dictionary. */
    private static final String PASSWORDS_DICTIONARY = "passwords";
    /** zxcvbn's name for the dictionary built from the caller's user inputs. */
    private static final String USER_INPUTS_DICTIONARY = "user_inputs";

    /**
     * The weakness that explains a refusal, or null when the password is strong enough: one of
     * {@link PasswordPolicy#REPETITIVE}, {@link PasswordPolicy#SEQUENTIAL}, {@link PasswordPolicy#COMMON},
     * {@link PasswordPolicy#CONTAINS_USER_INFO} or {@link PasswordPolicy#TOO_GUESSABLE}, chosen by
     * which kind of pattern covers most characters of zxcvbn's cheapest decomposition.
     *
     * @param normalizedPassword the password after NFKC
     * @param userInputs         words of the account (username, email, name) that an attacker would
     *                           try first; zxcvbn ranks them as the cheapest dictionary
     */
    public String weakness(String normalizedPassword, List<String> userInputs) {
        Objects.requireNonNull(normalizedPassword, "normalizedPassword");
        int split = endOfChunk(normalizedPassword, 0);
        Strength first = Engine.ZXCVBN.measure(normalizedPassword.substring(0, split), userInputs);
        double log10 = first.getGuessesLog10();
        List<Match> sequence = first.getSequence();
        if (log10 < MIN_GUESSES_LOG10 && split < normalizedPassword.length()) {
            String rest = normalizedPassword.substring(split, endOfChunk(normalizedPassword, split));
            Strength second = Engine.ZXCVBN.measure(rest, userInputs);
            log10 += second.getGuessesLog10();
            sequence = new ArrayList<>(sequence);
            sequence.addAll(second.getSequence());
        }
        return log10 >= MIN_GUESSES_LOG10 ? null : explain(sequence);
    }

    /** Loads the dictionaries now (e.g. in a benchmark's set-up); otherwise the first estimate does. */
    public static void preload() {
        Objects.requireNonNull(Engine.ZXCVBN);
    }

    /** Index after at most {@link #CHUNK_CODE_POINTS} code points from {@code start}. */
    private static int endOfChunk(String s, int start) {
        int end = start;
        for (int n = 0; n < CHUNK_CODE_POINTS && end < s.length(); n++) {
            end += Character.charCount(s.codePointAt(end));
        }
        return end;
    }

    private static String explain(List<Match> sequence) {
        // Characters covered per kind of weakness, in the order of the codes below (ties go to the first).
        int repetitive = 0;
        int sequential = 0;
        int common = 0;
        int userInfo = 0;
        for (Match match : sequence) {
            int length = match.tokenLength();
            if (match.pattern == Pattern.Repeat || isOneCharacterRepeated(match.token)) {
                repetitive += length;
            } else if (match.pattern == Pattern.Sequence || match.pattern == Pattern.Spatial || isRun(match.token)) {
                sequential += length;
            } else if (match.pattern == Pattern.Dictionary && USER_INPUTS_DICTIONARY.equals(match.dictionaryName)) {
                userInfo += length;
            } else if (match.pattern == Pattern.Dictionary && PASSWORDS_DICTIONARY.equals(match.dictionaryName)) {
                common += length;
            }
        }
        int best = Math.max(Math.max(repetitive, sequential), Math.max(common, userInfo));
        if (best == 0) {
            return PasswordPolicy.TOO_GUESSABLE;
        }
        if (best == repetitive) return PasswordPolicy.REPETITIVE;
        if (best == sequential) return PasswordPolicy.SEQUENTIAL;
        if (best == userInfo) return PasswordPolicy.CONTAINS_USER_INFO;
        return PasswordPolicy.COMMON;
    }

    private static boolean isOneCharacterRepeated(CharSequence token) {
        for (int i = 1; i < token.length(); i++) {
            if (token.charAt(i) != token.charAt(0)) return false;
        }
        return token.length() > 1;
    }

    /**
     * Whether every character follows the previous one by +1 or by -1 (digits wrap, 9 then 0), as in
     * "1234567890": zxcvbn may match such a run as a listed password, but it is a sequence.
     */
    private static boolean isRun(CharSequence token) {
        if (token.length() < 3) return false;
        int direction = step(token.charAt(0), token.charAt(1));
        if (direction == 0) return false;
        for (int i = 2; i < token.length(); i++) {
            if (step(token.charAt(i - 1), token.charAt(i)) != direction) return false;
        }
        return true;
    }

    private static int step(char a, char b) {
        if (b == a + 1 || (a == '9' && b == '0')) return 1;
        if (b == a - 1 || (a == '0' && b == '9')) return -1;
        return 0;
    }

    /** The words an account gives away: username, email, the email's local part, the name and its parts. */
    static List<String> userInputs(String username, String email, String name) {
        List<String> inputs = new ArrayList<>(6);
        if (username != null && !username.isBlank()) inputs.add(username);
        if (email != null && !email.isBlank()) {
            inputs.add(email);
            int at = email.lastIndexOf('@');
            if (at > 0) inputs.add(email.substring(0, at));
        }
        if (name != null && !name.isBlank()) {
            inputs.add(name);
            for (String part : name.trim().split("\\s+")) {
                if (part.length() > 1 && !part.equals(name)) inputs.add(part);
            }
        }
        return inputs;
    }

    /** One estimator per JVM; its dictionaries are read on first use. Thread-safe: each measure has its own state. */
    private static final class Engine {
        static final Zxcvbn ZXCVBN = new Zxcvbn();
    }
}
