package dev.gatehouse.web.pages;

import dev.gatehouse.web.BoundedBody;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses {@code application/x-www-form-urlencoded} bodies (WHATWG URL §5.1) strictly: UTF-8 only,
 * size caps on the body, on each value and on the number of fields, and a name sent twice is
 * refused (which of two {@code return_to} values would win is exactly the ambiguity an attacker
 * wants). Every refusal is a 4xx page, never a 500. Protocol endpoints that must answer a repeated
 * parameter in their own way (RFC 6749 §3.1) read every value with {@link #parseAll}.
 */
final class FormParser {
    static final int MAX_FIELDS = 32;
    static final int MAX_NAME = 64;
    /** Characters of one decoded value: room for a 1024-code-point password in any script. */
    static final int MAX_VALUE = 8192;

    private final int maxBytes;

    FormParser(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    Map<String, String> parse(Context ctx) {
        return decode(body(ctx));
    }

    /** As {@link #parse}, but a name sent more than once keeps all its values, in order. */
    Map<String, List<String>> parseAll(Context ctx) {
        return decodeAll(body(ctx));
    }

    private byte[] body(Context ctx) {
        String type = ctx.header("Content-Type");
        PageException refused = mediaTypeProblem(type, ctx.header("Content-Encoding"));
        long declared = ctx.req().getContentLengthLong();
        if (refused != null || declared > maxBytes) {
            BoundedBody.discard(ctx);
            throw refused != null ? refused : tooLarge();
        }
        return read(ctx);
    }

    /** Each name once: a repeated name is refused. */
    static Map<String, String> decode(byte[] body) {
        Map<String, String> fields = new LinkedHashMap<>();
        decodeAll(body).forEach((name, values) -> {
            if (values.size() > 1) throw PageException.badRequest("The form has a field more than once.");
            fields.put(name, values.get(0));
        });
        return fields;
    }

    /** Every name with all its values; at most {@link #MAX_FIELDS} name-value pairs in all. */
    static Map<String, List<String>> decodeAll(byte[] body) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        String ascii = new String(body, StandardCharsets.ISO_8859_1);
        if (ascii.isEmpty()) return fields;
        int pairs = 0;
        for (String pair : ascii.split("&", -1)) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1));
            if (name.isEmpty() || name.length() > MAX_NAME) throw PageException.badRequest("The form has a field with an invalid name.");
            if (value.length() > MAX_VALUE) throw PageException.badRequest("A form field is too long.");
            if (++pairs > MAX_FIELDS) throw PageException.badRequest("The form has too many fields.");
            fields.computeIfAbsent(name, n -> new ArrayList<>(1)).add(value);
        }
        return fields;
    }

    private static String percentDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= s.length()) throw PageException.badRequest("The form is not correctly encoded.");
                int hi = Character.digit(s.charAt(i + 1), 16);
                int lo = Character.digit(s.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) throw PageException.badRequest("The form is not correctly encoded.");
                out.write(hi << 4 | lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw PageException.badRequest("The form is not valid UTF-8.");
        }
    }

    private byte[] read(Context ctx) {
        byte[] body;
        try {
            body = BoundedBody.read(ctx, maxBytes);
        } catch (IOException e) {
            throw PageException.badRequest("The form could not be read.");
        }
        if (body == null) throw tooLarge();
        return body;
    }

    private PageException tooLarge() {
        return new PageException(413, "Too much data", "The form is larger than this server accepts.");
    }

    private static PageException mediaTypeProblem(String contentType, String coding) {
        PageException unsupported = new PageException(415, "Unsupported form", "Submit the form from the page in a browser.");
        if (contentType == null) return unsupported;
        // Limit -1: a value of only semicolons (";") must still yield a first part, not an empty array.
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";", -1);
        if (!parts[0].trim().equals("application/x-www-form-urlencoded")) return unsupported;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim().replace("\"", "");
            if (p.startsWith("charset=") && !p.equals("charset=utf-8")) return unsupported;
        }
        // RFC 9110 §15.5.16: a content coding we do not decode is refused, not parsed as is.
        if (coding != null && !coding.isBlank() && !coding.trim().equalsIgnoreCase("identity")) return unsupported;
        return null;
    }
}
