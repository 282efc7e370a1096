package dev.gatehouse.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A Content-Type value (RFC 9110 §8.3.1: {@code type "/" subtype *( OWS ";" OWS parameter )}): the
 * one parser for every body the server reads. Type, subtype and parameter names are compared
 * case-insensitively (§8.3.1, §5.6.6), so they are kept in lower case; a quoted value is unquoted.
 * Own code rather than Nimbus {@code ContentType.parse}, which reads {@code application/json/x} as
 * {@code application/json} and {@code application/json,text/plain} as subtype {@code json,text}.
 *
 * @param type {@code type/subtype} in lower case
 * @param parameters parameter names in lower case, each present once
 */
public record MediaType(String type, Map<String, String> parameters) {
    private static final String TCHAR = "!#$%&'*+-.^_`|~";

    public MediaType {
        parameters = Map.copyOf(parameters);
    }

    /**
     * @return the media type, or empty for a missing or malformed value (an empty or all-semicolon
     *     header, a type without subtype, a parameter named twice: which one counts is ambiguous)
     */
    public static Optional<MediaType> parse(String header) {
        if (header == null) return Optional.empty();
        // Limit -1: a value of only semicolons (";") still yields a first, empty, part.
        String[] parts = header.split(";", -1);
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        int slash = type.indexOf('/');
        if (slash < 0 || !isToken(type.substring(0, slash)) || !isToken(type.substring(slash + 1))) return Optional.empty();
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            int eq = p.indexOf('=');
            // Empty parameters (";;") and ones without a value are tolerated and ignored, as before.
            if (eq <= 0) continue;
            String name = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (parameters.put(name, unquote(p.substring(eq + 1).trim())) != null) return Optional.empty();
        }
        return Optional.of(new MediaType(type, parameters));
    }

    /** @param expected {@code type/subtype} in lower case */
    public boolean is(String expected) {
        return type.equals(expected);
    }

    /** No charset parameter, or UTF-8 (compared case-insensitively, RFC 9110 §8.3.2). */
    public boolean utf8OrNoCharset() {
        String charset = parameters.get("charset");
        return charset == null || charset.equalsIgnoreCase("utf-8");
    }

    private static boolean isToken(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || TCHAR.indexOf(c) >= 0;
            if (!ok) return false;
        }
        return true;
    }

    private static String unquote(String v) {
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
