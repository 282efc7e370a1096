package dev.gatehouse.mfa;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Recovery codes (API.md §7): ten, each ten characters of Crockford's base32 alphabet (50 bits) shown
 * as {@code xxxxx-xxxxx}, never all digits. Stored as HMAC-SHA-256 under a key derived from the master
 * key and bound to the user: with 50 random bits a fast keyed hash is enough, and a copied hash is
 * worthless without the key.
 */
final class RecoveryCodes {
    static final int COUNT = 10;
    static final int LENGTH = 10;
    /** Crockford base32: no i, l, o, u, so nothing reads as another character. */
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    RecoveryCodes(byte[] key) {
        this.key = key.clone();
    }

    /** Ten fresh codes, as shown to the user. */
    static List<String> generate() {
        List<String> codes = new ArrayList<>(COUNT);
        while (codes.size() < COUNT) {
            char[] c = new char[LENGTH];
            for (int i = 0; i < LENGTH; i++) c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
            String code = new String(c);
            // API.md §7: never all digits, so a code is never taken for (or typed as) a TOTP code.
            if (code.chars().allMatch(Character::isDigit) || codes.contains(display(code))) continue;
            codes.add(display(code));
        }
        return codes;
    }

    private static String display(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    /** As typed: case, spaces and dashes do not matter; null when it cannot be a code at all. */
    static String normalize(String typed) {
        if (typed == null || typed.length() > 64) return null;
        String c = typed.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
        if (c.length() != LENGTH) return null;
        for (char ch : c.toCharArray()) if (new String(ALPHABET).indexOf(ch) < 0) return null;
        return c;
    }

    /** The stored form of a normalized code of this user. */
    String hash(String userId, String normalized) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(userId.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    List<String> hashes(String userId, List<String> shown) {
        return shown.stream().map(c -> hash(userId, normalize(c))).toList();
    }
}
