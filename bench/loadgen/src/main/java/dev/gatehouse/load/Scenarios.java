package dev.gatehouse.load;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The scenarios by name. A new scenario is one class plus one line in each of the two places below. */
final class Scenarios {

    static final List<String> NAMES = List.of("health", "health_bearer", "login", "refresh", "me", "client_credentials", "introspect",
            "introspect_client", "idp_login", "totp_login", "passkey_login", "refresh_grant", "userinfo", "password_login");

    /** How long setup calls wait out 429/503 before the run gives up. */
    private static final long SETUP_PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private Scenarios() {
    }

    static Scenario create(LoadOptions options, HttpTarget target, String userPrefix) {
        Accounts accounts = new Accounts(target, SETUP_PATIENCE_NANOS);
        return switch (options.scenario()) {
            case "health" -> new HealthScenario(target);
            case "health_bearer" -> new MeScenario(target, accounts, Credentials.generate(userPrefix, options.connections()), "/health/live");
            case "login" -> new LoginScenario(accounts, Credentials.generate(userPrefix, options.users()),
                    options.connections());
            case "refresh" -> new RefreshScenario(target, accounts,
                    Credentials.generate(userPrefix, options.connections()));
            case "me" -> new MeScenario(target, accounts, Credentials.generate(userPrefix, options.connections()), "/api/v1/me");
            case "client_credentials" -> new FixedGrantScenario(target, options.tokenPath(), "grant_type=client_credentials",
                    options.clientId(), options.clientSecret(), false);
            case "introspect" -> new IntrospectScenario(target, accounts, Credentials.generate(userPrefix, options.connections()),
                    options.introspectPath(), options.clientId(), options.clientSecret());
            case "introspect_client" -> new ClientIntrospectScenario(target, options.tokenPath(), options.tokenForm(),
                    options.introspectPath(), options.clientId(), options.clientSecret());
            case "idp_login" -> new IdpLoginScenario(target, UpstreamStub.start(options.upstreamPort(), options.clientId()),
                    options.idp(), userPrefix, options.users(), options.connections());
            case "totp_login" -> new TotpLoginScenario(target, accounts, Credentials.generate(userPrefix, options.users()),
                    options.connections());
            case "passkey_login" -> new PasskeyLoginScenario(target, accounts, Credentials.generate(userPrefix, options.users()),
                    options.connections(), origin(options.url()));
            case "refresh_grant" -> new RefreshGrantScenario(target, tokenLogin(options, target, accounts, userPrefix),
                    options.tokenPath(), options.clientId(), options.clientSecret());
            case "userinfo" -> new UserInfoScenario(target, tokenLogin(options, target, accounts, userPrefix), options.userinfoPath());
            case "password_login" -> new FixedGrantScenario(target, options.tokenPath(), options.tokenForm(), options.clientId(),
                    options.clientSecret(), true);
            default -> throw new IllegalArgumentException("unknown scenario " + options.scenario());
        };
    }

    /** How the OAuth user scenarios sign in: the code flow when a redirect URI is given, else the password grant. */
    private static TokenLogin tokenLogin(LoadOptions options, HttpTarget target, Accounts accounts, String userPrefix) {
        if (options.redirectUri() == null) {
            return TokenLogin.passwordGrant(target, options.tokenPath(), options.tokenForm(), options.clientId(), options.clientSecret());
        }
        return new CodeFlowLogin(options.url(), target, accounts, Credentials.generate(userPrefix, options.connections()),
                options.tokenPath(), options.clientId(), options.clientSecret(), options.redirectUri(), options.scope(), options.timeout(),
                SETUP_PATIENCE_NANOS);
    }

    /** The WebAuthn origin of {@code url} (scheme, host, port): the issuer's when the generator targets the issuer's address. */
    static String origin(String url) {
        java.net.URI u = java.net.URI.create(url);
        return u.getScheme() + "://" + u.getHost() + (u.getPort() == -1 ? "" : ":" + u.getPort());
    }

    /** {@code lg} + 8 random letters: user names of one run never collide with an earlier run's. */
    static String randomUserPrefix() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder("lg");
        for (int i = 0; i < 8; i++) {
            sb.append((char) ('a' + random.nextInt(26)));
        }
        return sb.toString();
    }
}
