package dev.gatehouse.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Decides which addresses the server may connect to when a URL comes from outside its own
 * configuration (a client's {@code jwks_uri}; later upstream identity providers and dynamic client
 * registration). Without it, whoever sets such a URL can make the server reach its own loopback, the
 * cloud metadata service at 169.254.169.254 or the private network behind it: server-side request
 * forgery (OWASP SSRF Prevention Cheat Sheet, "case 2": the target is not a fixed list; RFC 7591 §5
 * and OpenID Connect Core §16 warn about the same for fetched client metadata).
 *
 * <p>Refused, unless inside an operator-allowed block ({@code outbound.allowed.networks}): the
 * special-purpose blocks of RFC 6890 that a server should never reach for an outside party:
 * unspecified (0.0.0.0/8, ::), loopback (127/8, ::1), private (10/8, 172.16/12, 192.168/16, RFC 1918),
 * shared CGNAT space (100.64/10, RFC 6598), link-local (169.254/16, fe80::/10), unique-local
 * (fc00::/7, RFC 4193), multicast (224/4, ff00::/8), the IETF and benchmark blocks (192.0.0/24,
 * 198.18/15), reserved (240/4 and broadcast), site-local fec0::/10, and IPv6 forms that carry an IPv4
 * address (IPv4-mapped ::ffff:0:0/96, which Java already turns into IPv4; IPv4-compatible ::/96;
 * NAT64 64:ff9b::/96; 6to4 2002::/16), judged by that IPv4 address.
 *
 * <p>A host name is resolved and every address it resolves to must pass: a name with one public and
 * one private address is refused, since the connection could go to either. Callers then connect to
 * an address this guard returned ({@link GuardedHttpFetcher}), never resolve again, so a DNS answer
 * that changes between check and use (DNS rebinding) cannot move the connection.
 *
 * <p>HTTP-client agnostic and thread-safe.
 */
public final class OutboundGuard {

    /** How host names become addresses; the system resolver, or a fixed table in tests. */
    @FunctionalInterface
    public interface HostResolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** Why an outbound destination was refused; the message names the host, never a response. */
    public static final class RefusedException extends java.io.IOException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        RefusedException(String reason, String message) {
            super(message);
            this.reason = reason;
        }

        /** {@code forbidden_address} or {@code unresolvable}. */
        public String reason() {
            return reason;
        }
    }

    public static final String FORBIDDEN_ADDRESS = "forbidden_address";
    public static final String UNRESOLVABLE = "unresolvable";

    private static final List<Cidr> SPECIAL_PURPOSE = blocks(
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24",
            "224.0.0.0/4", "240.0.0.0/4",
            "::/128", "::1/128", "fe80::/10", "fec0::/10", "fc00::/7", "ff00::/8", "2001:db8::/32", "100::/64");
    private static final Cidr IPV4_COMPATIBLE = Cidr.parse("::/96");
    private static final Cidr NAT64 = Cidr.parse("64:ff9b::/96");
    private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

    private final List<Cidr> allowed;
    private final HostResolver resolver;

    /** @param allowedNetworks CIDRs ({@code outbound.allowed.networks}) reachable although special-purpose */
    public OutboundGuard(List<String> allowedNetworks) {
        this(allowedNetworks, InetAddress::getAllByName);
    }

    public OutboundGuard(List<String> allowedNetworks, HostResolver resolver) {
        this.allowed = blocks(allowedNetworks.toArray(String[]::new));
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * The addresses of {@code host} (a name or an IP literal, IPv6 with or without brackets), each of
     * them allowed.
     *
     * @throws RefusedException {@code forbidden_address} when any address is refused, {@code unresolvable}
     *                          when the name has no address
     */
    public List<InetAddress> resolve(String host) throws RefusedException {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(h);
        } catch (UnknownHostException | RuntimeException e) {
            throw new RefusedException(UNRESOLVABLE, "cannot resolve " + host);
        }
        if (addresses == null || addresses.length == 0) throw new RefusedException(UNRESOLVABLE, "no address for " + host);
        for (InetAddress address : addresses) {
            if (!permits(address)) throw new RefusedException(FORBIDDEN_ADDRESS, host + " resolves to a refused address");
        }
        return List.copyOf(Arrays.asList(addresses));
    }

    /** Whether a connection to {@code address} may be made. */
    public boolean permits(InetAddress address) {
        return !isSpecialPurpose(address) || allowlisted(address);
    }

    /**
     * Whether every one of {@code addresses} is inside an allowed block: such a destination is one the
     * operator vouched for, where plain http is acceptable (a development key server on loopback).
     */
    public boolean allowlisted(List<InetAddress> addresses) {
        return !addresses.isEmpty() && addresses.stream().allMatch(this::allowlisted);
    }

    private boolean allowlisted(InetAddress address) {
        for (Cidr block : allowed) {
            if (block.contains(address)) return true;
        }
        InetAddress embedded = embeddedIpv4(address);
        return embedded != null && allowlisted(embedded);
    }

    /** Whether {@code address} is in a special-purpose block, directly or through an embedded IPv4 address. */
    static boolean isSpecialPurpose(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        for (Cidr block : SPECIAL_PURPOSE) {
            if (block.contains(address)) return true;
        }
        if (address instanceof Inet4Address) return false;
        InetAddress embedded = embeddedIpv4(address);
        return embedded != null && isSpecialPurpose(embedded);
    }

    /** The IPv4 address carried by an IPv4-compatible, NAT64 or 6to4 IPv6 address; otherwise null. */
    private static InetAddress embeddedIpv4(InetAddress address) {
        if (!(address instanceof Inet6Address)) return null;
        byte[] b = address.getAddress();
        byte[] v4;
        if (IPV4_COMPATIBLE.contains(b) || NAT64.contains(b)) {
            v4 = Arrays.copyOfRange(b, 12, 16);
        } else if (SIX_TO_FOUR.contains(b)) {
            v4 = Arrays.copyOfRange(b, 2, 6);
        } else {
            return null;
        }
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            return null; // four bytes are always a valid IPv4 address
        }
    }

    private static List<Cidr> blocks(String... cidrs) {
        List<Cidr> out = new ArrayList<>(cidrs.length);
        for (String c : cidrs) out.add(Cidr.parse(c));
        return List.copyOf(out);
    }
}
