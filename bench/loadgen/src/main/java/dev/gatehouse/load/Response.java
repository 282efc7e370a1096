package dev.gatehouse.load;

import java.nio.charset.StandardCharsets;

/**
 * A parsed response: what the scenarios and the driver look at, nothing more.
 *
 * @param status            the status code
 * @param body              the body, de-chunked
 * @param keepAlive         false when the server said it closes the connection (or it is HTTP/1.0
 *                          without keep-alive, or the body was delimited by the close)
 * @param retryAfterSeconds the {@code Retry-After} delay in seconds, or -1 when absent or a date
 */
record Response(int status, byte[] body, boolean keepAlive, long retryAfterSeconds) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The token-response field {@code name}, or null; see {@link JsonFields}. */
    String field(String name) {
        return JsonFields.string(body, name);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
