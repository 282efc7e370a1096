package dev.gatehouse.account;

import java.util.List;

/**
 * A password login whose password matched, before any token exists: what the second step (API.md §7)
 * is bound to, and what {@link AuthService#finish} turns into a session once it is passed.
 *
 * @param scope     what the login granted; null: unrestricted (see {@code session.Session})
 * @param amr       how the user proved who they are so far (RFC 8176), e.g. {@code ["pwd"]}
 */
public record PendingLogin(String userId, String clientId, List<String> scope, List<String> amr, String userAgent, String ip) {
    public PendingLogin {
        scope = scope == null ? null : List.copyOf(scope);
        amr = List.copyOf(amr);
    }

    /** The same login, now also proven by {@code methods} (RFC 8176 values), e.g. {@code otp} and {@code mfa}. */
    public PendingLogin provenBy(List<String> methods) {
        List<String> all = new java.util.ArrayList<>(amr);
        for (String m : methods) if (!all.contains(m)) all.add(m);
        return new PendingLogin(userId, clientId, scope, all, userAgent, ip);
    }
}
