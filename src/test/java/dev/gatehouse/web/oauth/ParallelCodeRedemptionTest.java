package dev.gatehouse.web.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.oauth2.sdk.RefreshTokenGrant;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.TestDatabases.Kind;
import dev.gatehouse.testing.TestServer;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * SECURITY.md "Honest clients are never punished by guards": of parallel redemptions of one code
 * exactly one wins, every time, and the concurrent losers (invalid_grant) leave what it got alone;
 * a redemption after the winner finished is a replay and revokes it (RFC 6749 §4.1.2, RFC 9700
 * §4.2.4). On both databases, over HTTP.
 */
class ParallelCodeRedemptionTest {
    private static final List<String> SCOPES = List.of("openid", "offline_access");
    private static final int PARALLEL = 20;
    private static final int ROUNDS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String code(TestServer server, RelyingParty.Request req) {
        String user = RelyingParty.newUser(server, List.of("user"));
        URI back = RelyingParty.browse(new Browser(server.baseUrl()), req.path(), user, "allow");
        return RelyingParty.parse(back).toSuccessResponse().getAuthorizationCode().getValue();
    }

    private static HTTPResponse refresh(RelyingParty app, RefreshToken token) {
        return OAuthFixture.send(new TokenRequest(app.endpoint("/oauth2/token"), app.auth(), new RefreshTokenGrant(token)).toHTTPRequest());
    }

    private static String errorCode(HTTPResponse response) {
        TokenResponse parsed = OAuthFixture.parse(response);
        assertThat(parsed.indicatesSuccess()).as(response.getBody()).isFalse();
        return ((TokenErrorResponse) parsed).getErrorObject().getCode();
    }

    private static int liveSessions(TestServer server, String clientId) {
        return server.gatehouse().stores().jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM sessions WHERE client_id = :c AND revoked_at IS NULL").bind("c", clientId).mapTo(Integer.class).one());
    }

    /** A status and body read off a raw connection. */
    private record Raw(int status, String body) {}

    /**
     * Sends {@code n} identical token requests that reach the server together: each on its own
     * connection sends its headers, and once all have, all the bodies go out, one right after the
     * other. (New connections made by n threads at once reach a busy two-core machine spread over
     * a hundred milliseconds and more, by which time one redemption has long finished.)
     */
    private static List<Raw> together(TestServer server, RelyingParty app, int n, String form) throws Exception {
        URI base = URI.create(server.baseUrl());
        byte[] body = form.getBytes(StandardCharsets.US_ASCII);
        String basic = Base64.getEncoder().encodeToString((app.clientId + ":" + app.secret).getBytes(StandardCharsets.UTF_8));
        byte[] head = ("POST /oauth2/token HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                + "\r\nAuthorization: Basic " + basic + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: "
                + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                Socket socket = new Socket(base.getHost(), base.getPort());
                socket.setSoTimeout(120_000);
                socket.getOutputStream().write(head);
                socket.getOutputStream().flush();
                sockets.add(socket);
            }
            Thread.sleep(1_500); // every request has reached a handler, which waits for its body
            for (Socket socket : sockets) {
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
            }
            List<Raw> out = new ArrayList<>();
            for (Socket socket : sockets) out.add(read(socket.getInputStream().readAllBytes()));
            return out;
        } finally {
            for (Socket socket : sockets) socket.close();
        }
    }

    /** An HTTP/1.1 response that ends with the connection: a Content-Length body or chunks. */
    private static Raw read(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String head = text.substring(0, end);
        String rest = text.substring(end + 4);
        int status = Integer.parseInt(head.substring(9, 12));
        if (!head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) return new Raw(status, rest);
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int eol = rest.indexOf("\r\n", at);
            int size = Integer.parseInt(rest.substring(at, eol).trim(), 16);
            if (size == 0) return new Raw(status, body.toString());
            body.append(rest, eol + 2, eol + 2 + size);
            at = eol + 2 + size + 2;
        }
    }

    private static String form(String code, RelyingParty.Request req) {
        return "grant_type=authorization_code&code=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&redirect_uri="
                + URLEncoder.encode(RelyingParty.REDIRECT, StandardCharsets.UTF_8) + "&code_verifier=" + req.verifier().getValue();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void twentyParallelRedemptionsWhenRepeatedThenExactlyOneWinsEachRoundAndItsTokensWork(Kind kind) throws Exception {
        try (TestServer server = TestServer.builder().database(kind).start()) {
            RelyingParty app = RelyingParty.confidential(server, SCOPES, true);
            for (int round = 1; round <= ROUNDS; round++) {
                RelyingParty.Request req = app.request("openid offline_access");
                String code = code(server, req);

                List<Raw> responses = together(server, app, PARALLEL, form(code, req));

                List<Raw> won = responses.stream().filter(r -> r.status() == 200).toList();
                assertThat(won).as("round %d: %s", round, responses.stream().map(Raw::status).toList()).hasSize(1);
                for (Raw r : responses) {
                    if (r.status() == 200) continue;
                    assertThat(r.status()).as("round %d: %s", round, r.body()).isEqualTo(400);
                    assertThat(JSON.readTree(r.body()).path("error").asText()).isEqualTo("invalid_grant");
                }
                JsonNode winner = JSON.readTree(won.get(0).body());
                assertThat(server.http().get("/oauth2/userinfo", winner.path("access_token").asText()).status())
                        .as("round %d: the winner's access token", round).isEqualTo(200);
                HTTPResponse refreshed = refresh(app, new RefreshToken(winner.path("refresh_token").asText()));
                assertThat(refreshed.getStatusCode()).as("round %d: the winner's refresh token: %s", round, refreshed.getBody())
                        .isEqualTo(200);
                assertThat(liveSessions(server, app.clientId)).as("round %d: one live session per winner", round).isEqualTo(round);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void redemptionAfterTheWinnerFinishedIsInvalidGrantAndRevokesTheWinnersTokens(Kind kind) {
        try (TestServer server = TestServer.builder().database(kind).start()) {
            RelyingParty app = RelyingParty.confidential(server, SCOPES, true);
            RelyingParty.Request req = app.request("openid offline_access");
            String code = code(server, req);
            OIDCTokens first = app.tokens(code, req);
            assertThat(server.http().get("/oauth2/userinfo", first.getAccessToken().getValue()).status()).isEqualTo(200);

            assertThat(errorCode(app.redeem(app.auth(), code, RelyingParty.REDIRECT, req.verifier()))).isEqualTo("invalid_grant");

            assertThat(errorCode(refresh(app, first.getRefreshToken()))).isEqualTo("invalid_grant");
            assertThat(server.http().get("/oauth2/userinfo", first.getAccessToken().getValue()).status()).isEqualTo(401);
            assertThat(liveSessions(server, app.clientId)).isZero();
        }
    }
}
