package dev.gatehouse.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pinned https fetch: the socket goes to the address the guard checked (127.0.0.1, allowed here),
 * while TLS still sends the URL's host name as SNI and verifies the certificate against it, and the
 * Host header names it too. A certificate for another name is refused although the address is the same.
 */
class GuardedHttpFetcherTlsTest {
    @TempDir
    static Path dir;
    private static HttpsServer server;
    private static SSLContext trustingTestCa;
    private static final AtomicReference<String> sni = new AtomicReference<>();
    private static final AtomicReference<String> host = new AtomicReference<>();

    private static final OutboundGuard.HostResolver RESOLVER = name -> {
        if (name.equals("keys.test") || name.equals("other.test")) return new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        throw new UnknownHostException(name);
    };

    @BeforeAll
    static void start() throws Exception {
        Path store = dir.resolve("keys.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "keys", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=keys.test",
                "-ext", "SAN=dns:keys.test", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit").redirectErrorStream(true).start();
        assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        trustingTestCa = SSLContext.getInstance("TLS");
        trustingTestCa.init(null, tmf.getTrustManagers(), null);

        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext) {
            @Override
            public void configure(HttpsParameters params) {
                params.setSSLParameters(getSSLContext().getDefaultSSLParameters());
            }
        });
        server.createContext("/jwks", ex -> {
            host.set(ex.getRequestHeaders().getFirst("Host"));
            javax.net.ssl.SSLSession session = ((com.sun.net.httpserver.HttpsExchange) ex).getSSLSession();
            if (session instanceof javax.net.ssl.ExtendedSSLSession ext) {
                for (SNIServerName name : ext.getRequestedServerNames()) {
                    if (name instanceof SNIHostName h) sni.set(h.getAsciiName());
                }
            }
            byte[] body = "{\"keys\":[]}".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.stop(0);
    }

    private GuardedHttpFetcher fetcher() {
        return new GuardedHttpFetcher(new OutboundGuard(List.of("127.0.0.0/8"), RESOLVER), 1024, Duration.ofSeconds(5),
                trustingTestCa.getSocketFactory());
    }

    @Test
    void httpsFetchConnectsToTheCheckedAddressAndStillVerifiesTheName() throws Exception {
        int port = server.getAddress().getPort();
        byte[] body = fetcher().get(URI.create("https://keys.test:" + port + "/jwks"), "application/json");
        assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("{\"keys\":[]}");
        assertThat(sni.get()).isEqualTo("keys.test");
        assertThat(host.get()).isEqualTo("keys.test:" + port);
    }

    @Test
    void httpsFetchWhenTheCertificateIsForAnotherNameThenRefused() {
        int port = server.getAddress().getPort();
        assertThatThrownBy(() -> fetcher().get(URI.create("https://other.test:" + port + "/jwks"), "application/json"))
                .isInstanceOf(IOException.class)
                .hasRootCauseInstanceOf(java.security.cert.CertificateException.class)
                .hasStackTraceContaining("other.test");
    }
}
