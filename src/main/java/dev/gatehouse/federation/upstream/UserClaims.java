package dev.gatehouse.federation.upstream;

import dev.gatehouse.federation.UpstreamException;
import dev.gatehouse.federation.UpstreamException.Reason;
import dev.gatehouse.federation.UpstreamUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The person from OpenID claims (Core §5.1) or a user API answer mapped to the same names. */
final class UserClaims {
    private UserClaims() {}

    /**
     * @param trustEmail the provider's {@code trust_email}: {@code email_verified} counts only with it
     */
    static UpstreamUser toUser(Map<String, Object> claims, boolean trustEmail) throws UpstreamException {
        String subject = string(claims.get("sub"));
        if (subject == null || subject.isEmpty()) throw new UpstreamException(Reason.INVALID, "no subject");
        String email = string(claims.get("email"));
        Object flag = claims.get("email_verified");
        // Apple sends the flag as the string "true"; anything else than true is false.
        boolean verified = email != null && (Boolean.TRUE.equals(flag) || "true".equals(flag)) && trustEmail;
        return new UpstreamUser(subject, email, verified, string(claims.get("name")), string(claims.get("given_name")),
                string(claims.get("family_name")), string(claims.get("preferred_username")), amr(claims.get("amr")));
    }

    private static String string(Object value) {
        if (value instanceof String s) return s.isEmpty() ? null : s;
        if (value instanceof Number n) return n.toString(); // numeric ids of the OAuth 2 user APIs
        return null;
    }

    private static List<String> amr(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            for (Object v : values) {
                if (v instanceof String s) out.add(s);
            }
        }
        return out;
    }
}
