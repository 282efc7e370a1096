package dev.gatehouse.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address block such as {@code 10.0.0.0/8} or {@code fc00::/7}; a bare address is a block of one. */
record Cidr(byte[] network, int prefixBits) {

    /**
     * @throws IllegalArgumentException when {@code text} is not an IP literal with an optional prefix length
     */
    static Cidr parse(String text) {
        String s = text.trim();
        int slash = s.indexOf('/');
        String address = slash < 0 ? s : s.substring(0, slash);
        // Literal addresses only: InetAddress.getByName must never query DNS for a configured block.
        if (!address.matches("[0-9.]+|[0-9a-fA-F:.]+")) throw new IllegalArgumentException("not an IP block: " + text);
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            int bits = slash < 0 ? bytes.length * 8 : Integer.parseInt(s.substring(slash + 1));
            if (bits < 0 || bits > bytes.length * 8) throw new IllegalArgumentException("bad prefix length: " + text);
            return new Cidr(bytes, bits);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not an IP block: " + text, e);
        }
    }

    boolean contains(InetAddress address) {
        return contains(address.getAddress());
    }

    boolean contains(byte[] address) {
        if (address.length != network.length) return false;
        int full = prefixBits / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) return false;
        }
        int rest = prefixBits % 8;
        if (rest == 0) return true;
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (address[full] & mask) == (network[full] & mask);
    }
}
