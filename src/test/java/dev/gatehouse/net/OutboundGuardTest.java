package dev.gatehouse.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutboundGuardTest {
    private static final OutboundGuard.HostResolver LITERALS = host -> {
        if (host.equals("mixed.example")) {
            return new InetAddress[] {InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")};
        }
        if (host.equals("public.example")) return new InetAddress[] {InetAddress.getByName("93.184.216.34")};
        if (host.matches("[0-9.]+|[0-9a-fA-F:.]+")) return new InetAddress[] {InetAddress.getByName(host)};
        throw new UnknownHostException(host);
    };

    private final OutboundGuard none = new OutboundGuard(List.of(), LITERALS);

    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.255.254", "10.0.0.1", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1",
            "100.127.255.255", "169.254.169.254", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::", "::1", "fe80::1",
            "fc00::1", "fd12:3456::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::ffff:10.0.0.1",
            "::127.0.0.1", "64:ff9b::a9fe:a9fe", "2002:7f00:1::1", "fec0::1",
    })
    void specialPurposeAddressesAreRefused(String address) throws Exception {
        assertThat(none.permits(InetAddress.getByName(address))).as(address).isFalse();
        assertThatThrownBy(() -> none.resolve(address)).isInstanceOf(OutboundGuard.RefusedException.class)
                .extracting(e -> ((OutboundGuard.RefusedException) e).reason()).isEqualTo(OutboundGuard.FORBIDDEN_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "[2606:4700::1111]"})
    void publicAddressesPass(String address) throws Exception {
        assertThat(none.resolve(address)).hasSize(1);
    }

    @Test
    void everyResolvedAddressMustPass() {
        assertThatThrownBy(() -> none.resolve("mixed.example")).isInstanceOf(OutboundGuard.RefusedException.class);
        assertThatThrownBy(() -> none.resolve("nowhere.example")).isInstanceOf(OutboundGuard.RefusedException.class)
                .extracting(e -> ((OutboundGuard.RefusedException) e).reason()).isEqualTo(OutboundGuard.UNRESOLVABLE);
    }

    @Test
    void allowedNetworksOpenOnlyThemselves() throws Exception {
        OutboundGuard guard = new OutboundGuard(List.of("127.0.0.0/8", "10.1.0.0/16"), LITERALS);
        assertThat(guard.resolve("127.0.0.1")).hasSize(1);
        assertThat(guard.resolve("::ffff:127.0.0.1")).hasSize(1);
        assertThat(guard.resolve("10.1.2.3")).hasSize(1);
        assertThatThrownBy(() -> guard.resolve("10.2.0.1")).isInstanceOf(OutboundGuard.RefusedException.class);
        assertThatThrownBy(() -> guard.resolve("169.254.169.254")).isInstanceOf(OutboundGuard.RefusedException.class);
        assertThatThrownBy(() -> guard.resolve("::1")).isInstanceOf(OutboundGuard.RefusedException.class);
        assertThat(guard.allowlisted(guard.resolve("127.0.0.1"))).isTrue();
        assertThat(guard.allowlisted(guard.resolve("public.example"))).isFalse();
    }

    @Test
    void fetcherRefusesPlainHttpOutsideAllowedNetworksWithoutConnecting() {
        GuardedHttpFetcher fetcher = new GuardedHttpFetcher(none, 1024, Duration.ofSeconds(1));
        assertThatThrownBy(() -> fetcher.check(URI.create("http://public.example/jwks"))).isInstanceOf(OutboundGuard.RefusedException.class)
                .extracting(e -> ((OutboundGuard.RefusedException) e).reason()).isEqualTo("https_required");
        assertThatThrownBy(() -> fetcher.check(URI.create("ftp://public.example/jwks"))).isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> fetcher.check(URI.create("https://user@public.example/jwks"))).isInstanceOf(java.io.IOException.class);
    }
}
