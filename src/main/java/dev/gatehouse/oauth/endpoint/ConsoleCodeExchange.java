package dev.gatehouse.oauth.endpoint;

import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import dev.gatehouse.keys.AccessTokenVerifier;
import dev.gatehouse.keys.InvalidTokenException;
import dev.gatehouse.keys.VerifiedAccessToken;
import dev.gatehouse.oauth.client.ConsoleClient;
import dev.gatehouse.session.SessionService;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin console's side of the authorization code grant: the code its callback received goes
 * through the very {@link TokenEndpoint} that serves {@code POST /oauth2/token} (client
 * {@code gatehouse-console}, its one redirect URI, the PKCE verifier; RFC 6749 §4.1.3, RFC 7636
 * §4.5), in this process rather than over the network. So the code's single use, its binding to the
 * client, the redirect URI and the verifier, and the check that the sign-in behind it is still on are
 * the token endpoint's own, not a second copy of them.
 *
 * <p>What the console keeps of the answer is the token session it started ({@code sid}): the access
 * token is verified as the admin API verifies one and then dropped, its claims are not the console's
 * permissions (those are read from the database on every request). The ID token's {@code nonce} must
 * be the console's (OIDC Core §3.1.3.7 item 11), a second binding of the code to this browser's round trip.
 */
public final class ConsoleCodeExchange {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleCodeExchange.class);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private final TokenEndpoint endpoint;
    private final AccessTokenVerifier verifier;
    private final SessionService sessions;
    private final String tokenUrl;
    private final String redirectUri;

    /** @param sessions ends a token session whose answer turned out not to be this round trip's */
    public ConsoleCodeExchange(TokenEndpoint endpoint, AccessTokenVerifier verifier, SessionService sessions, String issuer) {
        this.endpoint = endpoint;
        this.sessions = sessions;
        this.verifier = verifier;
        this.tokenUrl = issuer + "/oauth2/token";
        this.redirectUri = ConsoleClient.redirectUri(issuer);
    }

    /** Whose token session the code started. */
    public record Exchanged(String userId, String sessionId) {}

    /**
     * Redeems {@code code} for the console. Empty when the token endpoint refuses it (invalid_grant:
     * spent, expired, another client's, another redirect URI or verifier, the sign-in ended) or the
     * answer is not the console's.
     */
    public Optional<Exchanged> exchange(String code, String codeVerifier, String nonce, String ip) {
        HTTPRequest request = new HTTPRequest(HTTPRequest.Method.POST, URI.create(tokenUrl));
        request.setHeader("Content-Type", "application/x-www-form-urlencoded");
        request.setBody(form(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                "code_verifier", codeVerifier, "client_id", ConsoleClient.CLIENT_ID)));
        HTTPResponse response = endpoint.handle(request, ip);
        if (response.getStatusCode() != 200) {
            LOG.info("console sign-in: the token endpoint refused the code ({})", response.getStatusCode());
            return Optional.empty();
        }
        try {
            var body = JSON.readTree(response.getBody());
            VerifiedAccessToken access = verifier.verify(body.path("access_token").asText());
            Object idNonce = JWTParser.parse(body.path("id_token").asText()).getJWTClaimsSet().getClaim("nonce");
            if (!ConsoleClient.CLIENT_ID.equals(access.clientId()) || access.sessionId() == null || !(idNonce instanceof String n)
                    || !MessageDigest.isEqual(n.getBytes(StandardCharsets.UTF_8), nonce.getBytes(StandardCharsets.UTF_8))) {
                LOG.warn("console sign-in: the token answer is not for this round trip");
                if (access.sessionId() != null) sessions.end(access.sessionId());
                return Optional.empty();
            }
            return Optional.of(new Exchanged(access.subject(), access.sessionId()));
        } catch (java.io.IOException | java.text.ParseException | InvalidTokenException e) {
            LOG.warn("console sign-in: unusable token answer: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
