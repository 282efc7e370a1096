package dev.gatehouse.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HttpLocationTest {
    /** A segment can hold no path structure of its own (RFC 3986 §3.3): "/", "?", "#" and spaces are escaped. */
    @Test
    void eachSegmentIsPercentEncoded() {
        assertThat(Http.location("admin", "v1", "roles", "a b/c?d#e")).isEqualTo("/admin/v1/roles/a%20b%2Fc%3Fd%23e");
        assertThat(Http.location("api", "v1", "me")).isEqualTo("/api/v1/me");
    }
}
