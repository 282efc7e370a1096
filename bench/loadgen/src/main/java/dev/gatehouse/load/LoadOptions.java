package dev.gatehouse.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Command-line options of {@link LoadGen}.
 *
 * @param url         base URL of the server
 * @param scenario    scenario name, see {@link Scenarios#NAMES}
 * @param connections connections, one thread each
 * @param duration    measured time
 * @param warmup      time before the measured window; its requests are not counted
 * @param rate        requests/s over all connections for the open loop; 0 for the closed loop
 * @param users       size of the user pool of the login scenario
 * @param pid         server process to sample from /proc, or 0
 * @param timeout     connect and read timeout of a request
 * @param userPrefix  prefix of generated user names; a random one per run when null
 * @param tokenPath   token endpoint path (another server's, for side-by-side runs)
 * @param introspectPath introspection endpoint path
 * @param tokenForm   form the introspect_client scenario posts to the token endpoint for its token; the
 *                    password grant of password_login, refresh_grant and userinfo
 * @param redirectUri refresh_grant and userinfo: sign in by the authorization code flow to this redirect URI
 *                    (instead of the password grant of {@code tokenForm})
 * @param scope       the scope the authorization code flow asks for
 * @param userinfoPath the OIDC userinfo endpoint
 * @param dbPid       a database server's main process (PostgreSQL's postmaster), sampled with the processes it
 *                    started, or 0
 */
record LoadOptions(String url, String scenario, int connections, Duration duration, Duration warmup,
                   double rate, int users, long pid, Duration timeout, String userPrefix, String clientId,
                   String clientSecret, String tokenPath, String introspectPath,
                   String tokenForm, String idp, int upstreamPort, String redirectUri, String scope,
                   String userinfoPath, long dbPid) {

    static final String USAGE = """
            usage: loadgen [options]
              --url URL            server base URL (default http://127.0.0.1:8080)
              --scenario NAME      %s (default health)
              --connections N      connections, one thread each (default 16)
              --duration D         measured time, e.g. 30s, 2m, 500ms (default 30s)
              --warmup D           unmeasured time before it (default 5s)
              --rate R             open loop: R requests/s over all connections, latency taken from the
                                   intended send time; without it: closed loop, each connection sends as
                                   soon as the previous response is in
              --users K            login, totp_login, passkey_login: users signed up in setup (default:
                                   connections); totp_login: each signs in about once per 30 s TOTP step
                                   passkey_login: the origin of its signatures is that of --url (the issuer)
              --pid P              server process: report its CPU per request and RSS from /proc
              --db-pid P           database server process (PostgreSQL's postmaster, e.g. the first line of
                                   /var/run/postgresql/15-main.pid): report the CPU per request of it and
                                   the processes it started (backends, WAL writer, ...; those that ended
                                   count through its children's times), which --pid does not see
              --timeout D          connect and read timeout (default 10s)
              --user-prefix S      user names S0, S1, ... (default: lg + random letters, new each run)
              --client-id ID       client_credentials and introspect: a confidential client with the
              --client-secret S    client_credentials grant and client_secret_basic (gatehouse client create)
              --token-path P       token endpoint (default /oauth2/token; Keycloak:
                                   /realms/R/protocol/openid-connect/token)
              --introspect-path P  introspection endpoint (default /oauth2/introspect)
              --token-form F       introspect_client: how it gets the token it introspects (default
                                   grant_type=client_credentials; e.g. a password grant for a user token)
              --redirect-uri U     refresh_grant, userinfo: each connection signs its user up and in by the
                                   authorization code flow with PKCE (hosted sign-in page) to this redirect
                                   URI of the client; without it they use the password grant of --token-form
              --scope S            the scope that flow asks for (default "openid profile email offline_access":
                                   OIDC Core §11, a refresh token for a client that is not first-party)
              --userinfo-path P    userinfo endpoint (default /oauth2/userinfo; Keycloak:
                                   /realms/R/protocol/openid-connect/userinfo)
              --idp ID             idp_login: the provider the server has for the generator's own upstream
              --upstream-port P    idp_login: where that upstream (discovery + JWKS on 127.0.0.1) listens
                                   (default 18095); --client-id is the upstream app id (the tokens' aud)
              --help
            """.formatted(String.join("|", Scenarios.NAMES));

    /** Parses {@code args}; throws IllegalArgumentException naming every problem at once. */
    static LoadOptions parse(String... args) {
        String url = "http://127.0.0.1:8080";
        String scenario = "health";
        int connections = 16;
        Duration duration = Duration.ofSeconds(30);
        Duration warmup = Duration.ofSeconds(5);
        double rate = 0;
        int users = -1;
        long pid = 0;
        long dbPid = 0;
        Duration timeout = Duration.ofSeconds(10);
        String prefix = null;
        String clientId = null;
        String clientSecret = null;
        String tokenPath = "/oauth2/token";
        String introspectPath = "/oauth2/introspect";
        String tokenForm = "grant_type=client_credentials";
        String idp = null;
        int upstreamPort = 18095;
        String redirectUri = null;
        String scope = "openid profile email offline_access";
        String userinfoPath = "/oauth2/userinfo";
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                throw new HelpRequested();
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    problems.add(name + " needs a value");
                    break;
                }
                value = args[++i];
            }
            try {
                switch (name) {
                    case "--url" -> url = value;
                    case "--scenario" -> scenario = value;
                    case "--connections", "-c" -> connections = Integer.parseInt(value);
                    case "--duration", "-d" -> duration = duration(value);
                    case "--warmup" -> warmup = duration(value);
                    case "--rate", "-R" -> rate = Double.parseDouble(value);
                    case "--users" -> users = Integer.parseInt(value);
                    case "--pid" -> pid = Long.parseLong(value);
                    case "--db-pid" -> dbPid = Long.parseLong(value);
                    case "--timeout" -> timeout = duration(value);
                    case "--user-prefix" -> prefix = value;
                    case "--client-id" -> clientId = value;
                    case "--client-secret" -> clientSecret = value;
                    case "--token-path" -> tokenPath = value;
                    case "--introspect-path" -> introspectPath = value;
                    case "--token-form" -> tokenForm = value;
                    case "--idp" -> idp = value;
                    case "--upstream-port" -> upstreamPort = Integer.parseInt(value);
                    case "--redirect-uri" -> redirectUri = value;
                    case "--scope" -> scope = value;
                    case "--userinfo-path" -> userinfoPath = value;
                    default -> problems.add("unknown option " + name);
                }
            } catch (NumberFormatException | DateTimeParseException e) {
                problems.add(name + ": cannot read '" + value + "'");
            }
        }
        if (!Scenarios.NAMES.contains(scenario)) {
            problems.add("--scenario must be one of " + Scenarios.NAMES + ", got " + scenario);
        }
        if (connections < 1) {
            problems.add("--connections must be at least 1");
        }
        if (duration.isNegative() || duration.isZero()) {
            problems.add("--duration must be positive");
        }
        if (warmup.isNegative()) {
            problems.add("--warmup must not be negative");
        }
        if (rate < 0 || Double.isNaN(rate) || Double.isInfinite(rate)) {
            problems.add("--rate must be positive (or absent for the closed loop)");
        }
        if (users == -1) {
            users = connections;
        } else if (users < 1) {
            problems.add("--users must be at least 1");
        }
        if (dbPid < 0) {
            problems.add("--db-pid must be a process id");
        } else if (dbPid > 0 && !Files.isReadable(Path.of("/proc", Long.toString(dbPid), "stat"))) {
            problems.add("--db-pid " + dbPid + ": no readable /proc/" + dbPid + "/stat");
        }
        if (pid < 0) {
            problems.add("--pid must be a process id");
        } else if (pid > 0 && !Files.isReadable(Path.of("/proc", Long.toString(pid), "stat"))) {
            problems.add("--pid " + pid + ": no readable /proc/" + pid + "/stat");
        }
        if (timeout.toMillis() < 1 || timeout.toMillis() > Integer.MAX_VALUE) {
            problems.add("--timeout must be between 1ms and 24 days");
        }
        if (prefix != null && !prefix.matches("[a-z][a-z0-9]{1,31}")) {
            problems.add("--user-prefix must be 2-32 lower-case letters and digits, starting with a letter");
        }
        if (!tokenPath.startsWith("/") || !introspectPath.startsWith("/") || !userinfoPath.startsWith("/")) {
            problems.add("--token-path, --introspect-path and --userinfo-path must start with /");
        }
        boolean oauthUser = scenario.equals("refresh_grant") || scenario.equals("userinfo");
        if (oauthUser && redirectUri == null && !tokenForm.contains("grant_type=password")) {
            problems.add("--scenario " + scenario + " needs --redirect-uri (code flow) or a password grant in --token-form");
        }
        if (scenario.equals("password_login") && !tokenForm.contains("grant_type=password")) {
            problems.add("--scenario password_login needs a password grant in --token-form");
        }
        if ((scenario.startsWith("client_credentials") || scenario.startsWith("introspect") || oauthUser
                || scenario.equals("password_login")) && (clientId == null || clientSecret == null)) {
            problems.add("--scenario " + scenario + " needs --client-id and --client-secret");
        }
        if (scenario.equals("idp_login") && (idp == null || clientId == null)) {
            problems.add("--scenario idp_login needs --idp and --client-id");
        }
        if (upstreamPort < 1 || upstreamPort > 65535) {
            problems.add("--upstream-port must be a TCP port");
        }
        try {
            HttpTarget.parse(url);
        } catch (IllegalArgumentException e) {
            problems.add(e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        return new LoadOptions(url, scenario, connections, duration, warmup, rate, users, pid, timeout, prefix, clientId,
                clientSecret, tokenPath, introspectPath, tokenForm, idp, upstreamPort, redirectUri, scope, userinfoPath, dbPid);
    }

    boolean openLoop() {
        return rate > 0;
    }

    /** {@code 30s}, {@code 2m}, {@code 1h}, {@code 500ms}, a bare number of seconds, or ISO-8601 {@code PT30S}. */
    static Duration duration(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        if (s.startsWith("pt") || s.startsWith("p")) {
            return Duration.parse(text.trim());
        }
        if (s.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
        }
        char unit = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        String number = Character.isDigit(unit) ? s : s.substring(0, s.length() - 1);
        double value = Double.parseDouble(number);
        double seconds = switch (unit) {
            case 's' -> value;
            case 'm' -> value * 60;
            case 'h' -> value * 3600;
            default -> {
                if (!Character.isDigit(unit)) {
                    throw new NumberFormatException("unknown unit " + unit);
                }
                yield value;
            }
        };
        if (seconds < 0 || Double.isNaN(seconds) || seconds > 1e9) {
            throw new NumberFormatException("out of range");
        }
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }

    /** {@code --help} was given. */
    static final class HelpRequested extends RuntimeException {
        HelpRequested() {
            super("help", null, false, false);
        }
    }
}
