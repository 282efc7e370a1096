package dev.gatehouse.config;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web origins as browsers send them in the {@code Origin} header (RFC 6454 §6.2, the Fetch standard's
 * origin serialisation): {@code scheme://host[:port]}, lowercase, without the scheme's default port,
 * path, query, fragment or user info. What is registered (a client's {@code web_origins},
 * {@code cors.allowed.origins}) must be exactly that form, because a request's origin is compared
 * with it as a string: anything else could never match, and is refused when it is saved. It lives
 * with the configuration, which imports nothing else of ours, so both it and client registration use it.
 */
public final class WebOrigin {
    /** Longer than any real origin (a DNS name is at most 253 characters, the scheme and port add a few). */
    public static final int MAX_LENGTH = 270;
    private static final Pattern SHAPE = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*)://([^/?#]*)(.*)", Pattern.DOTALL);
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*|\\[[0-9A-Fa-f:.]+\\]");

    private WebOrigin() {}

    /**
     * Why {@code origin} cannot be registered, or null when it is a serialised origin: {@code required},
     * {@code too_long}, {@code wildcard} (no pattern of any kind: each site is named), {@code invalid},
     * {@code has_path} (a path, even "/", a query or a fragment), {@code unsupported_scheme} (http and
     * https only), {@code not_canonical} (upper case, the default port or a port with leading zeros:
     * browsers never send those) or {@code invalid_port}.
     */
    public static String problem(String origin) {
        if (origin == null || origin.isEmpty()) return "required";
        if (origin.length() > MAX_LENGTH) return "too_long";
        if (origin.indexOf('*') >= 0) return "wildcard";
        for (int i = 0; i < origin.length(); i++) {
            char c = origin.charAt(i);
            if (c <= 0x20 || c >= 0x7F) return "invalid";
        }
        Matcher m = SHAPE.matcher(origin);
        if (!m.matches()) return "invalid";
        String scheme = m.group(1);
        String authority = m.group(2);
        if (!m.group(3).isEmpty()) return "has_path";
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!lower.equals("http") && !lower.equals("https")) return "unsupported_scheme";
        if (authority.isEmpty() || authority.indexOf('@') >= 0) return "invalid";
        String host = authority;
        String port = null;
        int colon = authority.lastIndexOf(':');
        if (colon > authority.lastIndexOf(']')) {
            host = authority.substring(0, colon);
            port = authority.substring(colon + 1);
        }
        if (!HOST.matcher(host).matches()) return "invalid";
        if (port != null) {
            if (!port.matches("[0-9]{1,5}")) return "invalid_port";
            int p = Integer.parseInt(port);
            if (p < 1 || p > 65_535) return "invalid_port";
            if (port.startsWith("0") || p == (lower.equals("https") ? 443 : 80)) return "not_canonical";
        }
        if (!origin.equals(origin.toLowerCase(Locale.ROOT))) return "not_canonical";
        return null;
    }

    /** Whether the (valid) origin is plain http to a loopback host, where TLS is not needed (RFC 8252 §8.3). */
    public static boolean isLoopbackHttp(String origin) {
        if (!origin.startsWith("http://")) return false;
        String authority = origin.substring("http://".length());
        int colon = authority.lastIndexOf(':');
        String host = colon > authority.lastIndexOf(']') ? authority.substring(0, colon) : authority;
        return host.equals("127.0.0.1") || host.equals("[::1]") || host.equals("localhost");
    }

    /**
     * The serialised origin of an absolute http(s) URI (a redirect URI), or null when it has none: a
     * private-use scheme of a native app has no web origin. Lowercases scheme and host and drops the
     * default port, as a browser does.
     */
    public static String of(String uri) {
        try {
            java.net.URI u = new java.net.URI(uri);
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || u.getHost() == null) return null;
            int port = u.getPort();
            boolean defaultPort = port == -1 || port == (scheme.equals("https") ? 443 : 80);
            String origin = scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
            return problem(origin) == null ? origin : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
