package dev.gatehouse.load;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's token pair by the authorization code flow with PKCE (RFC 6749 §4.1, RFC 7636 S256), as a web
 * application's browser would walk it: the authorization request, the hosted sign-in page (its form's
 * hidden inputs, the CSRF token among them, posted back with the user's credentials), the consent page
 * when one comes, then the code redeemed at the token endpoint with client_secret_basic. Each connection
 * signs its own user up once ({@code /api/v1/signup}). Setup only, so it runs on the JDK's HTTP client
 * with a cookie jar of its own that sends every cookie back (the server may mark them Secure while the
 * generator speaks plain HTTP on loopback).
 */
final class CodeFlowLogin implements TokenLogin {

    private static final Pattern INPUT = Pattern.compile("<input\\b(?:[^>\"]|\"[^\"]*\")*>");
    private static final Pattern ATTR = Pattern.compile("([a-zA-Z_-]+)=\"([^\"]*)\"");
    private static final int MAX_STEPS = 12;

    private final String baseUrl;
    private final HttpTarget target;
    private final Accounts accounts;
    private final Credentials[] users;
    private final String tokenPath;
    private final String clientId;
    private final String clientSecret;
    private final String redirectUri;
    private final String scope;
    private final HttpClient http;
    private final long patienceNanos;
    private final SecureRandom random = new SecureRandom();

    CodeFlowLogin(String baseUrl, HttpTarget target, Accounts accounts, Credentials[] usersByConnection, String tokenPath,
                  String clientId, String clientSecret, String redirectUri, String scope, Duration timeout,
                  long patienceNanos) {
        this.patienceNanos = patienceNanos;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.target = target;
        this.accounts = accounts;
        this.users = usersByConnection.clone();
        this.tokenPath = tokenPath;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.redirectUri = redirectUri;
        this.scope = scope;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout).build();
    }

    @Override
    public void logIn(HttpConnection conn, ConnState state) throws IOException {
        Credentials user = users[state.index()];
        if (!state.registered()) {
            accounts.signup(conn, user);
            state.user(user);
            state.registered(true);
        }
        String verifier = randomToken();
        String code = authorize(user, verifier);
        Response response = conn.send(target.postForm(tokenPath, "grant_type=authorization_code&code=" + enc(code)
                + "&redirect_uri=" + enc(redirectUri) + "&code_verifier=" + verifier, clientId, clientSecret));
        Tokens tokens = response.isSuccess() ? Tokens.from(response) : null;
        if (tokens == null) {
            throw new Accounts.SetupException("code redemption answered " + response.status() + " without a token pair");
        }
        state.tokens(tokens);
    }

    /** Walks the browser part of the flow; returns the code of the redirect back to the application. */
    private String authorize(Credentials user, String verifier) throws IOException {
        String state = randomToken();
        String path = "/oauth2/authorize?response_type=code&client_id=" + enc(clientId) + "&redirect_uri=" + enc(redirectUri)
                + "&scope=" + enc(scope) + "&state=" + state + "&nonce=" + randomToken()
                + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256";
        Map<String, String> cookies = new LinkedHashMap<>();
        HttpResponse<String> r = send(cookies, HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        for (int step = 0; step < MAX_STEPS; step++) {
            String location = r.headers().firstValue("Location").orElse(null);
            if (r.statusCode() / 100 != 3 || location == null) {
                throw new Accounts.SetupException("authorization step answered " + r.statusCode() + " without a redirect");
            }
            if (!location.startsWith("/")) {
                return codeOf(URI.create(location), state);
            }
            if (location.startsWith("/login") || location.startsWith("/consent")) {
                boolean login = location.startsWith("/login");
                HttpResponse<String> page = send(cookies, HttpRequest.newBuilder(URI.create(baseUrl + location)).GET());
                Map<String, String> fields = hiddenInputs(page.body());
                if (login) {
                    fields.put("username", user.username());
                    fields.put("password", user.password());
                } else {
                    fields.put("decision", "allow");
                }
                r = send(cookies, HttpRequest.newBuilder(URI.create(baseUrl + (login ? "/login" : "/consent")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
            } else {
                r = send(cookies, HttpRequest.newBuilder(URI.create(baseUrl + location)).GET());
            }
        }
        throw new Accounts.SetupException("authorization took more than " + MAX_STEPS + " redirects");
    }

    private static String codeOf(URI back, String state) throws IOException {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : back.getRawQuery() == null ? new String[0] : back.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                query.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        if (!state.equals(query.get("state")) || query.get("code") == null) {
            throw new Accounts.SetupException("authorization ended without a code: " + query.getOrDefault("error", "no error given"));
        }
        return query.get("code");
    }

    private HttpResponse<String> send(Map<String, String> cookies, HttpRequest.Builder request) throws IOException {
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            request.header("Cookie", header.toString());
        }
        HttpRequest built = request.header("User-Agent", "gatehouse-loadgen").build();
        HttpResponse<String> response;
        long deadline = System.nanoTime() + patienceNanos;
        try {
            // a sign-in storm in setup (every connection at once) meets the server's hashing pool: 503 or
            // 429 with Retry-After (RFC 9110 §10.2.3) is waited out, as Accounts does for signups
            while (true) {
                response = http.send(built, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 429 && response.statusCode() != 503) {
                    break;
                }
                long wait = TimeUnit.SECONDS.toNanos(response.headers().firstValue("Retry-After")
                        .filter(v -> v.matches("\\d{1,4}")).map(Long::parseLong).orElse(0L));
                wait = Math.max(wait, TimeUnit.MILLISECONDS.toNanos(100 + random.nextInt(400)));
                if (System.nanoTime() + wait > deadline) {
                    break;
                }
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during the authorization flow", e);
        }
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    /** Every hidden input of a page by name, HTML entities of the values undone. */
    static Map<String, String> hiddenInputs(String html) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            Map<String, String> attributes = new LinkedHashMap<>();
            Matcher attr = ATTR.matcher(input.group());
            while (attr.find()) {
                attributes.put(attr.group(1), attr.group(2));
            }
            if ("hidden".equals(attributes.get("type")) && attributes.containsKey("name")) {
                fields.putIfAbsent(attributes.get("name"), unescape(attributes.getOrDefault("value", "")));
            }
        }
        return fields;
    }

    private static String unescape(String s) {
        return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&#x2F;", "/").replace("&#47;", "/").replace("&amp;", "&");
    }

    private static String form(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((name, value) -> sb.append(sb.isEmpty() ? "" : "&").append(enc(name)).append('=').append(enc(value)));
        return sb.toString();
    }

    /** RFC 7636 §4.2: BASE64URL(SHA256(ASCII(code_verifier))). */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 32 random bytes, base64url: a PKCE verifier of 43 characters (RFC 7636 §4.1), or a state or nonce. */
    private String randomToken() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
