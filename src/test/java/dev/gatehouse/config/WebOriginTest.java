package dev.gatehouse.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The serialised-origin rules shared by cors.allowed.origins and client web_origins (RFC 6454 §6.2). */
class WebOriginTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://app.example", "http://127.0.0.1:5173", "https://app.example:8443", "http://[::1]:3000",
            "https://xn--bcher-kva.example", "http://localhost"})
    void serialisedOriginsAreAccepted(String origin) {
        assertThat(WebOrigin.problem(origin)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "*|wildcard", "https://*.app.example|wildcard", "https://app.example/|has_path", "https://app.example/a|has_path",
            "https://app.example?q|has_path", "https://app.example#f|has_path", "HTTPS://app.example|not_canonical",
            "https://APP.example|not_canonical", "http://app.example:80|not_canonical", "https://app.example:0443|not_canonical",
            "https://app.example:0|invalid_port", "https://app.example:65536|invalid_port", "https://app.example:x|invalid_port",
            "null|invalid", "https://|invalid", "https://a@app.example|invalid", "https://app..example|invalid",
            "https://bücher.example|invalid", "ws://app.example|unsupported_scheme", "file://app.example|unsupported_scheme"})
    void anythingABrowserNeverSendsIsRefusedWithItsReason(String origin, String problem) {
        assertThat(WebOrigin.problem(origin)).isEqualTo(problem);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://app.example/cb?x=1|https://app.example", "https://App.Example:443/cb|https://app.example",
            "http://127.0.0.1:5173/|http://127.0.0.1:5173", "http://localhost:8080/x|http://localhost:8080"})
    void theOriginOfARedirectUriIsWhatABrowserThereSends(String uri, String origin) {
        assertThat(WebOrigin.of(uri)).isEqualTo(origin);
    }

    @ParameterizedTest
    @ValueSource(strings = {"com.example.app:/cb", "myapp://cb", "not a uri"})
    void aNativeRedirectHasNoOrigin(String uri) {
        assertThat(WebOrigin.of(uri)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"http://127.0.0.1:5173|true", "http://[::1]|true", "http://localhost:3000|true",
            "http://127.0.0.1.evil.example|false", "http://localhost.evil.example|false", "https://127.0.0.1|false"})
    void loopbackHttpIsOnlyTheLoopbackHosts(String origin, boolean loopback) {
        assertThat(WebOrigin.isLoopbackHttp(origin)).isEqualTo(loopback);
    }
}
