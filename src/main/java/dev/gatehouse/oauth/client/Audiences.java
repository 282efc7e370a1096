package dev.gatehouse.oauth.client;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import dev.gatehouse.oauth.OAuthException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a client's access tokens are for: their {@code aud} (RFC 9068 §2.2) and the RFC 8707 {@code resource}
 * values a client may ask for. Gatehouse's own audience ({@code access.token.audience}) is what admits a token
 * to the account and admin APIs, so only first-party clients ever get it: a token issued to another
 * application carries the audience of the APIs that application was registered for, or, when it has none,
 * its own client id (then the token is good for userinfo only). A resource server that checks {@code aud}
 * cannot then be handed a token meant for another API (RFC 8707 §1, RFC 9700 §2.3).
 */
public final class Audiences {
    /** Resource values one request may carry; a handful is plenty, and the list ends up in the token. */
    public static final int MAX_RESOURCES = 10;

    private final String own;

    /** @param own Gatehouse's own audience ({@code access.token.audience}) */
    public Audiences(String own) {
        if (own == null || own.isBlank()) throw new IllegalArgumentException("audience must not be blank");
        this.own = own;
    }

    public String own() {
        return own;
    }

    /** What the client may name as a {@code resource}: its audience list, and for a first-party client Gatehouse's own. */
    public Set<String> allowed(OAuthClient c) {
        Set<String> out = new LinkedHashSet<>();
        if (c.firstParty()) out.add(own);
        for (String a : c.audience()) {
            // Never Gatehouse's own audience for another application, whatever was stored (see ClientValidator).
            if (c.firstParty() || !a.equals(own)) out.add(a);
        }
        return out;
    }

    /**
     * RFC 8707 §2: each {@code resource} must be an absolute URI without a fragment, allowed for this client,
     * and, when the authorization named resources ({@code granted} non-empty), one of those.
     *
     * @param granted the resources of the authorization (code or session); null or empty = none were named
     * @return the requested values without duplicates, in their order
     * @throws OAuthException {@code invalid_target}
     */
    public List<String> check(OAuthClient c, List<String> requested, List<String> granted) {
        if (requested == null || requested.isEmpty()) return List.of();
        List<String> distinct = List.copyOf(new LinkedHashSet<>(requested));
        if (distinct.size() > MAX_RESOURCES) throw invalidTarget("At most " + MAX_RESOURCES + " resource values");
        Set<String> allowed = allowed(c);
        for (String r : distinct) {
            if (!wellFormed(r)) throw invalidTarget("resource must be an absolute URI without a fragment (RFC 8707 section 2)");
            if (!allowed.contains(r)) throw invalidTarget("This client may not ask for the resource " + r);
            if (granted != null && !granted.isEmpty() && !granted.contains(r)) {
                throw invalidTarget("The resource " + r + " was not granted at authorization");
            }
        }
        return distinct;
    }

    /**
     * The {@code aud} of a new access token (RFC 8707 §2.2): the requested resources; else those granted at
     * authorization that the client may still ask for; else the client's default.
     *
     * @param requested already {@link #check checked}
     */
    public List<String> forToken(OAuthClient c, List<String> requested, List<String> granted) {
        if (requested != null && !requested.isEmpty()) return List.copyOf(requested);
        if (granted != null && !granted.isEmpty()) {
            Set<String> allowed = allowed(c);
            List<String> still = granted.stream().filter(allowed::contains).toList();
            if (!still.isEmpty()) return still;
        }
        return defaults(c);
    }

    /**
     * Without {@code resource}: a first-party client gets Gatehouse's own audience and its own entries; any
     * other its audience list, or when that is empty its client id, never Gatehouse's own audience.
     */
    public List<String> defaults(OAuthClient c) {
        List<String> out = new ArrayList<>(allowed(c));
        if (out.isEmpty()) out.add(c.clientId());
        return List.copyOf(out);
    }

    /** RFC 8707 §2: an absolute URI (RFC 3986 §4.3) without a fragment. */
    public static boolean wellFormed(String resource) {
        if (resource == null || resource.isEmpty() || resource.length() > ClientValidator.MAX_AUDIENCE_LENGTH) return false;
        try {
            URI u = new URI(resource);
            return u.isAbsolute() && u.getRawFragment() == null && !resource.contains("#");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static OAuthException invalidTarget(String description) {
        return new OAuthException(OAuth2Error.INVALID_TARGET, description);
    }
}
