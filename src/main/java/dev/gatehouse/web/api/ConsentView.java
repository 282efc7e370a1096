package dev.gatehouse.web.api;

import dev.gatehouse.oauth.authorize.Consent;
import java.util.List;

/** An application the user allowed through the consent page, with the scopes allowed to it. */
public record ConsentView(String clientId, List<String> scopes, String grantedAt) {

    public static ConsentView of(Consent c) {
        return new ConsentView(c.clientId(), List.copyOf(c.scopes()), c.grantedAt().toString());
    }
}
