package dev.gatehouse.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Blocklist of the most common passwords (NIST SP 800-63B-4 section 3.1.1.2: compare new passwords with
 * values known to be commonly used). The bundled list is {@code common-passwords.txt} next to this class;
 * its header names the source, licence and extraction.
 *
 * <p>Held as an immutable {@link Set#copyOf} set: one open-addressed array, no per-entry nodes, about
 * 1 MB for the 20,000 bundled entries.
 */
public final class CommonPasswords {

    static final String RESOURCE = "common-passwords.txt";

    private final Set<String> entries;

    CommonPasswords(Collection<String> passwords) {
        List<String> keys = new ArrayList<>(passwords.size());
        for (String password : passwords) {
            keys.add(matchKey(password));
        }
        // Set.copyOf drops duplicates, e.g. two entries that differ only in case.
        this.entries = Set.copyOf(keys);
    }

    /** The bundled list, read from the class path once per JVM and shared; it is immutable. */
    public static CommonPasswords bundled() {
        return Bundled.INSTANCE;
    }

    /**
     * Whether {@code password} is on the list, ignoring case and compatibility differences: compared
     * after NFKC and case folding, so "PASSWORD" and fullwidth "ｐａｓｓｗｏｒｄ" both match "password".
     * Invisible format characters (Cf, e.g. U+200B) are ignored too, so they cannot smuggle a listed
     * password past the check.
     */
    public boolean contains(String password) {
        return entries.contains(matchKey(Objects.requireNonNull(password, "password")));
    }

    /** Number of distinct entries. */
    public int size() {
        return entries.size();
    }

    /** Key under which passwords are compared: NFKC case fold, then format characters removed. */
    static String matchKey(String s) {
        String folded = Identifiers.fold(s);
        StringBuilder out = null;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (Character.getType(cp) == Character.FORMAT) {
                if (out == null) {
                    out = new StringBuilder(folded.length()).append(folded, 0, i);
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i = next;
        }
        return out == null ? folded : out.toString();
    }

    /** Reads one entry per line; blank lines and lines starting with '#' are skipped. */
    static CommonPasswords read(BufferedReader reader) throws IOException {
        List<String> passwords = new ArrayList<>(20_000);
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isEmpty() && line.charAt(0) != '#') {
                passwords.add(line);
            }
        }
        return new CommonPasswords(passwords);
    }

    private static final class Bundled {
        static final CommonPasswords INSTANCE = load();

        private static CommonPasswords load() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource " + RESOURCE);
                }
                return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
