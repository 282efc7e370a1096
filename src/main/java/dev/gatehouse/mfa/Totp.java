package dev.gatehouse.mfa;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * TOTP (RFC 6238) as API.md §7 fixes it: HMAC-SHA-1, 6 digits, 30-second steps from the Unix epoch,
 * one step of clock drift either side (RFC 6238 §5.2 recommends at most one).
 */
public final class Totp {
    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** RFC 4226 §4 R6: at least 128 bits, 160 recommended; SHA-1's output size. */
    public static final int SECRET_BYTES = 20;
    private static final int MODULUS = 1_000_000;

    private Totp() {}

    /** The time step of {@code t} (RFC 6238 §4.2: T = floor((now - T0) / X), T0 = 0). */
    public static long step(Instant t) {
        return Math.floorDiv(t.getEpochSecond(), STEP_SECONDS);
    }

    /** The code of one step (RFC 4226 §5.3 dynamic truncation), zero-padded to six digits. */
    public static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
            return String.format("%06d", binary % MODULUS);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA1 is unavailable", e);
        }
    }

    /**
     * The step of the window around {@code now} (one either side) whose code is {@code code} and that is
     * later than {@code lastAccepted}: a step at or before the last accepted one is a replay (RFC 6238
     * §5.2). Every candidate is compared, in constant time, so the timing tells nothing of which matched.
     */
    public static OptionalLong match(byte[] secret, String code, Instant now, long lastAccepted) {
        if (code == null || code.length() != DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) return OptionalLong.empty();
        byte[] given = code.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long current = step(now);
        long found = -1;
        for (long s = current - 1; s <= current + 1; s++) {
            boolean same = MessageDigest.isEqual(given, code(secret, s).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if (same && s > lastAccepted && found < 0) found = s;
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }
}
