package dev.gatehouse.web;

import dev.gatehouse.core.ApiException;
import dev.gatehouse.core.ErrorCode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/** Reads request bodies: JSON only, UTF-8 only, and never more than the configured limit. */
final class Bodies {
    /**
     * A body over the limit but under this size is read and thrown away before the 413 is sent: a
     * client that writes its whole body before reading the answer (most HTTP libraries) would
     * otherwise get a connection reset instead of the 413 (the TCP reset problem, RFC 9112 §9.6).
     * Larger bodies are not read; the connection is closed.
     */
    private static final long DRAIN_LIMIT = 4L << 20;

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

    private byte[] read(Context ctx, ApiException refused) {
        long declared = ctx.req().getContentLengthLong();
        if (refused == null && declared <= maxBytes) return readUpToLimit(ctx, declared);
        // Refused before reading: consume what the client is sending anyway, so the answer reaches
        // it and the connection stays usable. With "Expect: 100-continue" the body is not sent
        // unless read, so answer at once (RFC 9110 §10.1.1).
        if (declared <= DRAIN_LIMIT && ctx.header("Expect") == null) drain(ctx, 0);
        throw refused != null ? refused : tooLarge();
    }

    private byte[] readUpToLimit(Context ctx, long declared) {
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(declared, maxBytes)));
            byte[] buffer = new byte[8192];
            int total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    drain(ctx, total);
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiException(ErrorCode.INVALID_REQUEST, "The body could not be read");
        }
    }

    /** JSON in UTF-8 without a content coding, or the 415 that says what to send. */
    private static ApiException mediaTypeProblem(Context ctx) {
        ApiException contentType = contentTypeProblem(ctx.header("Content-Type"));
        if (contentType != null) return contentType;
        return codingProblem(ctx);
    }

    private static ApiException codingProblem(Context ctx) {
        String coding = ctx.header("Content-Encoding");
        // RFC 9110 §15.5.16: a content coding the server does not decode is answered 415, not parsed as is.
        if (coding != null && !coding.isBlank() && !coding.trim().equalsIgnoreCase("identity")) {
            return new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Content-Encoding is not supported; send the body uncompressed");
        }
        return null;
    }

    private ApiException tooLarge() {
        return new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "The body is limited to " + maxBytes + " bytes");
    }

    /** Reads and discards the rest of the body, at most up to {@link #DRAIN_LIMIT} bytes in all. */
    private static void drain(Context ctx, long alreadyRead) {
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[8192];
            for (long left = DRAIN_LIMIT - alreadyRead; left > 0; ) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) return;
                left -= n;
            }
        } catch (IOException e) {
            // The client went away: nothing left to answer.
        }
    }

    private static ApiException contentTypeProblem(String contentType) {
        if (contentType == null) return new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send Content-Type: application/json");
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].trim().equals("application/json")) {
            return new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send Content-Type: application/json");
        }
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("charset=") && !p.equals("charset=utf-8") && !p.equals("charset=\"utf-8\"")) {
                return new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Only UTF-8 is accepted (RFC 8259 §8.1)");
            }
        }
        return null;
    }
}
