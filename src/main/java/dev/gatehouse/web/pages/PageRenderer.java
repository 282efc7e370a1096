package dev.gatehouse.web.pages;

import dev.gatehouse.i18n.Languages;
import dev.gatehouse.i18n.Messages;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the templates of {@code src/main/jte}, compiled to Java at build time by the
 * jte-maven-plugin; with {@code templates.dir} set, an engine that compiled the operator's templates
 * (and the built-in ones around them) at start-up instead ({@link TemplateOverrides}). HTML output is
 * escaped by context either way.
 *
 * <p>Every page gets the {@link Brand}: as the parameter {@code productName} of the page template, and
 * through {@link Brand#current()} in the layout, which every page calls with its own parameters.
 */
public final class PageRenderer {
    private static final ThreadLocal<Brand> RENDERING = new ThreadLocal<>();
    /** The messages of the page being rendered (its {@code t}), for a layout called without them. */
    private static final ThreadLocal<Messages> MESSAGES = new ThreadLocal<>();

    private final TemplateEngine engine;
    private final Brand brand;

    /** The precompiled templates with the shipped look. */
    public PageRenderer() {
        this(Brand.DEFAULT, null, null);
    }

    /**
     * @param templatesDir templates that replace the built-in ones of the same name, or null
     * @param classDir     where those are compiled to (only with {@code templatesDir})
     */
    public PageRenderer(Brand brand, Path templatesDir, Path classDir) {
        this.brand = brand;
        this.engine = templatesDir == null ? TemplateEngine.createPrecompiled(ContentType.Html)
                : TemplateOverrides.compile(templatesDir, classDir);
    }

    public Brand brand() {
        return brand;
    }

    /**
     * @param template path under {@code src/main/jte}, e.g. {@code "pages/login.jte"}
     * @param params   the template's {@code @param}s by name; an absent one takes its declared default
     */
    public String render(String template, Map<String, Object> params) {
        Map<String, Object> all = new HashMap<>(params);
        all.putIfAbsent("productName", brand.productName());
        StringOutput out = new StringOutput(4096);
        Brand outer = RENDERING.get();
        Messages outerMessages = MESSAGES.get();
        RENDERING.set(brand);
        MESSAGES.set(all.get("t") instanceof Messages m ? m : Languages.english());
        try {
            engine.render(template, all, out);
        } finally {
            if (outer == null) RENDERING.remove();
            else RENDERING.set(outer);
            if (outerMessages == null) MESSAGES.remove();
            else MESSAGES.set(outerMessages);
        }
        return out.toString();
    }

    /**
     * The messages of the page being rendered on this thread (English outside a render): the layout's
     * default for {@code t}, so an operator's template (templates.dir) that does not pass it on still
     * gets the request's language.
     */
    public static Messages currentMessages() {
        Messages m = MESSAGES.get();
        return m == null ? Languages.english() : m;
    }

    /** The brand of the page being rendered on this thread (the shipped one outside a render). */
    static Brand rendering() {
        Brand b = RENDERING.get();
        return b == null ? Brand.DEFAULT : b;
    }
}
