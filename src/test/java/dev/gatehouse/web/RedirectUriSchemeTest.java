package dev.gatehouse.web;

import dev.gatehouse.core.ErrorCode;
import dev.gatehouse.testing.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SECURITY.md 5.1: a redirect URI with a scheme a browser would run or read locally (script, inline
 * data, local files) is refused at registration over the admin API, in any letter case, and also in
 * dev mode, which relaxes only plain http (RFC 9700 §4.1.1 and §2.1; OAuth 2.1 §7.12).
 */
class RedirectUriSchemeTest {
    private static final List<String> REFUSED = List.of("data:text/html,%3Cscript%3Ealert(1)%3C/script%3E",
            "data:text/html;base64,PHNjcmlwdD4=", "DATA:text/html,x", "javascript:alert(1)", "JavaScript:alert(document.domain)",
            "vbscript:msgbox(1)", "file:///etc/passwd", "file://host/share/cb");

    @ParameterizedTest(name = "dev={0}")
    @ValueSource(booleans = {false, true})
    void registerWhenRedirectUriHasScriptDataOrFileSchemeThenForbiddenScheme(boolean dev) {
        try (TestServer server = TestServer.builder().set("dev", String.valueOf(dev)).start()) {
            AdminFixture fx = new AdminFixture(server);
            fx.admin("root");
            String token = fx.token("root");
            for (String uri : REFUSED) {
                ProblemAssert.assertFieldErrors(server.http().post("/admin/v1/clients", Map.of("name", "Web", "type", "confidential",
                        "grant_types", List.of("authorization_code"), "redirect_uris", List.of(uri)), token),
                        ErrorCode.INVALID_REQUEST, "redirect_uris", "forbidden_scheme");
                ProblemAssert.assertFieldErrors(server.http().post("/admin/v1/clients", Map.of("name", "Web", "type", "confidential",
                        "grant_types", List.of("authorization_code"), "redirect_uris", List.of("https://app.example/cb"),
                        "post_logout_redirect_uris", List.of(uri)), token),
                        ErrorCode.INVALID_REQUEST, "post_logout_redirect_uris", "forbidden_scheme");
            }
        }
    }
}
