package dev.gatehouse.cli;

import dev.gatehouse.config.ConfigException;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.core.FieldError;
import java.util.stream.Collectors;

/**
 * The exit codes of every command (API.md §1: 0, 2 for bad configuration or arguments, 1 for the rest),
 * with one more so that a script can tell "not there" from "refused": {@code gatehouse user show bob}
 * exits 3 when there is no bob. Errors are one sentence on standard error, never a stack trace. The codes
 * are listed in {@code gatehouse --help} ({@link GatehouseCommand}'s exit code list) and the README.
 */
final class Exits {
    static final int OK = 0;
    /** Anything else: the database is unreachable, a file cannot be read... */
    static final int FAILURE = 1;
    /** Usage, configuration or input refused (validation, a name taken, the last admin...). */
    static final int INVALID = 2;
    /** The user, role, client, key or provider named does not exist. */
    static final int NOT_FOUND = 3;

    private Exits() {}

    static int of(Exception e) {
        if (e instanceof DomainException d) return d.error() == ErrorCode.NOT_FOUND ? NOT_FOUND : INVALID;
        if (e instanceof ConfigException || e instanceof UsageException) return INVALID;
        return FAILURE;
    }

    /**
     * A refusal as a sentence: what was refused (the service's detail, else the catalogue's title), each
     * field problem in words, and the error code the admin API would answer, e.g.
     * {@code The password does not meet the password policy: password must be at least 15 characters (too_short) [weak_password]}.
     */
    static String message(Exception e) {
        if (e instanceof DomainException d) {
            String what = d.detail() != null ? d.detail() : d.error().title();
            String fields = d.fieldErrors().stream().map(Exits::phrase).distinct().collect(Collectors.joining("; "));
            return what + (fields.isEmpty() ? "" : ": " + fields) + " [" + d.error().code() + "]";
        }
        if (e instanceof ConfigException) return e.getMessage();
        // Libraries (the pool, Flyway) write reports of many lines: their first line, and the root cause's, say it.
        String first = firstLine(e);
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String cause = firstLine(root);
        return root == e || first.contains(cause) ? first : first + " (" + cause + ")";
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) return t.getClass().getSimpleName();
        return m.strip().lines().findFirst().orElse("").strip();
    }

    /** "password must be at least 15 characters (too_short)": the field, the API's sentence and its code. */
    private static String phrase(FieldError f) {
        return f.field() + " " + f.message() + " (" + f.code() + ")";
    }
}
