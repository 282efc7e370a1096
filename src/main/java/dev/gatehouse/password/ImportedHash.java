package dev.gatehouse.password;

import java.util.Locale;
import java.util.Optional;

/**
 * Checks a password hash brought from another system before it is stored (API.md §8, user
 * import), and builds PHC strings from the parts other systems export.
 *
 * <p>Accepted: Argon2 PHC strings ({@code $argon2id$}, {@code $argon2i$}, {@code $argon2d$}),
 * scrypt ({@code $scrypt$ln=,r=,p=}), PBKDF2-SHA256/-SHA512 (PHC {@code i=} or passlib form) and
 * OpenBSD bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}): what {@link PasswordHasher#verify}
 * reads. Parsing is the verifier's own, so a string accepted here is one a login can check.
 *
 * <p>The cost bounds are far tighter than the verifier's: every login of the user runs the stored
 * parameters once, on the shared hashing pool, until the first successful one replaces the hash by
 * the configured Argon2id. A hash with absurd parameters would make each attempt on that account
 * (and every attacker's guess) cost seconds of CPU or gigabytes of memory, a denial of service
 * waiting in the database. The bounds sit above every common default (bcrypt 10-12, OWASP's
 * PBKDF2 600,000 / 210,000, Django's 1,000,000, scrypt N=2^17 r=8, libsodium's "moderate" Argon2
 * of 256 MiB and 3 passes).
 */
public final class ImportedHash {

    /** Longest accepted string; the longest legitimate ones (PBKDF2-SHA512 with a 64-byte tag) are ~160. */
    public static final int MAX_CHARS = 1024;
    /** bcrypt cost 15 is ~2 s on a current core (each step doubles it). */
    static final int MAX_BCRYPT_COST = 15;
    static final int MAX_PBKDF2_ITERATIONS = 2_000_000;
    /** Memory one verification may take, for scrypt (128 * r * N) and Argon2 (m KiB). */
    static final long MAX_MEMORY_BYTES = 256L << 20;
    /** Argon2 passes times memory (KiB): libsodium "moderate" (256 MiB, t=3) fits, 1 GiB x 4 does not. */
    static final long MAX_ARGON2_WORK_KIB = 1L << 20;
    static final int MAX_ARGON2_PARALLELISM = 16;
    /** scrypt N * r * p: N=2^17, r=8, p=1 is 2^20. */
    static final long MAX_SCRYPT_WORK = 1L << 22;

    /**
     * Why a hash cannot be imported.
     *
     * @param code   the field error code: {@code malformed} (cannot be parsed), {@code unsupported}
     *               (not a scheme verified here), {@code too_costly} (parameters beyond the import
     *               bounds), {@code too_long}
     * @param detail a sentence naming the defect (never the string itself), for people
     */
    public record Problem(String code, String detail) {}

    private ImportedHash() {
    }

    /** Empty when {@code encoded} can be stored as a user's password hash as it is. */
    public static Optional<Problem> problem(String encoded) {
        if (encoded.length() > MAX_CHARS) {
            return Optional.of(new Problem("too_long", "longer than " + MAX_CHARS + " characters"));
        }
        if (!encoded.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
            return Optional.of(new Problem("malformed", "only printable ASCII without spaces appears in a password hash"));
        }
        try {
            if (encoded.startsWith("$argon2")) {
                return argon2(Argon2Hash.parse(PhcString.parse(encoded)));
            }
            if (new BcryptHashFormat().recognises(encoded)) {
                int cost = BcryptHashFormat.cost(encoded);
                return cost > MAX_BCRYPT_COST
                        ? tooCostly("bcrypt cost " + cost + " is above the import limit " + MAX_BCRYPT_COST) : Optional.empty();
            }
            if (new ScryptHashFormat().recognises(encoded)) {
                return scrypt(ScryptHashFormat.parse(encoded));
            }
            if (new Pbkdf2HashFormat().recognises(encoded)) {
                int iterations = Pbkdf2HashFormat.parse(encoded).iterations();
                return iterations > MAX_PBKDF2_ITERATIONS
                        ? tooCostly("PBKDF2 iterations " + iterations + " are above the import limit " + MAX_PBKDF2_ITERATIONS)
                        : Optional.empty();
            }
        } catch (MalformedHashException e) {
            return Optional.of(new Problem("malformed", e.getMessage()));
        }
        return Optional.of(new Problem("unsupported",
                "not a PHC string (argon2id, argon2i, scrypt, pbkdf2-sha256, pbkdf2-sha512) or a bcrypt $2a$/$2b$/$2y$ string"));
    }

    private static Optional<Problem> argon2(Argon2Hash h) {
        Argon2Params p = h.params();
        if ((long) p.memoryKib() * 1024 > MAX_MEMORY_BYTES || p.parallelism() > MAX_ARGON2_PARALLELISM
                || (long) p.memoryKib() * p.iterations() > MAX_ARGON2_WORK_KIB) {
            return tooCostly(String.format(Locale.ROOT, "Argon2 m=%d,t=%d,p=%d is above the import limits (m at most %d KiB, "
                            + "p at most %d, m*t at most %d)", p.memoryKib(), p.iterations(), p.parallelism(),
                    MAX_MEMORY_BYTES / 1024, MAX_ARGON2_PARALLELISM, MAX_ARGON2_WORK_KIB));
        }
        return Optional.empty();
    }

    private static Optional<Problem> scrypt(ScryptHashFormat.Params s) {
        long work = ((long) s.r() * s.p()) << s.logN();
        if (s.memoryBytes() > MAX_MEMORY_BYTES || work > MAX_SCRYPT_WORK) {
            return tooCostly(String.format(Locale.ROOT, "scrypt ln=%d,r=%d,p=%d is above the import limits (128*r*N at most %d MiB, "
                    + "N*r*p at most 2^22)", s.logN(), s.r(), s.p(), MAX_MEMORY_BYTES >> 20));
        }
        return Optional.empty();
    }

    private static Optional<Problem> tooCostly(String detail) {
        return Optional.of(new Problem("too_costly", detail));
    }

    /**
     * The PHC string of a PBKDF2 hash exported as parts (Keycloak's credential), e.g.
     * {@code $pbkdf2-sha256$i=27500,l=64$<salt>$<hash>}.
     *
     * @param digest {@code sha256} or {@code sha512}
     */
    public static String pbkdf2(String digest, int iterations, byte[] salt, byte[] hash) {
        if (!digest.equals("sha256") && !digest.equals("sha512")) throw new IllegalArgumentException("PBKDF2 digest " + digest);
        return "$pbkdf2-" + digest + "$i=" + iterations + ",l=" + hash.length + "$" + PhcBase64.encode(salt) + "$"
                + PhcBase64.encode(hash);
    }

    /**
     * The PHC string of an Argon2 hash exported as parts (Keycloak's credential).
     *
     * @param type    {@code id}, {@code i} or {@code d}
     * @param version 0x13 or 0x10
     * @throws IllegalArgumentException for another type or impossible parameters
     */
    public static String argon2(String type, int version, int memoryKib, int iterations, int parallelism, byte[] salt,
                                byte[] hash) {
        Argon2Variant variant = Argon2Variant.fromPhcId("argon2" + type);
        if (variant == null) throw new IllegalArgumentException("Argon2 type " + type);
        return new Argon2Hash(variant, version, new Argon2Params(memoryKib, iterations, parallelism), salt, hash).encode();
    }
}
