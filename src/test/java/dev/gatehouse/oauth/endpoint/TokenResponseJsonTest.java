package dev.gatehouse.oauth.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.RefreshToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.token.OIDCTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The token response written directly means the same as Nimbus' own: members, values, status and headers. */
class TokenResponseJsonTest {

    private static void assertSameAsNimbus(AccessTokenResponse r) throws Exception {
        HTTPResponse ours = TokenResponseJson.of(r);
        HTTPResponse nimbus = r.toHTTPResponse();
        assertThat(ours.getStatusCode()).isEqualTo(nimbus.getStatusCode());
        assertThat(ours.getHeaderMap()).isEqualTo(nimbus.getHeaderMap());
        assertThat(ours.getBodyAsJSONObject()).isEqualTo(nimbus.getBodyAsJSONObject());
    }

    @Test
    void everyShapeOfAnswerMatchesNimbus() throws Exception {
        assertSameAsNimbus(new AccessTokenResponse(new Tokens(new BearerAccessToken("a.b.c", 900, null), null)));
        assertSameAsNimbus(new AccessTokenResponse(new Tokens(new BearerAccessToken("a.b.c", 0, new Scope("openid")), null)));
        assertSameAsNimbus(new AccessTokenResponse(new Tokens(new BearerAccessToken("a.b.c", 300, new Scope("openid", "offline_access",
                "notes:read")), new RefreshToken("Xy-_0123456789abcdefghijklmnopqrstuvwxyzABCDE"))));
        SignedJWT id = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject("u").build());
        id.sign(new MACSigner(new byte[32]));
        assertSameAsNimbus(new OIDCTokenResponse(new OIDCTokens(id, new BearerAccessToken("a.b.c", 900, new Scope("openid")),
                new RefreshToken("r"))));
        assertSameAsNimbus(new OIDCTokenResponse(new OIDCTokens(id, new BearerAccessToken("a.b.c", 900, new Scope("openid")), null)));
    }

    @Test
    void textIsEscapedAsJsonRequires() throws Exception {
        String hostile = "q\"uote \\ back / slash\n\r\t\b\f \u0000\u001f é \u2028 😀";
        AccessTokenResponse r = new AccessTokenResponse(new Tokens(new BearerAccessToken(hostile, 60, null), new RefreshToken(hostile)));
        assertSameAsNimbus(r);
        assertThat(TokenResponseJson.of(r).getBodyAsJSONObject()).containsEntry("access_token", hostile).containsEntry("refresh_token", hostile);
        assertThat(TokenResponseJson.body(r)).doesNotContain("\n", "\u0000", "\u001f");
    }

    @Test
    void customMembersAreLeftToNimbus() throws Exception {
        AccessTokenResponse r = new AccessTokenResponse(new Tokens(new BearerAccessToken("a.b.c", 60, null), null),
                Map.of("extra", List.of("x", "y")));
        assertSameAsNimbus(r);
    }
}
