package dev.gatehouse.keys;

/**
 * A token was refused. The message is a fixed short reason, safe for {@code error_description}
 * (RFC 6750 §3: no quotes or backslashes) and never echoes token content.
 */
public final class InvalidTokenException extends RuntimeException {

    InvalidTokenException(String reason) {
        // No stack trace: refusals are routine (and floods of forged tokens must stay cheap).
        super(reason, null, false, false);
    }
}
