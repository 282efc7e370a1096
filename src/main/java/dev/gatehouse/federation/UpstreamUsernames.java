package dev.gatehouse.federation;

import dev.gatehouse.account.Identifiers;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * The username of an account made by a first upstream sign-in: from the upstream's preferred
 * username, the email's local part, or the name, in that order, cut down to what
 * {@link Identifiers#usernameProblem} accepts (letters of one script, digits, {@code . _ -}); a
 * suffix of random digits makes it unique when the plain one is taken.
 */
final class UpstreamUsernames {
    /** Leaves room for the suffix within the 64-code-point limit. */
    private static final int BASE_MAX = 40;
    private static final int RAW_MAX = 256;
    private static final String FALLBACK = "user";
    private static final SecureRandom RANDOM = new SecureRandom();

    private UpstreamUsernames() {}

    /** Attempt 0: the plain name; later attempts: the name and a random suffix. */
    static String candidate(UpstreamUser u, int attempt) {
        String base = base(u);
        return attempt == 0 ? base : base + "-" + (1000 + RANDOM.nextInt(attempt < 3 ? 9000 : 999_000));
    }

    static String base(UpstreamUser u) {
        String local = u.email() == null || u.email().indexOf('@') <= 0 ? null : u.email().substring(0, u.email().indexOf('@'));
        return Arrays.asList(u.preferredUsername(), local, u.name(), u.givenName()).stream().filter(Objects::nonNull)
                .map(UpstreamUsernames::sanitize).filter(Objects::nonNull).findFirst().orElse(FALLBACK);
    }

    /** A valid username made of {@code raw}, or null when nothing usable is left. */
    static String sanitize(String raw) {
        if (raw.length() > RAW_MAX) raw = raw.substring(0, RAW_MAX);
        String n = Normalizer.normalize(raw, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        n.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || cp == '.' || cp == '_' || cp == '-') out.appendCodePoint(cp);
            else if ((Character.isWhitespace(cp) || cp == '+') && out.length() > 0 && out.charAt(out.length() - 1) != '.') out.append('.');
        });
        String kept = trim(out.toString());
        if (ok(kept)) return kept;
        // Mixed scripts or marks: the ASCII letters of the decomposed form (José → jose).
        String ascii = trim(Normalizer.normalize(kept, Normalizer.Form.NFD).replaceAll("[^a-z0-9._-]", ""));
        return ok(ascii) ? ascii : null;
    }

    private static boolean ok(String s) {
        return s.codePointCount(0, s.length()) >= 3 && Identifiers.usernameProblem(s) == null;
    }

    private static String trim(String s) {
        if (s.codePointCount(0, s.length()) > BASE_MAX) s = s.substring(0, s.offsetByCodePoints(0, BASE_MAX));
        return s.replaceAll("^[._-]+|[._-]+$", "");
    }
}
