package dev.gatehouse.testing;

import com.nimbusds.jose.util.JSONArrayUtils;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GitHub's OAuth app endpoints and REST user API on loopback, with its documented answer shapes:
 * {@code /login/oauth/authorize}, {@code /login/oauth/access_token} (JSON when asked with
 * {@code Accept: application/json}; a refused code is a 200 with {@code error}), {@code /user}
 * ({@code id} a number, {@code login}, {@code name}, the public {@code email}) and {@code /user/emails}
 * (entries with {@code email}, {@code primary}, {@code verified}, {@code visibility}).
 *
 * <p>Endpoint overrides: {@code authorization_endpoint} = base + {@code /login/oauth/authorize},
 * {@code token_endpoint} = base + {@code /login/oauth/access_token}, {@code api_base} = base.
 */
public final class StubGitHub extends StubOAuthServer {
    public record Email(String email, boolean primary, boolean verified) {}

    public record User(long id, String login, String name, String publicEmail, List<Email> emails) {}

    public final Map<String, User> users = new ConcurrentHashMap<>();

    public StubGitHub() throws IOException {
        super("/login/oauth/authorize", "/login/oauth/access_token");
        users.put("alice", new User(583231, "alice", "Alice A", "alice@public.example",
                List.of(new Email("alice@example.com", true, true), new Email("alice@work.example", false, true))));
        route("/user/emails", ex -> answer(ex, true));
        route("/user", ex -> answer(ex, false));
        start();
    }

    public Map<String, String> endpoints() {
        return Map.of("authorization_endpoint", base() + "/login/oauth/authorize",
                "token_endpoint", base() + "/login/oauth/access_token", "api_base", base());
    }

    @Override
    protected void error(HttpExchange ex, String code) throws IOException {
        send(ex, 200, "{\"error\":\"" + code + "\",\"error_description\":\"The code passed is incorrect or expired.\"}");
    }

    private void answer(HttpExchange ex, boolean emails) throws IOException {
        try (ex) {
            String login = subjectOf(ex);
            User u = login == null ? null : users.get(login);
            if (u == null || !ex.getRequestURI().getPath().equals(emails ? "/user/emails" : "/user")) {
                send(ex, 401, "{\"message\":\"Bad credentials\"}");
                return;
            }
            if (emails) {
                List<Object> list = new java.util.ArrayList<>();
                for (Email e : u.emails()) {
                    list.add(Map.of("email", e.email(), "primary", e.primary(), "verified", e.verified(), "visibility", "private"));
                }
                send(ex, 200, JSONArrayUtils.toJSONString(list));
            } else {
                Map<String, Object> user = new java.util.LinkedHashMap<>();
                user.put("login", u.login());
                user.put("id", u.id());
                user.put("name", u.name());
                user.put("email", u.publicEmail());
                send(ex, 200, JSONObjectUtils.toJSONString(user));
            }
        }
    }
}
