package dev.gatehouse.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * Blocklist of common and breached passwords (NIST SP 800-63B-4 section 3.1.1.2: compare new passwords
 * with values obtained from previous breach corpuses and known to be commonly used). The bundled list
 * is {@code common-passwords.txt.gz} next to this class, about 96,500 entries; its header names the
 * source, licence and extraction.
 *
 * <p>Held as a sorted {@code long[]} of 64-bit hashes of the match keys, searched by binary search:
 * 8 bytes an entry (about 0.8 MB for the bundled list, against some 8 MB as a set of strings), no
 * per-entry objects for the collector to trace. Two different keys share a hash with probability
 * about 2<sup>-64</sup> per pair, so a false "common" is practically impossible and could only refuse
 * a password, never admit one. The bundled list is read on the first check, not at start-up.
 */
public final class CommonPasswords {

    static final String RESOURCE = "common-passwords.txt.gz";

    private static final CommonPasswords BUNDLED = new CommonPasswords();

    /** Sorted distinct hashes; null for the bundled list, whose hashes {@link BundledHashes} reads on first use. */
    private final long[] hashes;

    private CommonPasswords() {
        this.hashes = null;
    }

    CommonPasswords(Collection<String> passwords) {
        long[] keys = new long[passwords.size()];
        int n = 0;
        for (String password : passwords) {
            keys[n++] = hash(matchKey(password));
        }
        Arrays.sort(keys);
        // Drop duplicates, e.g. two entries that differ only in case.
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || keys[i] != keys[distinct - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        this.hashes = Arrays.copyOf(keys, distinct);
    }

    /** The bundled list, read from the class path on first use, once per JVM, and shared; it is immutable. */
    public static CommonPasswords bundled() {
        return BUNDLED;
    }

    /**
     * Whether {@code password} is on the list, ignoring case and compatibility differences: compared
     * after NFKC and case folding, so "PASSWORD" and fullwidth "ｐａｓｓｗｏｒｄ" both match "password".
     * Invisible format characters (Cf, e.g. U+200B) are ignored too, so they cannot smuggle a listed
     * password past the check.
     */
    public boolean contains(String password) {
        return Arrays.binarySearch(hashes(), hash(matchKey(Objects.requireNonNull(password, "password")))) >= 0;
    }

    /** Number of distinct entries. */
    public int size() {
        return hashes().length;
    }

    private long[] hashes() {
        return hashes != null ? hashes : BundledHashes.HASHES;
    }

    /** Heap taken by the entries, in bytes (the array; the object header aside). */
    long entryBytes() {
        return (long) hashes().length * Long.BYTES;
    }

    /** FNV-1a over the UTF-16 units, then the SplitMix64 finaliser so that every input bit reaches every output bit. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
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
        List<String> passwords = new ArrayList<>(100_000);
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isEmpty() && line.charAt(0) != '#') {
                passwords.add(line);
            }
        }
        return new CommonPasswords(passwords);
    }

    /** Holder: the class initialiser runs, once, on the first check against the bundled list. */
    private static final class BundledHashes {
        static final long[] HASHES = load().hashes;

        private static CommonPasswords load() {
            try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing class-path resource " + RESOURCE);
                }
                return read(new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
