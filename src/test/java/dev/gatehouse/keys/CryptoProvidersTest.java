package dev.gatehouse.keys;

import dev.gatehouse.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.Security;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CryptoProvidersTest {

    @AfterEach
    void restoreJdkProviders() {
        CryptoProviders.install("jdk");
    }

    @Test
    void jdkModeUsesTheJdkProviders() {
        assertThat(CryptoProviders.install("jdk")).isEqualTo("SunRsaSign");
        assertThat(Security.getProvider(CryptoProviders.ACCP_NAME)).isNull();
    }

    @Test
    void autoModeInstallsAccpFirstWhenHealthyElseKeepsJdk() throws Exception {
        String active = CryptoProviders.install("AUTO");
        if (CryptoProviders.healthyAccp().isPresent()) {
            assertThat(active).isEqualTo(CryptoProviders.ACCP_NAME);
            assertThat(Security.getProviders()[0].getName()).isEqualTo(CryptoProviders.ACCP_NAME);
            // Installing twice changes nothing.
            assertThat(CryptoProviders.install("auto")).isEqualTo(CryptoProviders.ACCP_NAME);
            assertThat(Security.getProviders()).filteredOn(p -> p.getName().equals(CryptoProviders.ACCP_NAME))
                    .hasSize(1);
            Signature s = Signature.getInstance("SHA256withECDSA");
            assertThat(s.getProvider().getName()).isEqualTo(CryptoProviders.ACCP_NAME);
        } else {
            assertThat(active).isEqualTo("SunRsaSign");
        }
    }

    @Test
    void withAccpInstalledEverythingStillWorks() {
        CryptoProviders.install("auto");
        MasterKey mk = MasterKey.generate();
        byte[] aad = "x".getBytes(StandardCharsets.UTF_8);
        assertThat(mk.decrypt(mk.encrypt(new byte[] {1, 2, 3}, aad), aad)).containsExactly(1, 2, 3);
        MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
        for (String alg : new String[] {"RS256", "ES256"}) {
            KeyService keys = new KeyService(new FakeSigningKeyStore(), mk, clock, alg, Duration.ofMinutes(15));
            keys.ensureActiveKey();
            IssuedToken t = new AccessTokenIssuer(keys, KeyServiceTest.ISSUER, clock).issue(KeyServiceTest.userToken());
            assertThat(new AccessTokenVerifier(keys, KeyServiceTest.ISSUER, KeyServiceTest.AUD, clock,
                    Duration.ofSeconds(60)).verify(t.token()).jti()).isEqualTo(t.jti());
        }
    }

    @Test
    void unknownModeIsAConfigurationError() {
        assertThatThrownBy(() -> CryptoProviders.install("openssl"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'auto' or 'jdk'");
    }
}
