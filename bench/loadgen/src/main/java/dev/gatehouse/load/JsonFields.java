package dev.gatehouse.load;

import java.nio.charset.StandardCharsets;

/**
 * Pulls one top-level string member out of a small JSON object without a parser. Token
 * responses are flat objects whose token values are base64url or JWS compact serialisations
 * (RFC 7515 §7.1), which never contain a quote or a backslash, so the value is the bytes
 * between the two quotes. A value with an escape is refused (null) rather than misread.
 */
final class JsonFields {

    private JsonFields() {
    }

    static String string(byte[] json, String name) {
        byte[] key = ("\"" + name + "\"").getBytes(StandardCharsets.US_ASCII);
        int from = 0;
        while (true) {
            int at = indexOf(json, key, from);
            if (at < 0) {
                return null;
            }
            int i = skipSpace(json, at + key.length);
            // a key is followed by ':'; anything else means the name occurred as a value
            if (i < json.length && json[i] == ':') {
                i = skipSpace(json, i + 1);
                if (i >= json.length || json[i] != '"') {
                    return null;
                }
                int start = i + 1;
                for (int j = start; j < json.length; j++) {
                    if (json[j] == '\\') {
                        return null;
                    }
                    if (json[j] == '"') {
                        return new String(json, start, j - start, StandardCharsets.UTF_8);
                    }
                }
                return null;
            }
            from = at + 1;
        }
    }

    /** A flat JSON object of string members, {@code object("a", "1", "b", "2")}, escaped per RFC 8259 §7. */
    static String object(String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values come in pairs");
        }
        StringBuilder sb = new StringBuilder(64).append('{');
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (i > 0) {
                sb.append(',');
            }
            quote(sb, namesAndValues[i]);
            sb.append(':');
            quote(sb, namesAndValues[i + 1]);
        }
        return sb.append('}').toString();
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    private static int skipSpace(byte[] b, int i) {
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
