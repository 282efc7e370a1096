package dev.gatehouse.testing;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Facebook Login's endpoints and Graph API {@code /me} on loopback, with their documented answer
 * shapes: {@code /dialog/oauth}, {@code /oauth/access_token} and
 * {@code /me?fields=id,name,email,first_name,last_name} ({@code id} a numeric string; {@code email}
 * absent when the person has none or declined it).
 *
 * <p>Endpoint overrides: {@code authorization_endpoint} = base + {@code /dialog/oauth},
 * {@code token_endpoint} = base + {@code /oauth/access_token}, {@code api_base} = base.
 */
public final class StubFacebook extends StubOAuthServer {
    /** Graph API fields of a person; a null field is left out of the answer. */
    public record Person(String id, String name, String email, String firstName, String lastName) {}

    public final Map<String, Person> people = new ConcurrentHashMap<>();

    public StubFacebook() throws IOException {
        super("/dialog/oauth", "/oauth/access_token");
        people.put("alice", new Person("10158000000000001", "Alice A", "alice@example.com", "Alice", "A"));
        route("/me", ex -> {
            try (ex) {
                String who = subjectOf(ex);
                Person p = who == null ? null : people.get(who);
                if (p == null) {
                    send(ex, 400, "{\"error\":{\"message\":\"Invalid OAuth access token.\",\"type\":\"OAuthException\",\"code\":190}}");
                    return;
                }
                Map<String, Object> me = new LinkedHashMap<>();
                me.put("id", p.id());
                if (p.name() != null) me.put("name", p.name());
                if (p.email() != null) me.put("email", p.email());
                if (p.firstName() != null) me.put("first_name", p.firstName());
                if (p.lastName() != null) me.put("last_name", p.lastName());
                send(ex, 200, JSONObjectUtils.toJSONString(me));
            }
        });
        start();
    }

    public Map<String, String> endpoints() {
        return Map.of("authorization_endpoint", base() + "/dialog/oauth", "token_endpoint", base() + "/oauth/access_token",
                "api_base", base());
    }
}
