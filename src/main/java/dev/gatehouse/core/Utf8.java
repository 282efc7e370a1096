package dev.gatehouse.core;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Strict UTF-8 (RFC 3629 §3): overlong forms, encoded surrogates and truncated sequences are
 * refused, never replaced with U+FFFD, so two different byte strings never decode to the same text.
 */
public final class Utf8 {
    private Utf8() {}

    /** @return the text, or empty if the bytes are not well-formed UTF-8 */
    public static Optional<String> decode(byte[] bytes) {
        // ASCII is UTF-8 that decodes byte for byte (RFC 3629 §3), and a form body is ASCII unless a
        // client sends raw non-ASCII bytes: one copy into a Latin-1 string, no decoder and no char buffer.
        if (isAscii(bytes)) return Optional.of(new String(bytes, StandardCharsets.ISO_8859_1));
        return decode(ByteBuffer.wrap(bytes));
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) return false;
        }
        return true;
    }

    static Optional<String> decode(ByteBuffer bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
