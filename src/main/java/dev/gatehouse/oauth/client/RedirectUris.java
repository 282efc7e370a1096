package dev.gatehouse.oauth.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Redirect URI rules: what may be registered (RFC 6749 §3.1.2, RFC 8252 §7, SECURITY.md) and how a
 * presented URI is matched against the registered ones (exact string comparison, OAuth 2.1 §2.3.1;
 * loopback IP redirects match on any port, RFC 8252 §7.3).
 */
public final class RedirectUris {
    static final int MAX_LENGTH = 2048;
    private static final Set<String> FORBIDDEN_SCHEMES = Set.of("javascript", "data", "vbscript", "file", "blob", "about");

    private final boolean dev;
    /** The issuer's scheme://host[:port], or null: its own pages (the admin console's callback) are as trusted as it is. */
    private final String issuerOrigin;

    /**
     * @param dev    GATEHOUSE_DEV: plain http allowed off loopback
     * @param issuer the issuer (null: none): a redirect URI on its own origin needs no more than the issuer
     *               itself, which the configuration allows on plain http on loopback ({@code localhost}) or in dev
     */
    public RedirectUris(boolean dev, String issuer) {
        this.dev = dev;
        this.issuerOrigin = issuer == null ? null : origin(URI.create(issuer));
    }

    private static String origin(URI u) {
        return u.getScheme() == null || u.getHost() == null ? null
                : u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }

    /** @return null when acceptable for registration, else a short problem code */
    public String problem(String uri) {
        if (uri == null || uri.isEmpty()) return "required";
        if (uri.length() > MAX_LENGTH) return "too_long";
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c <= 0x20 || c >= 0x7F) return "invalid_uri";
        }
        // No wildcards of any kind: matching is exact (SECURITY.md).
        if (uri.indexOf('*') >= 0) return "wildcard";
        URI parsed;
        try {
            parsed = new URI(uri);
        } catch (URISyntaxException e) {
            return "invalid_uri";
        }
        if (!parsed.isAbsolute() || parsed.getScheme() == null) return "not_absolute";
        // RFC 6749 §3.1.2: the endpoint URI MUST NOT include a fragment component.
        if (parsed.getRawFragment() != null) return "fragment";
        String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
        if (FORBIDDEN_SCHEMES.contains(scheme)) return "forbidden_scheme";
        if (parsed.getRawUserInfo() != null) return "user_info";
        // RFC 3986 §5.2.4: "." and ".." segments are removed when a URI is resolved, so the registered
        // string would not be the path a browser visits; exact matching needs a path with none.
        if (hasDotSegment(parsed.getRawPath())) return "dot_segment";
        if (scheme.equals("https") || scheme.equals("http")) {
            if (parsed.getHost() == null) return "invalid_uri";
            // RFC 3986 §3.2.3 / RFC 6335 §6: a port is 1-65535; 0 is no port a client can listen on.
            if (parsed.getPort() != -1 && (parsed.getPort() < 1 || parsed.getPort() > 65_535)) return "invalid_port";
            if (scheme.equals("https") || issuerOrigin != null && issuerOrigin.equals(origin(parsed))) return null;
            // RFC 8252 §8.3: loopback redirects use the IP literal; anything else needs TLS (OAuth 2.1 §1.5).
            return isLoopbackIp(parsed.getHost()) || dev ? null : "https_required";
        }
        // RFC 8252 §7.1: private-use schemes of native apps are reverse domain names (com.example.app:/cb):
        // at least two non-empty labels, so "myapp:" (anyone's name) is refused.
        if (REVERSE_DOMAIN.matcher(scheme).matches() && !parsed.isOpaque()) return null;
        return "unsupported_scheme";
    }

    private static final java.util.regex.Pattern REVERSE_DOMAIN =
            java.util.regex.Pattern.compile("[a-z][a-z0-9+-]*(\\.[a-z0-9+-]+)+");

    /** A path segment that is "." or "..", also percent-encoded (%2e, any case). */
    static boolean hasDotSegment(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) return false;
        for (String segment : rawPath.split("/", -1)) {
            String s = segment.replaceAll("(?i)%2e", ".");
            if (s.equals(".") || s.equals("..")) return true;
        }
        return false;
    }

    /**
     * Whether {@code presented} matches one of {@code registered}: the same string, or, for a registered
     * loopback IP {@code http} URI, the same string apart from the port (RFC 8252 §7.3).
     */
    public static boolean matches(List<String> registered, String presented) {
        if (presented == null) return false;
        for (String r : registered) {
            if (r.equals(presented)) return true;
            if (sameExceptLoopbackPort(r, presented)) return true;
        }
        return false;
    }

    private static boolean sameExceptLoopbackPort(String registered, String presented) {
        try {
            URI r = new URI(registered);
            URI p = new URI(presented);
            if (!"http".equals(r.getScheme()) || !"http".equals(p.getScheme())) return false;
            if (r.getHost() == null || !isLoopbackIp(r.getHost()) || !r.getHost().equals(p.getHost())) return false;
            if (p.getRawUserInfo() != null || p.getRawFragment() != null) return false;
            if (p.getPort() == 0 || p.getPort() > 65_535) return false;
            return java.util.Objects.equals(r.getRawPath(), p.getRawPath())
                    && java.util.Objects.equals(r.getRawQuery(), p.getRawQuery());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean isLoopbackIp(String host) {
        return host.equals("127.0.0.1") || host.equals("[::1]");
    }
}
