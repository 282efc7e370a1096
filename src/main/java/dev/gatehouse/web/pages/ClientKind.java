package dev.gatehouse.web.pages;

import dev.gatehouse.oauth.client.ClientType;
import dev.gatehouse.oauth.client.OAuthClient;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of application the console's guided client form knows, each with the client type, grant
 * types and authentication of the current best practice (RFC 9700 §2, OAuth 2.1, RFC 8252 for native
 * apps, the IETF "OAuth 2.0 for Browser-Based Applications" draft): PKCE is required of every code flow
 * by the server anyway. The kind is no field of the client: the form shows what applies to it and
 * a stored client's kind is read back from its type and grants ({@link #of}).
 */
public enum ClientKind {
    /** A web application with a server: confidential, authorization code with PKCE, a client secret. */
    WEB(ClientType.CONFIDENTIAL),
    /** A single-page application: public, authorization code with PKCE, calls the token endpoint from its web origins. */
    SPA(ClientType.PUBLIC),
    /** A native or mobile app: public, PKCE, a private-use scheme or a loopback redirect (RFC 8252 §7). */
    NATIVE(ClientType.PUBLIC),
    /** A service calling APIs on its own behalf: confidential, client credentials only (RFC 6749 §4.4). */
    SERVICE(ClientType.CONFIDENTIAL);

    private final ClientType type;

    ClientKind(ClientType type) {
        this.type = type;
    }

    public ClientType type() {
        return type;
    }

    /** The name in forms and addresses ({@code ?kind=web}). */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return null when {@code s} names no kind */
    public static ClientKind fromWire(String s) {
        for (ClientKind k : values()) {
            if (k.wire().equals(s)) return k;
        }
        return null;
    }

    /** The kind whose form fits a stored client. */
    public static ClientKind of(OAuthClient c) {
        if (c.type() == ClientType.CONFIDENTIAL) return c.allowsGrant("authorization_code") ? WEB : SERVICE;
        return c.webOrigins().isEmpty() ? NATIVE : SPA;
    }

    /** Whether people sign in through this client (authorization code): redirect URIs, consent, MFA, ID tokens, refresh. */
    public boolean signsInUsers() {
        return this != SERVICE;
    }

    /** Whether the client holds a secret (and the form offers its method). */
    public boolean confidential() {
        return type == ClientType.CONFIDENTIAL;
    }

    public boolean hasWebOrigins() {
        return this == SPA;
    }

    /** The grant types the form has a checkbox for; the others of the client stay as they are on edit. */
    public Set<String> optionalGrants() {
        return switch (this) {
            case WEB -> Set.of("refresh_token", "client_credentials");
            case SPA, NATIVE -> Set.of("refresh_token");
            case SERVICE -> Set.of();
        };
    }

    /** The grant type every client of this kind has. */
    public String mainGrant() {
        return this == SERVICE ? "client_credentials" : "authorization_code";
    }
}
