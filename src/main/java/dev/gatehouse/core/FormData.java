package dev.gatehouse.core;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one {@code application/x-www-form-urlencoded} decoder (WHATWG URL §5.1), for the hosted pages,
 * the OAuth endpoints and the stored authorization requests. Stricter than the parser it follows,
 * and than the libraries on the classpath: a malformed percent-escape or bytes that are not UTF-8
 * are refused instead of passed through or replaced with U+FFFD (Nimbus {@code URLUtils.parseParameters}
 * drops such a pair silently, so a client's {@code scope=%zz} would become "no scope"; Jetty's
 * {@code UrlEncoded} is strict but belongs to the HTTP server, which feature packages do not import).
 * What a name sent twice means is the caller's decision (RFC 6749 §3.1 refuses it), so every value is kept.
 */
public final class FormData {
    /** Why a body was refused. */
    public enum Flaw { BAD_ESCAPE, NOT_UTF8, TOO_MANY_FIELDS }

    /** The body is not a form this decoder accepts; {@link #flaw()} says why. */
    public static final class MalformedFormException extends RuntimeException {
        private final Flaw flaw;

        MalformedFormException(Flaw flaw) {
            super(flaw.name(), null, false, false);
            this.flaw = flaw;
        }

        public Flaw flaw() {
            return flaw;
        }
    }

    private FormData() {}

    /**
     * @param body the raw body (a non-ASCII byte outside an escape is taken as part of UTF-8 text)
     * @param maxFields the most non-empty {@code name=value} pairs accepted, repeats included
     * @return every name, in order of first appearance, with all its values in order
     * @throws MalformedFormException for a bad escape, text that is not UTF-8, or too many fields
     */
    public static Map<String, List<String>> decode(byte[] body, int maxFields) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int pairs = 0;
        int start = 0;
        while (start <= body.length) {
            int end = indexOf(body, (byte) '&', start);
            if (end > start) {
                if (++pairs > maxFields) throw new MalformedFormException(Flaw.TOO_MANY_FIELDS);
                int eq = indexOf(body, (byte) '=', start);
                boolean hasValue = eq < end;
                String name = percentDecode(body, start, hasValue ? eq : end);
                String value = hasValue ? percentDecode(body, eq + 1, end) : "";
                fields.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
            }
            start = end + 1;
        }
        return fields;
    }

    /** As {@link #decode(byte[], int)} for a body already held as text (its characters are UTF-8 encoded first). */
    public static Map<String, List<String>> decode(String body, int maxFields) {
        return decode(body.getBytes(StandardCharsets.UTF_8), maxFields);
    }

    private static int indexOf(byte[] b, byte wanted, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == wanted) return i;
        return b.length;
    }

    /** '+' is a space; '%' takes exactly two hex digits (RFC 3986 §2.1); the bytes must then be UTF-8. */
    private static String percentDecode(byte[] b, int from, int to) {
        byte[] out = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '+') {
                out[n++] = ' ';
            } else if (c == '%') {
                if (i + 2 >= to) throw new MalformedFormException(Flaw.BAD_ESCAPE);
                int hi = Character.digit(b[i + 1], 16);
                int lo = Character.digit(b[i + 2], 16);
                if (hi < 0 || lo < 0) throw new MalformedFormException(Flaw.BAD_ESCAPE);
                out[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else {
                out[n++] = c;
            }
        }
        return Utf8.decode(ByteBuffer.wrap(out, 0, n)).orElseThrow(() -> new MalformedFormException(Flaw.NOT_UTF8));
    }
}
