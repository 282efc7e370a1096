package dev.gatehouse.oauth.client;

import java.util.Locale;

/** RFC 6749 §2.1 client types. */
public enum ClientType {
    /** Can keep a credential secret (a server-side application). */
    CONFIDENTIAL,
    /** Cannot (a native or browser application): never has a secret, authenticates with {@code none}. */
    PUBLIC;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return null when unknown */
    public static ClientType fromWire(String s) {
        if ("confidential".equals(s)) return CONFIDENTIAL;
        if ("public".equals(s)) return PUBLIC;
        return null;
    }
}
