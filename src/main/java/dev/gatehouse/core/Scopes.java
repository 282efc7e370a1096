package dev.gatehouse.core;

import java.util.LinkedHashSet;
import java.util.List;

/** Parses a {@code scope} parameter (RFC 6749 §3.3: space-delimited, case-sensitive tokens). */
public final class Scopes {
    private static final int MAX_LENGTH = 4096;

    private Scopes() {}

    /** @return null when absent; the distinct tokens otherwise. @throws IllegalArgumentException when malformed */
    public static List<String> parse(String scope) {
        if (scope == null) return null;
        if (scope.length() > MAX_LENGTH) throw new IllegalArgumentException("too_long");
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String token : scope.split(" ", -1)) {
            if (token.isEmpty()) {
                if (scope.isEmpty()) break;
                throw new IllegalArgumentException("invalid");
            }
            for (int i = 0; i < token.length(); i++) {
                char c = token.charAt(i);
                // scope-token = 1*( %x21 / %x23-5B / %x5D-7E )
                if (c < 0x21 || c == 0x22 || c == 0x5C || c > 0x7E) throw new IllegalArgumentException("invalid");
            }
            out.add(token);
        }
        return List.copyOf(out);
    }
}
