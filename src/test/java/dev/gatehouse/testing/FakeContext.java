package dev.gatehouse.testing;

import io.javalin.http.Context;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Javalin {@link Context} for unit-level fuzzing of code that reads headers, attributes and the
 * body: request headers, a body with a declared length (which may lie, as a client's may), and the
 * response headers written. Anything else it is asked throws, so a parser that starts to depend on
 * more of the request shows up as a test failure rather than a silent default.
 */
public final class FakeContext {
    private final Map<String, String> headers = new HashMap<>();
    private final Map<String, Object> attributes = new HashMap<>();
    private final List<String> responseHeaders = new ArrayList<>();
    private byte[] body = new byte[0];
    private long declaredLength = 0;
    private int bytesPerRead = Integer.MAX_VALUE;

    public static FakeContext create() {
        return new FakeContext();
    }

    public FakeContext header(String name, String value) {
        if (value != null) headers.put(name.toLowerCase(Locale.ROOT), value);
        return this;
    }

    /** The body, declared with its true length. */
    public FakeContext body(byte[] body) {
        return body(body, body.length);
    }

    /** The body with a Content-Length of {@code declared} (-1: none, as with chunked transfer). */
    public FakeContext body(byte[] body, long declared) {
        this.body = body.clone();
        this.declaredLength = declared;
        return this;
    }

    /** The body arrives at most {@code bytes} per read, as from a slow client. */
    public FakeContext trickle(int bytes) {
        this.bytesPerRead = bytes;
        return this;
    }

    /** Response headers written so far, as "Name: value". */
    public List<String> responseHeaders() {
        return List.copyOf(responseHeaders);
    }

    public Context context() {
        HttpServletRequest req = proxy(HttpServletRequest.class, (name, args) -> switch (name) {
            case "getContentLengthLong" -> declaredLength;
            case "getContentLength" -> (int) Math.min(Integer.MAX_VALUE, declaredLength);
            case "getHeader" -> headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
            case "getInputStream" -> input(body, bytesPerRead);
            default -> throw new UnsupportedOperationException("request." + name);
        });
        HttpServletResponse res = proxy(HttpServletResponse.class, (name, args) -> switch (name) {
            case "addHeader", "setHeader" -> {
                responseHeaders.add(args[0] + ": " + args[1]);
                yield null;
            }
            default -> throw new UnsupportedOperationException("response." + name);
        });
        return proxy(Context.class, (name, args) -> {
            int n = args == null ? 0 : args.length;
            return switch (name + "/" + n) {
                case "req/0" -> req;
                case "res/0" -> res;
                case "header/1" -> headers.get(((String) args[0]).toLowerCase(Locale.ROOT));
                case "attribute/1" -> attributes.get((String) args[0]);
                case "attribute/2" -> {
                    attributes.put((String) args[0], args[1]);
                    yield null;
                }
                default -> throw new UnsupportedOperationException("context." + name);
            };
        });
    }

    private interface Handler {
        Object handle(String method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(FakeContext.class.getClassLoader(), new Class<?>[] {type},
                (p, method, args) -> switch (method.getName()) {
                    case "toString" -> "Fake" + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> handler.handle(method.getName(), args);
                }));
    }

    private static ServletInputStream input(byte[] bytes, int bytesPerRead) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, Math.min(len, bytesPerRead));
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
