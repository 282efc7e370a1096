package dev.gatehouse.web.http;

import io.javalin.http.Context;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The client's address: the socket peer, unless the peer is a trusted proxy, in which case the
 * right-most untrusted address of {@code X-Forwarded-For} (the left part is client-controlled).
 */
final class ClientIp {
    private record Cidr(BigInteger network, BigInteger mask, int length) {}

    private final List<Cidr> trusted = new ArrayList<>();

    ClientIp(List<String> trustedProxies) {
        for (String cidr : trustedProxies) {
            String[] parts = cidr.split("/", 2);
            byte[] addr = parse(parts[0]);
            if (addr == null) continue;
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : addr.length * 8;
            BigInteger mask = BigInteger.ONE.shiftLeft(addr.length * 8).subtract(BigInteger.ONE)
                    .shiftRight(bits).xor(BigInteger.ONE.shiftLeft(addr.length * 8).subtract(BigInteger.ONE));
            trusted.add(new Cidr(new BigInteger(1, addr).and(mask), mask, addr.length));
        }
    }

    String of(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        if (trusted.isEmpty() || !isTrusted(peer)) return peer;
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.length() > 2048) return peer;
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (parse(hop) == null) return peer;
            if (!isTrusted(hop)) return hop;
        }
        return peer;
    }

    private boolean isTrusted(String ip) {
        byte[] addr = parse(ip);
        if (addr == null) return false;
        BigInteger value = new BigInteger(1, addr);
        for (Cidr c : trusted) {
            if (c.length() == addr.length && value.and(c.mask()).equals(c.network())) return true;
        }
        return false;
    }

    /** Literal addresses only; never a DNS lookup. */
    private static byte[] parse(String ip) {
        if (ip == null || ip.isEmpty() || ip.length() > 45 || !ip.matches("[0-9.]+|[0-9a-fA-F:.]+")) return null;
        try {
            return InetAddress.getByName(ip).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
