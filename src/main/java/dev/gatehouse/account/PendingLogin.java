package dev.gatehouse.account;

import java.util.List;

/**
 * A password login whose password matched, before any token exists: what the second step (API.md §7)
 * is bound to, and what {@link AuthService#finish} turns into a session once it is passed.
 *
 * @param scope     what the login granted; null: unrestricted (see {@code session.Session})
 * @param amr       how the user proved who they are so far (RFC 8176), e.g. {@code ["pwd"]}; for an
 *                  upstream sign-in what the upstream reported (trusted), possibly nothing
 * @param idp       the upstream provider the first step went through (API.md §6), null for a password
 */
public record PendingLogin(String userId, String clientId, List<String> scope, List<String> amr, String userAgent, String ip,
                           String idp) {
    public PendingLogin {
        scope = scope == null ? null : List.copyOf(scope);
        amr = List.copyOf(amr);
    }

    /** A login whose first step was local (a password): no upstream provider. */
    public PendingLogin(String userId, String clientId, List<String> scope, List<String> amr, String userAgent, String ip) {
        this(userId, clientId, scope, amr, userAgent, ip, null);
    }

    /** The same login, now also proven by {@code methods} (RFC 8176 values), e.g. {@code otp} and {@code mfa}. */
    public PendingLogin provenBy(List<String> methods) {
        List<String> all = new java.util.ArrayList<>(amr);
        for (String m : methods) if (!all.contains(m)) all.add(m);
        return new PendingLogin(userId, clientId, scope, all, userAgent, ip, idp);
    }
}
