package dev.gatehouse.oauth.client;

import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin console's own OAuth client, {@code gatehouse-console}: the console signs in through the
 * hosted login like any application (authorization code with PKCE S256, RFC 7636; OAuth 2.1 §4.1), as
 * Keycloak's {@code security-admin-console} does. Public (the code is exchanged in the server's own
 * process, no secret to keep), first-party (no consent page), redirect URI {@code <issuer>/admin/callback},
 * no refresh tokens (the console follows its token session, it never refreshes one: two tabs cannot race
 * a rotation).
 *
 * <p>Registered at every start ({@link #ensure}): created when absent, so a client an operator deleted
 * comes back at the next start; repaired when an operator's change would leave the console unable to
 * sign in (the callback missing from redirect_uris, e.g. after the issuer moved; no authorization_code;
 * no openid; not first-party). Everything else (name, lifetimes, require_mfa) stays the operator's to
 * change through the admin API or CLI. Safe with several nodes starting at once: the loser of the
 * insert finds the winner's row, and the repair writes the same values.
 */
public final class ConsoleClient {
    public static final String CLIENT_ID = "gatehouse-console";
    /** The console's redirect URI is the issuer with this path. */
    public static final String CALLBACK_PATH = "/admin/callback";
    static final String NAME = "Gatehouse admin console";
    private static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleClient.class);

    private ConsoleClient() {}

    /** {@code <issuer>/admin/callback}: the one redirect URI the console's sign-in uses. */
    public static String redirectUri(String issuer) {
        return issuer + CALLBACK_PATH;
    }

    /**
     * Creates or repairs the client. {@code requireMfa} true ({@code console.require.mfa}) turns
     * require_mfa on; false leaves the client's own setting (off when created).
     */
    public static OAuthClient ensure(ClientRegistry clients, String issuer, boolean requireMfa) {
        String callback = redirectUri(issuer);
        if (clients.find(CLIENT_ID).isEmpty()) {
            try {
                OAuthClient created = clients.create(new ClientSpec(CLIENT_ID, NAME, ClientType.PUBLIC.wire(), List.of(callback), List.of(),
                        List.of("authorization_code"), List.of("openid"), ClientAuthMethods.NONE, null, null, true, null, null,
                        null, null, null, requireMfa), SYSTEM).client();
                LOG.info("registered the admin console's client {}", CLIENT_ID);
                return created;
            } catch (DomainException e) {
                // Another node won the insert: go on with its row.
                if (e.error() != ErrorCode.CLIENT_ID_TAKEN) throw new IllegalStateException("console client: " + e.error().code() + " " + e.fieldErrors());
            }
        }
        OAuthClient c = clients.get(CLIENT_ID);
        if (c.type() != ClientType.PUBLIC) {
            LOG.warn("the client {} is not public: the admin console cannot sign in; delete it and restart to have it registered again", CLIENT_ID);
            return c;
        }
        List<String> redirects = with(withoutStaleCallbacks(c.redirectUris(), callback), callback);
        List<String> grants = with(c.grantTypes(), "authorization_code");
        List<String> scopes = with(c.scopes(), "openid");
        boolean mfa = requireMfa && !c.requireMfa();
        if (redirects == null && grants == null && scopes == null && c.firstParty() && !mfa) return c;
        LOG.info("updating the admin console's client {} so the console can sign in{}", CLIENT_ID, mfa ? " with a second factor" : "");
        try {
            return clients.update(CLIENT_ID, new ClientSpec(null, null, null, redirects, null, grants, scopes, null, null, null,
                    c.firstParty() ? null : Boolean.TRUE, null, null, null, null, null, mfa ? Boolean.TRUE : null), SYSTEM);
        } catch (DomainException e) {
            // A list the client cannot take (e.g. a redirect URI another node's issuer left that this node's rules
            // refuse): the server still starts; only the console's sign-in waits for an operator.
            LOG.warn("the admin console's client {} could not be updated ({} {}): the console may not sign in on this node",
                    CLIENT_ID, e.error().code(), e.fieldErrors());
            return c;
        }
    }

    /**
     * The redirect URIs without the console callbacks of another plain-http issuer (a development address
     * left behind when the issuer moved): the client rules (RFC 9700 §2.1) accept http only on this node's
     * own issuer, so keeping such a URI would make the whole repair refused. https callbacks of other
     * issuers stay (nodes answering under several names).
     */
    private static List<String> withoutStaleCallbacks(List<String> uris, String callback) {
        return uris.stream().filter(u -> u.equals(callback) || !u.endsWith(CALLBACK_PATH) || !u.startsWith("http:")).toList();
    }

    /** {@code values} with {@code value} added, or null when it is there already (nothing to change). */
    private static List<String> with(List<String> values, String value) {
        if (values.contains(value)) return null;
        List<String> out = new ArrayList<>(values);
        out.add(value);
        return out;
    }
}
