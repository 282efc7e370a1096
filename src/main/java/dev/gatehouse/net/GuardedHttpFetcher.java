package dev.gatehouse.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * GET of a small document (or, through {@link #send}, a token request or user API call) from a URL
 * someone outside the operator chose, through an
 * {@link OutboundGuard}: the host is resolved once, every address checked, and the socket connects to
 * a checked address itself, so no second resolution (DNS rebinding) can send it elsewhere. Over https
 * the TLS handshake still names the original host (SNI) and the certificate is verified against that
 * name (endpoint identification "HTTPS", RFC 2818 §3.1 / RFC 6125); the {@code Host} header is the
 * original too.
 *
 * <p>Why sockets and not {@code java.net.http.HttpClient}, {@code HttpURLConnection} or Nimbus'
 * {@code DefaultResourceRetriever}: each resolves the host itself, at connect time, and none lets the
 * caller pin the address while keeping the name for SNI, certificate checking and {@code Host}. The
 * protocol needed here is small: one HTTP/1.1 GET, {@code Connection: close}, a body framed by
 * Content-Length, chunked encoding or the end of the stream.
 *
 * <p>Limits: no redirect is followed (a 3xx is a failure: a redirect could name any host, and the
 * OpenID and OAuth documents fetched here are served from their registered URL); plain http only to
 * operator-allowed networks; a size cap; one deadline for connect, TLS and the whole response.
 */
public final class GuardedHttpFetcher {

    /** The fetch failed: refused destination, network error, timeout, non-200 status or oversized body. */
    public static final class FetchException extends IOException {
        private static final long serialVersionUID = 1L;

        FetchException(String message) {
            super(message);
        }

        FetchException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final OutboundGuard guard;
    private final int maxBytes;
    private final Duration timeout;
    /** Null for the JVM's default, looked up at the first https fetch (see the public constructor). */
    private final SSLSocketFactory tls;

    /**
     * @param maxBytes most body bytes read; a longer body is a failure
     * @param timeout  deadline for the whole fetch, connect to last byte
     */
    public GuardedHttpFetcher(OutboundGuard guard, int maxBytes, Duration timeout) {
        // The JVM's default TLS context reads and parses the trust store (~150 certificates): not at
        // start-up, where it cost tens of ms of CPU and ~1 MB of heap, but at the first https fetch.
        this(guard, maxBytes, timeout, null);
    }

    GuardedHttpFetcher(OutboundGuard guard, int maxBytes, Duration timeout, SSLSocketFactory tls) {
        this.guard = guard;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.tls = tls;
    }

    /** Whether {@code uri} names a destination this fetcher would try (scheme, host and guard); it does not connect. */
    public void check(URI uri) throws IOException {
        target(uri);
    }

    /**
     * Why {@code url}, given by an administrator for the server to fetch later, is refused now, as a
     * field error code; null when it is accepted. The fetch checks again, on the address it connects
     * to; refusing here tells the administrator at once. Codes: {@code too_long}, {@code invalid_uri},
     * {@code https_required} (another scheme, no host, user info, a fragment, or plain http off the
     * operator's allowed networks), {@code forbidden_address} (loopback, private, link-local such as
     * 169.254.169.254, ...: {@link OutboundGuard}). An https name that does not resolve today is
     * accepted: it may tomorrow.
     */
    public String refusal(String url, int maxLength) {
        if (url.length() > maxLength) return "too_long";
        URI u;
        try {
            u = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return "invalid_uri";
        }
        boolean https = "https".equals(u.getScheme());
        if (u.getHost() == null || u.getRawFragment() != null || u.getRawUserInfo() != null || !(https || "http".equals(u.getScheme()))) {
            return "https_required";
        }
        try {
            check(u);
            return null;
        } catch (OutboundGuard.RefusedException e) {
            return switch (e.reason()) {
                case OutboundGuard.FORBIDDEN_ADDRESS -> "forbidden_address";
                // Plain http needs an allowed address, so an unresolvable http host cannot be accepted.
                case OutboundGuard.UNRESOLVABLE -> https ? null : "https_required";
                default -> "https_required";
            };
        } catch (IOException e) {
            return "invalid_uri";
        }
    }

    /** The body of a 200 answer to GET {@code uri}. */
    public byte[] get(URI uri, String accept) throws IOException {
        Response response = send("GET", uri, Map.of("Accept", accept), null);
        if (response.status() != 200) throw new FetchException("status " + response.status() + " from " + uri.getHost());
        return response.body();
    }

    /**
     * An answer of any status; redirects are answers too, never followed.
     *
     * @param contentType the {@code Content-Type} header value, null when absent
     */
    public record Response(int status, String contentType, byte[] body) {}

    /**
     * One request through the guard, for the few exchanges a protocol needs beyond reading a document:
     * a token request (a form POST with client authentication) or a user API read with a Bearer token.
     * The same address checks, deadline, size cap and no-redirect rule as {@link #get} hold; the
     * answer is returned whatever its status, so the caller can read an OAuth error body (RFC 6749 §5.2).
     *
     * @param method  {@code GET} or {@code POST}
     * @param headers request headers besides {@code Host}, {@code Content-Length}, {@code Connection}
     *                and {@code User-Agent}, which are the fetcher's own
     * @param body    the request body (sent with its length), or null for none
     * @throws IllegalArgumentException for another method, or a header name or value that could split
     *                                  the request (CR, LF, NUL or a non-token name)
     */
    public Response send(String method, URI uri, Map<String, String> headers, byte[] body) throws IOException {
        if (!method.equals("GET") && !method.equals("POST")) throw new IllegalArgumentException("method " + method);
        StringBuilder extra = new StringBuilder();
        for (Map.Entry<String, String> h : headers.entrySet()) {
            String name = h.getKey();
            if (!name.matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+") || OWN_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("header name " + name);
            }
            if (!h.getValue().matches("[\\x20-\\x7E\\t]*")) throw new IllegalArgumentException("header value of " + name);
            extra.append(name).append(": ").append(h.getValue()).append("\r\n");
        }
        if (body != null) extra.append("Content-Length: ").append(body.length).append("\r\n");
        Target target = target(uri);
        long deadline = System.nanoTime() + timeout.toNanos();
        IOException last = null;
        for (InetAddress address : target.addresses()) {
            Socket socket;
            try {
                socket = connect(target, address, deadline);
            } catch (SocketTimeoutException e) {
                throw new FetchException("timed out connecting to " + target.host(), e);
            } catch (IOException e) {
                last = e; // next checked address of the same name, if any
                continue;
            }
            try (socket) {
                return exchange(socket, target, method, extra.toString(), body, deadline);
            }
        }
        throw new FetchException("cannot connect to " + target.host(), last);
    }

    private static final Set<String> OWN_HEADERS = Set.of("host", "content-length", "connection", "user-agent", "transfer-encoding");

    private record Target(boolean https, String host, int port, String pathAndQuery, List<InetAddress> addresses) {}

    private Target target(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean https = scheme.equals("https");
        if (!https && !scheme.equals("http")) throw new FetchException("not an http(s) URL");
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null) throw new FetchException("no host, or user info in the URL");
        List<InetAddress> addresses = guard.resolve(host);
        if (!https && !guard.allowlisted(addresses)) {
            // Plain http can be read and changed on the way: only to networks the operator vouched for.
            throw new OutboundGuard.RefusedException("https_required", "plain http to " + host + " is not allowed");
        }
        int port = uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80;
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) path += "?" + uri.getRawQuery();
        String bareHost = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        return new Target(https, bareHost, port, path, addresses);
    }

    private Socket connect(Target target, InetAddress address, long deadline) throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(address, target.port()), remainingMillis(deadline));
            plain.setSoTimeout(remainingMillis(deadline));
            if (!target.https()) return plain;
            // Layered on the socket already connected to the checked address; the name is for TLS only.
            SSLSocketFactory factory = tls != null ? tls : (SSLSocketFactory) SSLSocketFactory.getDefault();
            SSLSocket ssl = (SSLSocket) factory.createSocket(plain, target.host(), target.port(), true);
            SSLParameters params = ssl.getSSLParameters();
            params.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isIpLiteral(target.host())) params.setServerNames(List.of(new SNIHostName(target.host())));
            ssl.setSSLParameters(params);
            ssl.setSoTimeout(remainingMillis(deadline));
            ssl.startHandshake();
            return ssl;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }

    private Response exchange(Socket socket, Target target, String method, String headers, byte[] body, long deadline)
            throws IOException {
        String hostHeader = (target.host().indexOf(':') >= 0 ? "[" + target.host() + "]" : target.host())
                + (target.port() == (target.https() ? 443 : 80) ? "" : ":" + target.port());
        String request = method + " " + target.pathAndQuery() + " HTTP/1.1\r\n"
                + "Host: " + hostHeader + "\r\n"
                + headers
                + "User-Agent: Gatehouse\r\n"
                + "Connection: close\r\n\r\n";
        try {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            if (body != null) out.write(body);
            out.flush();
            Reader in = new Reader(socket, deadline);
            String status = in.line();
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new FetchException("not an HTTP/1.x answer");
            int statusCode;
            try {
                statusCode = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw new FetchException("malformed status");
            }
            if (statusCode < 100 || statusCode > 599) throw new FetchException("malformed status");
            String contentType = null;
            long length = -1;
            boolean chunked = false;
            for (String header = in.line(); !header.isEmpty(); header = in.line()) {
                int colon = header.indexOf(':');
                if (colon <= 0) throw new FetchException("malformed header");
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                if (name.equals("content-length")) {
                    try {
                        length = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new FetchException("malformed Content-Length");
                    }
                } else if (name.equals("content-type")) {
                    contentType = value;
                } else if (name.equals("transfer-encoding")) {
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                }
            }
            byte[] content;
            if (chunked) {
                content = in.chunked(maxBytes);
            } else if (length > maxBytes) {
                throw new FetchException("body over " + maxBytes + " bytes");
            } else if (statusCode == 204 || statusCode == 304 || statusCode < 200) {
                content = new byte[0]; // no body, whatever the headers say (RFC 9112 §6.3)
            } else {
                content = length >= 0 ? in.exactly((int) length) : in.toEnd(maxBytes);
            }
            return new Response(statusCode, contentType, content);
        } catch (SocketTimeoutException e) {
            throw new FetchException("timed out reading from " + target.host(), e);
        }
    }

    private static int remainingMillis(long deadline) throws SocketTimeoutException {
        long left = (deadline - System.nanoTime()) / 1_000_000;
        if (left <= 0) throw new SocketTimeoutException("deadline passed");
        return (int) Math.min(Integer.MAX_VALUE, left);
    }

    private static boolean isIpLiteral(String host) {
        return host.indexOf(':') >= 0 || host.matches("[0-9.]+");
    }

    /** Bounded reads with the deadline applied to every read. */
    private static final class Reader {
        private final Socket socket;
        private final InputStream in;
        private final long deadline;
        private int headerBytes;

        Reader(Socket socket, long deadline) throws IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.deadline = deadline;
        }

        private int read() throws IOException {
            socket.setSoTimeout(remainingMillis(deadline));
            return in.read();
        }

        String line() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = read(); c != '\n'; c = read()) {
                if (c < 0) throw new FetchException("connection closed early");
                if (++headerBytes > MAX_HEADER_BYTES) throw new FetchException("headers too large");
                if (c != '\r') line.append((char) c);
            }
            return line.toString();
        }

        byte[] exactly(int length) throws IOException {
            byte[] body = new byte[length];
            int off = 0;
            while (off < length) {
                socket.setSoTimeout(remainingMillis(deadline));
                int n = in.read(body, off, length - off);
                if (n < 0) throw new FetchException("connection closed early");
                off += n;
            }
            return body;
        }

        byte[] toEnd(int max) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (true) {
                socket.setSoTimeout(remainingMillis(deadline));
                int n = in.read(buffer);
                if (n < 0) return body.toByteArray();
                if (body.size() + n > max) throw new FetchException("body over " + max + " bytes");
                body.write(buffer, 0, n);
            }
        }

        byte[] chunked(int max) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            while (true) {
                String sizeLine = line();
                int semi = sizeLine.indexOf(';');
                int size;
                try {
                    size = Integer.parseInt((semi < 0 ? sizeLine : sizeLine.substring(0, semi)).trim(), 16);
                } catch (NumberFormatException e) {
                    throw new FetchException("malformed chunk size");
                }
                if (size < 0 || body.size() + (long) size > max) throw new FetchException("body over " + max + " bytes");
                if (size == 0) return body.toByteArray(); // trailers are not read: the connection closes
                body.write(exactly(size));
                line(); // CRLF after the chunk
            }
        }
    }
}
