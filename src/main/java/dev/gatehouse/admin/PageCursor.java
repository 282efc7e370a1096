package dev.gatehouse.admin;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque, tamper-proof paging cursors: the keyset position of the last item, MACed together with
 * the query it belongs to. A changed byte, or a cursor replayed against another query or list,
 * is refused with 400 {@code invalid_cursor}. The key is derived from the master key, so every
 * node accepts the cursors of every other.
 */
public final class PageCursor {
    private static final int TAG_BYTES = 16;
    private static final int MAX_LENGTH = 2048;
    private static final char SEPARATOR = '\u0000';

    private final byte[] key;

    public PageCursor(byte[] key) {
        this.key = key.clone();
    }

    /** @param scope what the cursor is bound to (list name and normalised filters) */
    public String encode(String scope, List<String> position) {
        byte[] payload = String.join(String.valueOf(SEPARATOR), position).getBytes(StandardCharsets.UTF_8);
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(payload) + "." + b64.encodeToString(tag(scope, payload));
    }

    /** @return the position parts; @throws DomainException invalid_cursor when malformed, tampered or foreign */
    public List<String> decode(String scope, String cursor, int parts) {
        if (cursor.length() > MAX_LENGTH) throw invalid();
        int dot = cursor.indexOf('.');
        if (dot <= 0 || dot != cursor.lastIndexOf('.')) throw invalid();
        byte[] payload;
        byte[] tag;
        try {
            Base64.Decoder b64 = Base64.getUrlDecoder();
            payload = b64.decode(cursor.substring(0, dot));
            tag = b64.decode(cursor.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        // Constant-time comparison: the tag must not be guessable byte by byte.
        if (!MessageDigest.isEqual(tag, tag(scope, payload))) throw invalid();
        List<String> out = Arrays.asList(new String(payload, StandardCharsets.UTF_8).split(String.valueOf(SEPARATOR), -1));
        if (out.size() != parts) throw invalid();
        return out;
    }

    private byte[] tag(String scope, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(scope.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A keyset position of (time, id), the order of the event and session lists. */
    public record Position(java.time.Instant at, String id) {}

    /** @return the position a cursor of {@link #encode(String, java.time.Instant, String)} holds; null for no cursor */
    public Position decodePosition(String scope, String cursor) {
        if (cursor == null || cursor.isEmpty()) return null;
        List<String> parts = decode(scope, cursor, 2);
        try {
            return new Position(java.time.Instant.ofEpochMilli(Long.parseLong(parts.get(0))), parts.get(1));
        } catch (NumberFormatException e) {
            throw invalid(); // only with a valid MAC: never issued by this server
        }
    }

    public String encode(String scope, java.time.Instant at, String id) {
        return encode(scope, List.of(Long.toString(at.toEpochMilli()), id));
    }

    private static DomainException invalid() {
        return new DomainException(ErrorCode.INVALID_CURSOR);
    }
}
