package dev.gatehouse.bootstrap;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.i18n.Languages;

/** The languages of the hosted pages and the mails, from the configuration: the one place that names the product to them. */
final class PageLanguages {
    private PageLanguages() {}

    static Languages of(GatehouseConfig config) {
        return new Languages(Languages.supported(config.resolved().get("default.locale")), config.branding().productName());
    }
}
