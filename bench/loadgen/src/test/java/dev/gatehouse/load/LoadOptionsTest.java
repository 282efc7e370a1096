package dev.gatehouse.load;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoadOptionsTest {

    @Test
    void defaults() {
        LoadOptions o = LoadOptions.parse();
        assertThat(o.url()).isEqualTo("http://127.0.0.1:8080");
        assertThat(o.scenario()).isEqualTo("health");
        assertThat(o.connections()).isEqualTo(16);
        assertThat(o.users()).isEqualTo(16);
        assertThat(o.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(o.warmup()).isEqualTo(Duration.ofSeconds(5));
        assertThat(o.openLoop()).isFalse();
    }

    @Test
    void readsBothOptionForms() {
        LoadOptions o = LoadOptions.parse("--scenario=refresh", "--connections", "8", "--rate=2500",
                "--duration", "2m", "--warmup", "500ms", "--users", "100", "--timeout", "PT3S");
        assertThat(o.scenario()).isEqualTo("refresh");
        assertThat(o.connections()).isEqualTo(8);
        assertThat(o.rate()).isEqualTo(2500);
        assertThat(o.openLoop()).isTrue();
        assertThat(o.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(o.warmup()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.users()).isEqualTo(100);
        assertThat(o.timeout()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void oauthScenariosNeedAClient() {
        assertThatThrownBy(() -> LoadOptions.parse("--scenario", "client_credentials"))
                .hasMessageContaining("--client-id and --client-secret");
        LoadOptions o = LoadOptions.parse("--scenario", "introspect", "--client-id", "rs", "--client-secret", "s3cr3t");
        assertThat(o.clientId()).isEqualTo("rs");
        assertThat(o.clientSecret()).isEqualTo("s3cr3t");
    }

    @Test
    void federatedSignInsNeedAProviderAndTheUpstreamAppId() {
        assertThatThrownBy(() -> LoadOptions.parse("--scenario", "idp_login", "--client-id", "app"))
                .hasMessageContaining("--idp and --client-id");
        assertThatThrownBy(() -> LoadOptions.parse("--upstream-port", "70000")).hasMessageContaining("--upstream-port");
        LoadOptions o = LoadOptions.parse("--scenario", "idp_login", "--idp", "bench", "--client-id", "app", "--upstream-port", "18100");
        assertThat(o.idp()).isEqualTo("bench");
        assertThat(o.upstreamPort()).isEqualTo(18100);
    }

    @Test
    void endpointPathsDefaultToGatehouseAndCanPointElsewhere() {
        LoadOptions d = LoadOptions.parse("--scenario", "introspect_client", "--client-id", "c", "--client-secret", "s");
        assertThat(d.tokenPath()).isEqualTo("/oauth2/token");
        assertThat(d.introspectPath()).isEqualTo("/oauth2/introspect");
        LoadOptions k = LoadOptions.parse("--scenario", "client_credentials", "--client-id", "c", "--client-secret", "s",
                "--token-path", "/realms/bench/protocol/openid-connect/token");
        assertThat(k.tokenPath()).isEqualTo("/realms/bench/protocol/openid-connect/token");
        assertThatThrownBy(() -> LoadOptions.parse("--token-path", "realms/x")).hasMessageContaining("must start with /");
        assertThatThrownBy(() -> LoadOptions.parse("--scenario", "introspect_client"))
                .hasMessageContaining("--client-id and --client-secret");
    }

    @Test
    void oauthUserScenariosNeedAClientAndAWayToSignIn() {
        assertThatThrownBy(() -> LoadOptions.parse("--scenario", "refresh_grant", "--client-id", "c", "--client-secret", "s"))
                .hasMessageContaining("needs --redirect-uri (code flow) or a password grant in --token-form");
        assertThatThrownBy(() -> LoadOptions.parse("--scenario", "userinfo", "--redirect-uri", "https://app.example/cb"))
                .hasMessageContaining("needs --client-id and --client-secret");
        assertThatThrownBy(() -> LoadOptions.parse("--scenario", "password_login", "--client-id", "c", "--client-secret", "s"))
                .hasMessageContaining("password_login needs a password grant");
        assertThatThrownBy(() -> LoadOptions.parse("--userinfo-path", "userinfo")).hasMessageContaining("must start with /");
        LoadOptions code = LoadOptions.parse("--scenario", "userinfo", "--client-id", "c", "--client-secret", "s",
                "--redirect-uri", "https://app.example/cb");
        assertThat(code.redirectUri()).isEqualTo("https://app.example/cb");
        assertThat(code.scope()).isEqualTo("openid profile email offline_access");
        assertThat(code.userinfoPath()).isEqualTo("/oauth2/userinfo");
        LoadOptions kc = LoadOptions.parse("--scenario", "refresh_grant", "--client-id", "c", "--client-secret", "s",
                "--token-form", "grant_type=password&username=u&password=p", "--userinfo-path", "/realms/r/userinfo");
        assertThat(kc.redirectUri()).isNull();
        assertThat(kc.userinfoPath()).isEqualTo("/realms/r/userinfo");
    }

    @Test
    void durations() {
        assertThat(LoadOptions.duration("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(LoadOptions.duration("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(LoadOptions.duration("10")).isEqualTo(Duration.ofSeconds(10));
        assertThat(LoadOptions.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(LoadOptions.duration("0s")).isZero();
    }

    @Test
    void listsEveryProblemAtOnce() {
        assertThatThrownBy(() -> LoadOptions.parse("--scenario", "nope", "--connections", "0", "--duration", "x",
                "--url", "https://h", "--bogus", "1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--scenario must be one of")
                .hasMessageContaining("--connections must be at least 1")
                .hasMessageContaining("--duration: cannot read 'x'")
                .hasMessageContaining("--url must be http://")
                .hasMessageContaining("unknown option --bogus");
    }

    @Test
    void helpIsNotAnError() {
        assertThatThrownBy(() -> LoadOptions.parse("--help")).isInstanceOf(LoadOptions.HelpRequested.class);
        assertThat(LoadOptions.USAGE).contains("health|health_bearer|login|refresh|me");
    }
}
