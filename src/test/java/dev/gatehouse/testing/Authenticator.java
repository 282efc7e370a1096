package dev.gatehouse.testing;

import dev.gatehouse.mfa.Totp;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Locale;

/** An authenticator app: holds a TOTP secret as enrolment shows it (base32) and computes codes for any step. */
public final class Authenticator {
    private final byte[] secret;
    private final Clock clock;

    public Authenticator(String base32Secret, Clock clock) {
        this.secret = decode(base32Secret);
        this.clock = clock;
    }

    /** The code of the current step moved by {@code offset} steps. */
    public String code(int offset) {
        return Totp.code(secret, Totp.step(clock.instant()) + offset);
    }

    public String code() {
        return code(0);
    }

    public int secretBytes() {
        return secret.length;
    }

    /** RFC 4648 §6, unpadded, as authenticator apps read it. */
    static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toUpperCase(Locale.ROOT).toCharArray()) {
            int v = alphabet.indexOf(c);
            if (v < 0) throw new IllegalArgumentException("not base32: " + c);
            buffer = (buffer << 5) | v;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
