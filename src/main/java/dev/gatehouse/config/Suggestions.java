package dev.gatehouse.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the known name closest to a mistyped one, by edit distance (Levenshtein), when it is
 * close enough to be a typo rather than another word. Used for configuration flags, file keys and
 * {@code GATEHOUSE_*} variables; picocli suggests subcommands itself.
 */
public final class Suggestions {
    private Suggestions() {}

    /** The closest of {@code known} to {@code typed} (case-insensitive), if at most a third of it differs. */
    public static Optional<String> closest(String typed, Collection<String> known) {
        String t = typed.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(t, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, t.length() / 3);
        return bestDistance > 0 && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** ", did you mean X?" or nothing: the tail of a message about an unknown name. */
    public static String didYouMean(String typed, Collection<String> known) {
        return closest(typed, known).map(s -> "; did you mean " + s + "?").orElse("");
    }

    static int distance(String a, String b) {
        // Names are short (tens of characters), so the two-row table costs nothing.
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
