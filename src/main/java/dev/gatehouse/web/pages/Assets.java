package dev.gatehouse.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stylesheet and the one small script (the passkey buttons) of the hosted pages, served from the
 * jar and our own origin (the CSP allows no inline script). Each URL carries a hash of its content, so
 * browsers may cache it for a year (immutable) and still see a new version at once.
 */
public final class Assets {
    public static final String STYLESHEET_PATH = "/assets/gatehouse.css";
    private static final byte[] STYLESHEET = load("gatehouse.css");
    /** What the layout links: the path plus a content hash (RFC 8246 immutable needs a new URL per version). */
    public static final String STYLESHEET_URL = STYLESHEET_PATH + "?v=" + shortHash(STYLESHEET);

    public static final String SCRIPT_PATH = "/assets/gatehouse.js";
    private static final byte[] SCRIPT = load("gatehouse.js");
    public static final String SCRIPT_URL = SCRIPT_PATH + "?v=" + shortHash(SCRIPT);

    /** The console's search as you type (progressive enhancement of the plain search form). */
    public static final String CONSOLE_SCRIPT_PATH = "/assets/console.js";
    private static final byte[] CONSOLE_SCRIPT = load("console.js");
    public static final String CONSOLE_SCRIPT_URL = CONSOLE_SCRIPT_PATH + "?v=" + shortHash(CONSOLE_SCRIPT);

    private Assets() {}

    static byte[] consoleScript() {
        return CONSOLE_SCRIPT.clone();
    }

    static byte[] script() {
        return SCRIPT.clone();
    }

    static byte[] stylesheet() {
        return STYLESHEET.clone();
    }

    private static byte[] load(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String shortHash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
