package dev.gatehouse.load;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The server under test ({@code http://host:port[/prefix]}) and the encoder of requests to it.
 * Plain HTTP only: the generator measures the server, not a TLS stack.
 */
final class HttpTarget {

    private final InetSocketAddress address;
    private final String hostHeader;
    private final String prefix;

    private HttpTarget(InetSocketAddress address, String hostHeader, String prefix) {
        this.address = address;
        this.hostHeader = hostHeader;
        this.prefix = prefix;
    }

    static HttpTarget parse(String url) {
        URI uri = URI.create(url);
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--url must be http://host[:port][/prefix], got " + url);
        }
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String prefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        // RFC 9112 §3.2: Host is required in every HTTP/1.1 request; the port is omitted when default
        String host = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + port);
        return new HttpTarget(InetSocketAddress.createUnresolved(uri.getHost(), port), host, prefix);
    }

    /** Resolved at connect time, so a name that moves is followed on reconnect. */
    InetSocketAddress address() {
        return address;
    }

    String hostHeader() {
        return hostHeader;
    }

    Request get(String path, String bearer) {
        return encode("GET", path, bearer, null);
    }

    Request postJson(String path, String json, String bearer) {
        return encode("POST", path, bearer, json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An OAuth form POST authenticated with client_secret_basic: id and secret form-urlencoded,
     * then Base64 (RFC 6749 §2.3.1).
     */
    Request postForm(String path, String form, String clientId, String clientSecret) {
        String credentials = java.net.URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + java.net.URLEncoder.encode(clientSecret, StandardCharsets.UTF_8);
        return encode("POST", path, "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)),
                form.getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
    }

    private Request encode(String method, String path, String bearer, byte[] body) {
        return encode(method, path, bearer == null ? null : "Bearer " + bearer, body, "application/json");
    }

    private Request encode(String method, String path, String authorization, byte[] body, String contentType) {
        String target = prefix + path;
        StringBuilder head = new StringBuilder(160)
                .append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(hostHeader).append("\r\n")
                .append("User-Agent: gatehouse-loadgen\r\n")
                .append("Accept: application/json\r\n");
        if (authorization != null) {
            // RFC 6750 §2.1 (Bearer) or RFC 6749 §2.3.1 (Basic)
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n")
                    .append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream wire = new ByteArrayOutputStream(head.length() + (body == null ? 0 : body.length));
        wire.writeBytes(head.toString().getBytes(StandardCharsets.US_ASCII));
        if (body != null) {
            wire.writeBytes(body);
        }
        return new Request(method, target, wire.toByteArray());
    }
}
