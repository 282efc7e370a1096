package dev.gatehouse.load;

/**
 * One HTTP/1.1 request, already encoded on the wire. Encoding once and writing the same bytes
 * again is what keeps a request of a constant scenario (health, me) down to a single write.
 *
 * @param method the method, kept for the response parser (a HEAD response has no body, RFC 9112 §6.3)
 * @param path   the request target, for messages
 * @param wire   the complete request: request line, headers, blank line, body
 */
record Request(String method, String path, byte[] wire) {

    boolean isHead() {
        return "HEAD".equals(method);
    }
}
