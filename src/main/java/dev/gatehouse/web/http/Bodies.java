package dev.gatehouse.web.http;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.MediaType;
import io.javalin.http.Context;
import java.io.IOException;

/** Reads request bodies: JSON only, UTF-8 only, and never more than the configured limit. */
final class Bodies {
    private final int maxBytes;

    Bodies(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    <T> T json(Context ctx, Class<T> type) {
        return Json.parse(read(ctx), type);
    }

    boolean isEmpty(Context ctx) {
        return ctx.req().getContentLengthLong() == 0
                || (ctx.req().getContentLengthLong() < 0 && ctx.header("Transfer-Encoding") == null);
    }

    byte[] read(Context ctx) {
        return read(ctx, mediaTypeProblem(ctx));
    }

    /**
     * Any media type (the OAuth endpoints check theirs and answer in their own error format); the
     * size limit and the content-coding rule still apply.
     */
    byte[] readAnyType(Context ctx) {
        return read(ctx, codingProblem(ctx));
    }

    private byte[] read(Context ctx, DomainException refused) {
        long declared = ctx.req().getContentLengthLong();
        if (refused == null && declared <= maxBytes) return readUpToLimit(ctx);
        BoundedBody.discard(ctx);
        throw refused != null ? refused : tooLarge();
    }

    private byte[] readUpToLimit(Context ctx) {
        byte[] body;
        try {
            body = BoundedBody.read(ctx, maxBytes);
        } catch (IOException e) {
            throw new DomainException(ErrorCode.INVALID_REQUEST, "The body could not be read");
        }
        if (body == null) throw tooLarge();
        return body;
    }

    /** JSON in UTF-8 without a content coding, or the 415 that says what to send. */
    private static DomainException mediaTypeProblem(Context ctx) {
        DomainException contentType = contentTypeProblem(ctx.header("Content-Type"));
        if (contentType != null) return contentType;
        return codingProblem(ctx);
    }

    private static DomainException codingProblem(Context ctx) {
        String coding = ctx.header("Content-Encoding");
        // RFC 9110 §15.5.16: a content coding the server does not decode is answered 415, not parsed as is.
        if (coding != null && !coding.isBlank() && !coding.trim().equalsIgnoreCase("identity")) {
            return new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding is not supported; send the body uncompressed");
        }
        return null;
    }

    private DomainException tooLarge() {
        return new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "The body is limited to " + maxBytes + " bytes");
    }

    private static DomainException contentTypeProblem(String contentType) {
        MediaType type = MediaType.parse(contentType).filter(t -> t.is("application/json")).orElse(null);
        if (type == null) return new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send Content-Type: application/json");
        if (!type.utf8OrNoCharset()) return new DomainException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Only UTF-8 is accepted (RFC 8259 §8.1)");
        return null;
    }
}
