package dev.gatehouse.testing;

import java.util.List;

/**
 * Authorization headers that every endpoint reading a Bearer token (userinfo, the account and admin APIs)
 * accepts or refuses alike: RFC 6750 §2.1 {@code "Bearer" 1*SP token}, the scheme in any case (RFC 9110 §11.1).
 */
public final class BearerHeaders {
    private BearerHeaders() {}

    /** Headers that carry {@code token}. */
    public static List<String> accepted(String token) {
        return List.of("Bearer " + token, "bearer " + token, "BEARER " + token, "bEaReR " + token, "Bearer   " + token,
                "Bearer " + token + " ", "Bearer " + token + "\t");
    }

    /** Headers that are not a Bearer credential (RFC 6750 §3.1: malformed), although {@code token} is in them. */
    public static List<String> refused(String token) {
        return List.of("Bearer\t" + token, "bearer\t" + token, "Bearer \t" + token, "Bearer" + token, "Bearer,  " + token,
                "Bearerx " + token, "Bear " + token, "Basic " + token, "DPoP " + token, token, "Bearer", "Bearer ", "Bearer   ", "Bearer \t",
                "Bearer " + token + " x", "Bearer " + token + "\t" + token);
    }
}
