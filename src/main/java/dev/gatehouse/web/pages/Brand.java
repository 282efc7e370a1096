package dev.gatehouse.web.pages;

import dev.gatehouse.config.GatehouseConfig;

/**
 * What the hosted pages show of the operator's product: its name, its logo and its stylesheet. Every
 * value comes from checked configuration ({@code brand.*}) or is a URL of our own assets.
 *
 * @param productName   the name in titles and headings
 * @param logoUrl       the logo's URL (an https URL, or our {@code /assets/logo?v=…}), or null
 * @param stylesheetUrl our {@code /assets/brand.css?v=…} (colours and the operator's CSS), or null
 */
public record Brand(String productName, String logoUrl, String stylesheetUrl) {
    public static final Brand DEFAULT = new Brand(GatehouseConfig.Branding.DEFAULT_PRODUCT_NAME, null, null);

    /** For the layout template: the brand of the page being rendered. */
    public static Brand current() {
        return PageRenderer.rendering();
    }
}
