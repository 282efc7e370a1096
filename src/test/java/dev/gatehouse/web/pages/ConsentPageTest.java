package dev.gatehouse.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.i18n.Languages;
import dev.gatehouse.testing.Browser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsentPageTest {
    private final PageRenderer renderer = new PageRenderer();

    private String render(String clientName, List<String> scopes, Map<String, String> hidden) {
        Map<String, Object> params = new java.util.HashMap<>(ConsentPage.params("tok", clientName, "alice",
                ScopeText.describe(scopes, Languages.english()), "/oauth2/authorize", hidden));
        params.put("t", Languages.english());
        return renderer.render("pages/consent.jte", params);
    }

    @Test
    void consentHasOneFormWithAllowAndDenyButtonsAndTheHiddenInputs() {
        Map<String, String> hidden = new LinkedHashMap<>();
        hidden.put("request_id", "req-1");
        String html = render("Notes", List.of("openid", "notes:read"), hidden);
        assertThat(html.split("<form", -1)).hasSize(2);
        assertThat(html).contains("<form method=\"post\" action=\"/oauth2/authorize\">")
                .contains("<button type=\"submit\" name=\"decision\" value=\"allow\">Allow</button>")
                .contains("<button type=\"submit\" name=\"decision\" value=\"deny\" class=\"secondary\">Deny</button>");
        assertThat(Browser.hiddenInputs(html)).containsExactly(Map.entry("csrf", "tok"), Map.entry("request_id", "req-1"));
    }

    @Test
    void consentListsScopesInWordsWithOpenidFirst() {
        String html = render("Notes", List.of("notes:read", "offline_access", "email", "openid", "profile", "notes:write",
                "admin:users:read", "reports:publish"), Map.of());
        assertThat(html.indexOf("Confirm your identity")).isLessThan(html.indexOf("Read your notes"));
        assertThat(html).contains("<li>Confirm your identity <span class=\"muted\">(openid)</span></li>")
                .contains("Stay signed in").contains("See your email address").contains("See your name and username")
                .contains("Read your notes").contains("Create and change your notes")
                .contains("Read users (administration)").contains("Use your reports (“publish”)");
    }

    @Test
    void consentWhenClientNameAndHiddenValuesHostileThenEscaped() {
        String html = render("<img src=x onerror=alert(1)>", List.of("openid", "<b>x:read</b>"),
                Map.of("state", "\"><script>alert(2)</script>"));
        assertThat(html).doesNotContain("<img src=x").doesNotContain("<script>").doesNotContain("<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(Browser.hiddenInputs(html)).containsEntry("state", "\"><script>alert(2)</script>");
    }

    @Test
    void scopeTextWhenUnusualShapesThenStillReadable() {
        assertThat(ScopeText.describe("notes")).isEqualTo("Use “notes”");
        assertThat(ScopeText.describe("notes:")).isEqualTo("Use “notes:”");
        assertThat(ScopeText.describe("calendar_events:delete")).isEqualTo("Delete your calendar events");
    }
}
