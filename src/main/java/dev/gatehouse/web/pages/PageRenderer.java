package dev.gatehouse.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the templates of {@code src/main/jte}, compiled to Java at build time by the
 * jte-maven-plugin (nothing is compiled at run time). HTML output is escaped by context.
 */
public final class PageRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /**
     * @param template path under {@code src/main/jte}, e.g. {@code "pages/login.jte"}
     * @param params   the template's {@code @param}s by name; an absent one takes its declared default
     */
    public String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput(4096);
        engine.render(template, params, out);
        return out.toString();
    }
}
