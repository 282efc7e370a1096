package dev.gatehouse.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.i18n.Languages;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRenderingTest {
    private final PageRenderer renderer = new PageRenderer();

    @Test
    void errorPageWhenHostileTextThenEscapedInsideTheLayout() {
        String html = renderer.render("pages/error.jte", Map.of("t", Languages.english(), "title", "Unknown client", "message", "<script>alert(1)</script>\"'"));
        assertThat(html).startsWith("<!doctype html>").contains("<h1>Unknown client</h1>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("href=\"" + Assets.STYLESHEET_URL.replace("?", "?") + "\"")
                .contains("<title>Unknown client – Gatehouse</title>");
    }

    @Test
    void errorPageWhenLinkGivenThenRendersIt() {
        String html = renderer.render("pages/error.jte", Map.of("t", Languages.english(), "title", "T", "message", "M", "linkHref", "/login", "linkText", "Sign in"));
        assertThat(html).contains("<a href=\"/login\">Sign in</a>");
    }

    @Test
    void formActionSourceWhenUriThenOriginOrSchemeOnly() {
        assertThat(Pages.sourceExpression("https://app.example.com:8443/cb?x=1")).isEqualTo("https://app.example.com:8443");
        assertThat(Pages.sourceExpression("http://127.0.0.1:5000/cb")).isEqualTo("http://127.0.0.1:5000");
        assertThat(Pages.sourceExpression("com.example.app:/oauth")).isEqualTo("com.example.app:");
        assertThat(Pages.sourceExpression("/relative")).isNull();
        assertThat(Pages.sourceExpression("https://a.example; script-src *")).isNull();
    }
}
