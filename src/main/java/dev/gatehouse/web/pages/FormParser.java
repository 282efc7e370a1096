package dev.gatehouse.web.pages;

import dev.gatehouse.core.FormData;
import dev.gatehouse.core.MediaType;
import dev.gatehouse.web.http.BoundedBody;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
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
            if (values.size() > 1) throw PageException.badRequest("error.bad_request.repeated_field");
            fields.put(name, values.get(0));
        });
        return fields;
    }

    /** Every name with all its values; at most {@link #MAX_FIELDS} name-value pairs in all. */
    static Map<String, List<String>> decodeAll(byte[] body) {
        Map<String, List<String>> fields;
        try {
            fields = FormData.decode(body, MAX_FIELDS);
        } catch (FormData.MalformedFormException e) {
            throw PageException.badRequest(switch (e.flaw()) {
                case BAD_ESCAPE -> "error.bad_request.bad_escape";
                case NOT_UTF8 -> "error.bad_request.not_utf8";
                case TOO_MANY_FIELDS -> "error.bad_request.too_many_fields";
            });
        }
        fields.forEach((name, values) -> {
            if (name.isEmpty() || name.length() > MAX_NAME) throw PageException.badRequest("error.bad_request.field_name");
            for (String value : values) {
                if (value.length() > MAX_VALUE) throw PageException.badRequest("error.bad_request.field_too_long");
            }
        });
        return fields;
    }

    private byte[] read(Context ctx) {
        byte[] body;
        try {
            body = BoundedBody.read(ctx, maxBytes);
        } catch (IOException e) {
            throw PageException.badRequest("error.bad_request.unreadable");
        }
        if (body == null) throw tooLarge();
        return body;
    }

    private PageException tooLarge() {
        return PageException.of(413, "error.too_large");
    }

    private static PageException mediaTypeProblem(String contentType, String coding) {
        boolean form = MediaType.parse(contentType).filter(t -> t.is("application/x-www-form-urlencoded") && t.utf8OrNoCharset()).isPresent();
        if (!form) return PageException.of(415, "error.unsupported_form");
        // RFC 9110 §15.5.16: a content coding we do not decode is refused, not parsed as is.
        if (coding != null && !coding.isBlank() && !coding.trim().equalsIgnoreCase("identity")) {
            return PageException.of(415, "error.unsupported_form");
        }
        return null;
    }
}
