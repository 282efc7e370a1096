package dev.gatehouse.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReturnToTest {
    @Test
    void safeWhenLocalPathThenKept() {
        assertThat(ReturnTo.safe("/")).isEqualTo("/");
        assertThat(ReturnTo.safe("/oauth2/authorize?client_id=a&redirect_uri=https%3A%2F%2Fapp%2Fcb"))
                .isEqualTo("/oauth2/authorize?client_id=a&redirect_uri=https%3A%2F%2Fapp%2Fcb");
    }

    @Test
    void safeWhenAnythingABrowserCouldReadAsAnotherOriginThenNull() {
        for (String v : new String[] {null, "", "https://evil", "//evil", "/\\evil", "\\\\evil", "/\t/evil", "/ /evil",
                "%2F%2Fevil", "/%2F%2Fevil", "/%2fevil", "/%5Cevil", "/%09/evil", "/a%0d%0aSet-Cookie:x", "javascript:alert(1)",
                "evil.example", "/a#frag", "/ü", "/" + "a".repeat(2048)}) {
            assertThat(ReturnTo.safe(v)).as(String.valueOf(v)).isNull();
        }
    }
}
