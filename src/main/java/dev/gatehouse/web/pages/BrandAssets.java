package dev.gatehouse.web.pages;

import dev.gatehouse.config.CssValues;
import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.core.DomainException;
import dev.gatehouse.core.ErrorCode;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The operator's look (configuration {@code brand.*}), served from our own origin under
 * {@code /assets/} so the pages' CSP keeps {@code style-src 'self'} and {@code img-src 'self'}: one
 * stylesheet made of the checked colours and the operator's CSS file, and the logo file. Both are
 * read once at start-up; their URLs carry a hash of the content, as the built-in assets' do.
 */
public final class BrandAssets {
    public static final String STYLESHEET_PATH = "/assets/brand.css";
    public static final String LOGO_PATH = "/assets/logo";

    private final byte[] stylesheet;
    private final byte[] logo;
    private final String logoType;
    private final Brand brand;

    public BrandAssets(GatehouseConfig.Branding config) {
        this.stylesheet = stylesheet(config);
        this.logo = config.logoFile() == null ? null : read(config.logoFile());
        this.logoType = config.logoFile() == null ? null : CssValues.imageType(config.logoFile().getFileName().toString());
        String logoUrl = logo != null ? LOGO_PATH + "?v=" + Assets.shortHash(logo) : config.logoUrl();
        this.brand = new Brand(config.productName(), logoUrl,
                stylesheet == null ? null : STYLESHEET_PATH + "?v=" + Assets.shortHash(stylesheet));
    }

    public Brand brand() {
        return brand;
    }

    /** GET /assets/brand.css; 404 when nothing is configured. */
    public void stylesheet(Context ctx) {
        if (stylesheet == null) throw new DomainException(ErrorCode.NOT_FOUND);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.contentType("text/css; charset=utf-8").result(stylesheet);
    }

    /**
     * GET /assets/logo; 404 when no file is configured. Opened on its own, an SVG is a document of our
     * origin: the CSP sandbox keeps any script in it from running there (an img element never runs it).
     */
    public void logo(Context ctx) {
        if (logo == null) throw new DomainException(ErrorCode.NOT_FOUND);
        ctx.header("Cache-Control", "public, max-age=31536000, immutable");
        ctx.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox");
        ctx.contentType(logoType).result(logo);
    }

    /** The colours as custom properties (values checked by CssValues), then the operator's file; null when neither is set. */
    private static byte[] stylesheet(GatehouseConfig.Branding config) {
        if (config.primaryColor() == null && config.accentColor() == null && config.cssFile() == null) return null;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder root = new StringBuilder();
        if (config.primaryColor() != null) root.append(" --primary: ").append(config.primaryColor()).append(';');
        if (config.accentColor() != null) root.append(" --accent: ").append(config.accentColor()).append(';');
        if (!root.isEmpty()) out.writeBytes((":root {" + root + " }\n").getBytes(StandardCharsets.UTF_8));
        if (config.cssFile() != null) out.writeBytes(read(config.cssFile()));
        return out.toByteArray();
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
