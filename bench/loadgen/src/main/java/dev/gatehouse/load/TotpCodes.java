package dev.gatehouse.load;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The generator's own authenticator app: RFC 6238 TOTP (HMAC-SHA-1, 6 digits, 30 s steps) over the
 * base32 secret the server's enrolment shows, and the choice of the step a user signs in with.
 * The server accepts a step once per user and only within one step of its clock (API.md §7), so
 * each sign-in takes the earliest step after the user's last one that the server still accepts.
 */
final class TotpCodes {

    static final long STEP_SECONDS = 30;
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private TotpCodes() {
    }

    /** The time step of {@code epochMillis} (RFC 6238 §4.2, T0 = 0). */
    static long step(long epochMillis) {
        return Math.floorDiv(epochMillis, STEP_SECONDS * 1000);
    }

    /**
     * The step to sign in with after {@code last} at step {@code now}: the earliest of the window
     * ({@code now - 1 .. now + 1}) after {@code last}; a step beyond the window when none is left,
     * which the caller waits for (it becomes usable once the clock reaches the step before it).
     */
    static long nextStep(long last, long now) {
        return Math.max(last + 1, now - 1);
    }

    /** Whether {@code step} is in the server's window at step {@code now}. */
    static boolean usable(long step, long now) {
        return step <= now + 1 && step >= now - 1;
    }

    /** RFC 4226 §5.3 HOTP of {@code step}, six digits. */
    static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = h[h.length - 1] & 0x0f;
            int binary = ((h[offset] & 0x7f) << 24) | ((h[offset + 1] & 0xff) << 16) | ((h[offset + 2] & 0xff) << 8) | (h[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 4648 §6 base32, padding and case ignored. */
    static byte[] base32(String s) {
        String in = s.toUpperCase(Locale.ROOT).replace("=", "");
        byte[] out = new byte[in.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int n = 0;
        for (int i = 0; i < in.length(); i++) {
            int v = BASE32.indexOf(in.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("not base32: " + in.charAt(i));
            }
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                bits -= 8;
                out[n++] = (byte) (buffer >> bits);
            }
        }
        return out;
    }
}
