package dev.gatehouse.passkey;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The WebAuthn relying party derived from the issuer (API.md §7): the RP ID is the issuer's host, the
 * only accepted origin is the issuer's origin (scheme, host and port). An IP address is an RP ID only
 * for a loopback issuer (development): browsers refuse IP RP IDs elsewhere (W3C WebAuthn §5.1.3 needs
 * a registrable domain suffix of the origin's effective domain).
 *
 * @param available false when the issuer's host cannot be an RP ID; then passkeys are refused
 */
public record RelyingParty(String id, String name, String origin, boolean available) {

    public static RelyingParty of(String issuer) {
        URI u = URI.create(issuer);
        String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        boolean ip = bare.contains(":") || bare.matches("[0-9.]+");
        boolean available = !bare.isEmpty() && (!ip || loopback(bare));
        String origin = u.getScheme().toLowerCase(Locale.ROOT) + "://" + host + (u.getPort() == -1 ? "" : ":" + u.getPort());
        return new RelyingParty(bare, "Gatehouse", origin, available);
    }

    private static boolean loopback(String ip) {
        try {
            return InetAddress.getByName(ip).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
