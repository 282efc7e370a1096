package dev.gatehouse.web.http;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a request body up to a limit, for the JSON API and the hosted pages' forms alike. A body
 * refused early (too large, wrong type) is still read and thrown away up to {@link #DRAIN_LIMIT}:
 * a client that writes its whole body before reading the answer (most HTTP libraries) would
 * otherwise get a connection reset instead of the 4xx (the TCP reset problem, RFC 9112 §9.6).
 * Larger bodies are not read; the connection is closed.
 */
public final class BoundedBody {
    static final long DRAIN_LIMIT = 4L << 20;

    private BoundedBody() {}

    /**
     * The whole body, or null when it is larger than {@code maxBytes} (what was sent is then
     * drained, so the refusal reaches the client). A body with a Content-Length within the limit
     * (every OAuth form and JSON request) is read straight into an array of that size: no copy
     * buffer, no second copy. Anything beyond the declared length, and a body without one
     * (chunked), goes through the bounded copy.
     */
    public static byte[] read(Context ctx, int maxBytes) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] prefix = new byte[0];
            if (declared >= 0 && declared <= maxBytes) {
                byte[] body = new byte[(int) declared];
                int n = in.readNBytes(body, 0, body.length);
                if (n < body.length) return Arrays.copyOf(body, n);
                int next = in.read();
                if (next < 0) return body;
                prefix = Arrays.copyOf(body, body.length + 1);
                prefix[body.length] = (byte) next;
            }
            return copy(ctx, in, prefix, maxBytes);
        }
    }

    /** The body read so far ({@code prefix}) and the rest, in 8 KB steps, up to {@code maxBytes}. */
    private static byte[] copy(Context ctx, InputStream in, byte[] prefix, int maxBytes) throws IOException {
        int total = prefix.length;
        if (total > maxBytes) {
            drain(ctx, total);
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(total, 256));
        out.write(prefix);
        byte[] buffer = new byte[8192];
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
            if (total > maxBytes) {
                drain(ctx, total);
                return null;
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * Before a refusal that did not read the body: consume what the client is sending anyway, so
     * the answer reaches it and the connection stays usable. With "Expect: 100-continue" the body is
     * not sent unless read, so the answer goes at once (RFC 9110 §10.1.1).
     */
    public static void discard(Context ctx) {
        if (ctx.req().getContentLengthLong() <= DRAIN_LIMIT && ctx.header("Expect") == null) drain(ctx, 0);
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
}
