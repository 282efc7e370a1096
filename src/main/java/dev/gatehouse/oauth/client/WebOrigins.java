package dev.gatehouse.oauth.client;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which browser origins may call the endpoints of a client (API.md §8 {@code web_origins}, as
 * Keycloak's "Web origins"): the client's own list, the origins of its redirect URIs when the list
 * holds {@link #REDIRECT_URI_ORIGINS}, and the operator's {@code cors.allowed.origins}, which are
 * trusted for every client (they may call the first-party API too). Origins are compared as exact
 * strings with the request's {@code Origin} header (Fetch standard, CORS protocol): a value a browser
 * would never send (mixed case, a path, several origins, a huge header) matches nothing.
 *
 * <p>A preflight names no client (it carries no body), so it is answered for every origin that some
 * client registered ({@link #registered}); the actual request then needs the origin of its own client
 * ({@link #allows}). The clients behind that set come from the client cache ({@link CachingClientStore}),
 * so a flood of preflights from made-up origins costs no database reads.
 */
public final class WebOrigins {
    /** Keycloak's "+": every origin of the client's redirect URIs. */
    public static final String REDIRECT_URI_ORIGINS = "+";

    private final ClientStore store;
    private final Set<String> operator;
    /** The origins of the last list of clients the store gave; recomputed when it gives a new list. */
    private volatile Derived derived;

    private record Derived(List<OAuthClient> clients, Set<String> origins) {}

    /** @param operator the operator's {@code cors.allowed.origins} */
    public WebOrigins(ClientStore store, List<String> operator) {
        this.store = store;
        this.operator = Set.copyOf(operator);
    }

    /** The origins this client's browsers may call from, its own list with "+" resolved. */
    public static Set<String> of(OAuthClient client) {
        Set<String> out = new LinkedHashSet<>();
        for (String o : client.webOrigins()) {
            if (!REDIRECT_URI_ORIGINS.equals(o)) {
                out.add(o);
                continue;
            }
            for (String uri : client.redirectUris()) {
                String origin = dev.gatehouse.config.WebOrigin.of(uri);
                if (origin != null) out.add(origin);
            }
        }
        return out;
    }

    /** Whether a browser on {@code origin} may call an endpoint on behalf of {@code client}. */
    public boolean allows(OAuthClient client, String origin) {
        return origin != null && (operator.contains(origin) || of(client).contains(origin));
    }

    /** Whether some client (or the operator) registered {@code origin}: preflights, and errors that name no client. */
    public boolean registered(String origin) {
        if (origin == null || origin.length() > dev.gatehouse.config.WebOrigin.MAX_LENGTH) return false;
        return operator.contains(origin) || clientOrigins().contains(origin);
    }

    private Set<String> clientOrigins() {
        List<OAuthClient> clients = store.withWebOrigins();
        Derived d = derived;
        if (d != null && d.clients() == clients) return d.origins();
        Set<String> all = new HashSet<>();
        for (OAuthClient c : clients) all.addAll(of(c));
        Set<String> origins = Set.copyOf(all);
        derived = new Derived(clients, origins);
        return origins;
    }
}
