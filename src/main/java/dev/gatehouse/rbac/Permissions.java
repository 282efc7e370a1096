package dev.gatehouse.rbac;

import java.util.regex.Pattern;

/** The shapes of permission strings and role names. */
public final class Permissions {
    /**
     * {@code resource:action} with optional further segments ({@code admin:users:read}); each
     * segment lowercase ASCII letters, digits, '_' or '-', starting with a letter. Being a subset of
     * RFC 6749 §3.3 scope-token, a permission is always a valid scope value.
     */
    private static final Pattern PERMISSION = Pattern.compile("[a-z][a-z0-9_-]{0,31}(:[a-z][a-z0-9_-]{0,31}){1,3}");
    /** ASCII so that case-insensitive uniqueness means the same on every database. */
    private static final Pattern ROLE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    public static final int MAX_PER_ROLE = 100;

    private Permissions() {}

    public static boolean isValid(String permission) {
        return permission != null && permission.length() <= 128 && PERMISSION.matcher(permission).matches();
    }

    public static boolean isValidRoleName(String name) {
        return name != null && ROLE_NAME.matcher(name).matches();
    }
}
