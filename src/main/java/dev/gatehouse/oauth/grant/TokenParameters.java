package dev.gatehouse.oauth.grant;

import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.TokenRequest;
import dev.gatehouse.core.Scopes;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.Audiences;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The parameters of one token request (RFC 6749 §3.2), decoded once by the endpoint and read by the
 * grant: the form is not decoded again for the grant, nor the client's credentials once more.
 * The refresh and client credentials grants read the few parameters they take from here; the
 * authorization code grant, which takes more (code, redirect_uri, code_verifier), reads the
 * Nimbus {@link TokenRequest}, made from the same request only when asked for.
 */
public final class TokenParameters {
    private final Map<String, List<String>> params;
    private final Supplier<TokenRequest> parse;
    private TokenRequest parsed;

    /**
     * @param params name → its one value; parameters without a value are already left out (RFC 6749 §3.1), and the
     *               {@code scope} is already known to be well formed
     * @param parse  the Nimbus parse of the same request, for {@link #nimbus()}; throws {@link OAuthException}
     */
    public TokenParameters(Map<String, List<String>> params, Supplier<TokenRequest> parse) {
        this.params = params;
        this.parse = parse;
    }

    /** The value of a parameter, or null when it was not sent (or sent empty). */
    public String get(String name) {
        List<String> v = params.get(name);
        return v == null ? null : v.get(0);
    }

    /** The {@code scope} parameter's distinct values (RFC 6749 §3.3), or null when it was not sent. */
    public List<String> scope() {
        List<String> scope = Scopes.parse(get("scope"));
        return scope == null || scope.isEmpty() ? null : scope;
    }

    /**
     * The RFC 8707 {@code resource} values as sent; empty when none. One that is not an absolute URI
     * without a fragment is {@code invalid_target} here (RFC 8707 §2), before anything is spent.
     */
    public List<String> resources() {
        List<String> r = params.get("resource");
        if (r == null) return List.of();
        for (String v : r) {
            if (!Audiences.wellFormed(v)) {
                throw new OAuthException(OAuth2Error.INVALID_TARGET, "resource must be an absolute URI without a fragment (RFC 8707 section 2)");
            }
        }
        return r;
    }

    /** The request as Nimbus' {@link TokenRequest}, parsed at the first call. */
    public TokenRequest nimbus() {
        if (parsed == null) parsed = parse.get();
        return parsed;
    }
}
