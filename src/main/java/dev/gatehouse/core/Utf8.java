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
        return decode(ByteBuffer.wrap(bytes));
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
