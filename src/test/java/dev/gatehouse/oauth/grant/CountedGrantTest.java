package dev.gatehouse.oauth.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.GrantType;
import com.nimbusds.oauth2.sdk.OAuth2Error;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.oauth2.sdk.token.Tokens;
import dev.gatehouse.oauth.OAuthException;
import dev.gatehouse.oauth.client.OAuthClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The refresh grant's answers are counted by outcome for the metrics, and pass through unchanged. */
class CountedGrantTest {
    private final List<String> counted = new ArrayList<>();
    private final List<Instant> arrivals = new ArrayList<>();
    private boolean fail;

    private final TokenGrant inner = new TokenGrant() {
        @Override
        public GrantType type() {
            return GrantType.REFRESH_TOKEN;
        }

        @Override
        public AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip) {
            if (fail) throw new OAuthException(OAuth2Error.INVALID_GRANT, "spent");
            return new AccessTokenResponse(new Tokens(new BearerAccessToken("at"), null));
        }

        @Override
        public AccessTokenResponse handle(TokenParameters request, OAuthClient client, String ip, Instant arrived) {
            arrivals.add(arrived);
            return handle(request, client, ip);
        }
    };

    @Test
    void successesAndOAuthErrorsAreCountedAndTheAnswerIsTheGrants() {
        CountedGrant grant = new CountedGrant(inner, counted::add);
        assertThat(grant.type()).isEqualTo(GrantType.REFRESH_TOKEN);
        Instant arrived = Instant.parse("2026-12-05T05:00:00Z");
        assertThat(grant.handle(null, null, "192.0.2.1", arrived).getTokens().getAccessToken().getValue()).isEqualTo("at");
        assertThat(arrivals).containsExactly(arrived); // the arrival time reaches the grant
        fail = true;
        assertThatThrownBy(() -> grant.handle(null, null, "192.0.2.1")).isInstanceOf(OAuthException.class);
        assertThat(counted).containsExactly("success", "failure");
    }
}
