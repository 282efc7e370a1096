package dev.gatehouse.load;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * A blocking HTTP/1.1 client over one socket with keep-alive, used by one thread. It writes a
 * pre-encoded request in one call and parses the response from its own buffer, so a small
 * request/response costs one write and (usually) one read system call and almost no garbage.
 * No pipelining: the next request goes out after the previous response has been read in full.
 *
 * <p>The socket has no {@code SO_TIMEOUT} and connects without a timeout on purpose: either
 * would switch the JDK's socket to non-blocking mode for good, and every read would become
 * read (EAGAIN), poll, read. Timeouts are enforced from outside instead, by a {@link Watchdog}
 * that calls {@link #abortIfStartedBefore}; without one, a silent server blocks the caller.
 *
 * <p>The connection opens lazily and closes itself when the response says so; an I/O or
 * protocol error closes it too, and the next {@link #send} reconnects.
 */
final class HttpConnection implements Closeable {

    private static final int MAX_HEADER_LINE = 16 * 1024;
    private static final int MAX_BODY = 64 * 1024 * 1024;

    private final InetSocketAddress address;
    private final byte[] buf = new byte[32 * 1024];
    private int pos;
    private int lim;
    private volatile Socket socket;
    private InputStream in;
    private OutputStream out;
    private long connects;
    /** System.nanoTime() when the current connect or exchange began; 0 while idle. */
    private volatile long busySince;
    private volatile boolean aborted;

    HttpConnection(InetSocketAddress address) {
        this.address = address;
    }

    /** How many times a socket was opened, the first one included. */
    long connects() {
        return connects;
    }

    boolean isOpen() {
        return socket != null;
    }

    /**
     * Sends {@code request} and reads its response. On any exception the connection is closed
     * and the request's effect on the server is unknown; a {@link SocketTimeoutException} means
     * the watchdog gave up on it.
     */
    Response send(Request request) throws IOException {
        begin();
        try {
            if (socket == null) {
                connect();
            }
            out.write(request.wire());
            Response response = readResponse(request.isHead());
            if (!response.keepAlive()) {
                close();
            }
            return response;
        } catch (IOException | RuntimeException e) {
            close();
            if (aborted) {
                throw timeout(e);
            }
            throw e;
        } finally {
            busySince = 0;
        }
    }

    /** Opens the socket now, so connect failures show up apart from request failures. */
    void open() throws IOException {
        begin();
        try {
            close();
            connect();
        } catch (IOException e) {
            if (aborted) {
                throw timeout(e);
            }
            throw e;
        } finally {
            busySince = 0;
        }
    }

    /**
     * For the watchdog thread: closes the socket if the connect or exchange under way began
     * before {@code startedBefore} (a System.nanoTime() value). The owning thread then fails with
     * a {@link SocketTimeoutException}.
     */
    boolean abortIfStartedBefore(long startedBefore) {
        long since = busySince;
        if (since == 0 || since - startedBefore > 0) {
            return false;
        }
        aborted = true;
        closeQuietly(socket);
        return true;
    }

    @Override
    public void close() {
        Socket s = socket;
        socket = null;
        in = null;
        out = null;
        pos = 0;
        lim = 0;
        closeQuietly(s);
    }

    private void begin() {
        aborted = false;
        long now = System.nanoTime();
        busySince = now == 0 ? 1 : now;
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        socket = s; // visible to the watchdog while connecting
        try {
            InetSocketAddress resolved = address.isUnresolved()
                    ? new InetSocketAddress(address.getHostString(), address.getPort())
                    : address;
            s.setTcpNoDelay(true);
            s.connect(resolved);
            in = s.getInputStream();
            out = s.getOutputStream();
        } catch (IOException | RuntimeException e) {
            socket = null;
            closeQuietly(s);
            throw e;
        }
        pos = 0;
        lim = 0;
        connects++;
    }

    private static SocketTimeoutException timeout(Exception cause) {
        SocketTimeoutException e = new SocketTimeoutException("timed out, aborted by the watchdog");
        e.initCause(cause);
        return e;
    }

    private static void closeQuietly(Socket s) {
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // closing a socket we abandon: nothing left to do with the failure
            }
        }
    }

    private Response readResponse(boolean head) throws IOException {
        while (true) {
            // status-line = HTTP-version SP status-code SP [ reason-phrase ] (RFC 9112 §4)
            int lineEnd = readLine();
            int start = pos;
            int len = lineEnd - start;
            if (len < 12 || !startsWith(start, "HTTP/1.") || buf[start + 8] != ' ') {
                throw new ProtocolException("bad status line: " + ascii(start, Math.min(len, 80)));
            }
            boolean http10 = buf[start + 7] == '0';
            int status = digit(start + 9) * 100 + digit(start + 10) * 10 + digit(start + 11);
            pos = lineEnd;
            skipEol();

            long contentLength = -1;
            boolean chunked = false;
            Boolean connectionClose = null;
            long retryAfter = -1;
            while (true) {
                int end = readLine();
                int s = pos;
                if (end == s) {
                    skipEol();
                    break;
                }
                int colon = indexOf(s, end, (byte) ':');
                if (colon < 0) {
                    throw new ProtocolException("bad header line: " + ascii(s, Math.min(end - s, 80)));
                }
                if (nameIs(s, colon, "content-length")) {
                    long v = parseLong(colon + 1, end);
                    // RFC 9112 §6.3 item 5: differing Content-Length values are unrecoverable
                    if (v < 0 || (contentLength >= 0 && v != contentLength)) {
                        throw new ProtocolException("bad Content-Length");
                    }
                    contentLength = v;
                } else if (nameIs(s, colon, "transfer-encoding")) {
                    // RFC 9112 §6.3 item 4: chunked must be the final coding
                    chunked = trimmedValue(colon + 1, end).toLowerCase().endsWith("chunked");
                } else if (nameIs(s, colon, "connection")) {
                    String v = trimmedValue(colon + 1, end).toLowerCase();
                    if (v.contains("close")) {
                        connectionClose = Boolean.TRUE;
                    } else if (v.contains("keep-alive") && connectionClose == null) {
                        connectionClose = Boolean.FALSE;
                    }
                } else if (nameIs(s, colon, "retry-after")) {
                    long v = parseLong(colon + 1, end);
                    retryAfter = v; // -1 when it is an HTTP-date, which load tests do not need
                }
                pos = end;
                skipEol();
            }
            // RFC 9110 §15.2: 1xx responses are interim, the final one follows (101 is not expected)
            if (status >= 100 && status < 200 && status != 101) {
                continue;
            }
            // RFC 9112 §9.3: HTTP/1.1 persists unless "close"; HTTP/1.0 only with "keep-alive"
            boolean keepAlive = http10 ? Boolean.FALSE.equals(connectionClose) : !Boolean.TRUE.equals(connectionClose);
            byte[] body;
            // RFC 9112 §6.3: the order in which the body length is determined
            if (head || status == 204 || status == 304 || status < 200) {
                body = new byte[0];
            } else if (chunked) {
                body = readChunked();
            } else if (contentLength >= 0) {
                if (contentLength > MAX_BODY) {
                    throw new ProtocolException("body too large: " + contentLength);
                }
                body = readFixed((int) contentLength);
            } else {
                body = readToEof();
                keepAlive = false;
            }
            return new Response(status, body, keepAlive, retryAfter);
        }
    }

    private byte[] readFixed(int n) throws IOException {
        byte[] body = new byte[n];
        int have = Math.min(n, lim - pos);
        System.arraycopy(buf, pos, body, 0, have);
        pos += have;
        while (have < n) {
            int r = in.read(body, have, n - have);
            if (r < 0) {
                throw new EOFException("connection closed after " + have + " of " + n + " body bytes");
            }
            have += r;
        }
        return body;
    }

    private byte[] readChunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        while (true) {
            // chunk = chunk-size [ chunk-ext ] CRLF chunk-data CRLF (RFC 9112 §7.1)
            int end = readLine();
            int s = pos;
            int extension = indexOf(s, end, (byte) ';');
            int sizeEnd = extension < 0 ? end : extension;
            long size = parseHex(s, sizeEnd);
            pos = end;
            skipEol();
            if (size == 0) {
                break;
            }
            if (body.size() + size > MAX_BODY) {
                throw new ProtocolException("chunked body too large");
            }
            body.write(readFixed((int) size), 0, (int) size);
            int crlf = readLine();
            if (crlf != pos) {
                throw new ProtocolException("chunk data not followed by CRLF");
            }
            skipEol();
        }
        // trailer section, ended by an empty line (RFC 9112 §7.1.2)
        while (true) {
            int end = readLine();
            boolean empty = end == pos;
            pos = end;
            skipEol();
            if (empty) {
                return body.toByteArray();
            }
        }
    }

    private byte[] readToEof() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(256);
        body.write(buf, pos, lim - pos);
        pos = lim;
        byte[] chunk = new byte[8192];
        int r;
        while ((r = in.read(chunk)) >= 0) {
            body.write(chunk, 0, r);
            if (body.size() > MAX_BODY) {
                throw new ProtocolException("body too large");
            }
        }
        return body.toByteArray();
    }

    /**
     * Makes a whole line available at {@link #pos} and returns the index of its end (the CR of
     * CRLF, or the LF alone, which RFC 9112 §2.2 lets a recipient accept).
     */
    private int readLine() throws IOException {
        int scanned = pos;
        while (true) {
            for (int i = scanned; i < lim; i++) {
                if (buf[i] == '\n') {
                    return i > pos && buf[i - 1] == '\r' ? i - 1 : i;
                }
            }
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, lim - pos);
                lim -= pos;
                pos = 0;
            }
            scanned = lim; // everything buffered has been looked at
            if (lim == buf.length || lim > MAX_HEADER_LINE) {
                throw new ProtocolException("line longer than " + MAX_HEADER_LINE + " bytes");
            }
            int r = in.read(buf, lim, buf.length - lim);
            if (r < 0) {
                throw new EOFException(lim == 0 ? "connection closed by server" : "connection closed mid-line");
            }
            lim += r;
        }
    }

    /** Steps over the CRLF or LF that ends the line whose end {@link #pos} now points at. */
    private void skipEol() {
        if (buf[pos] == '\r') {
            pos++;
        }
        pos++;
    }

    private boolean startsWith(int at, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            if (buf[at + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Field names are case-insensitive (RFC 9110 §5.1); {@code lower} is lower-case. */
    private boolean nameIs(int from, int colon, String lower) {
        if (colon - from != lower.length()) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            int c = buf[from + i];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int indexOf(int from, int to, byte b) {
        for (int i = from; i < to; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private int digit(int at) throws ProtocolException {
        int d = buf[at] - '0';
        if (d < 0 || d > 9) {
            throw new ProtocolException("bad status code");
        }
        return d;
    }

    /** Decimal value between optional whitespace, or -1 when it is not a plain number. */
    private long parseLong(int from, int to) {
        while (from < to && (buf[from] == ' ' || buf[from] == '\t')) {
            from++;
        }
        while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
            to--;
        }
        if (from == to || to - from > 18) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = buf[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private long parseHex(int from, int to) throws ProtocolException {
        while (to > from && (buf[to - 1] == ' ' || buf[to - 1] == '\t')) {
            to--;
        }
        if (from == to || to - from > 15) {
            throw new ProtocolException("bad chunk size");
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = Character.digit(buf[i], 16);
            if (d < 0) {
                throw new ProtocolException("bad chunk size");
            }
            v = v * 16 + d;
        }
        return v;
    }

    private String trimmedValue(int from, int to) {
        return ascii(from, to - from).trim();
    }

    private String ascii(int from, int len) {
        return new String(buf, from, len, StandardCharsets.ISO_8859_1);
    }

    /** The response did not follow RFC 9112; the connection cannot be reused. */
    static final class ProtocolException extends IOException {
        ProtocolException(String message) {
            super(message);
        }
    }
}
