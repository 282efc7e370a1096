package dev.gatehouse.bootstrap;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.store.WriteProbe;
import dev.gatehouse.web.Controllers;
import dev.gatehouse.web.Health;
import dev.gatehouse.web.admin.AdminHandlers;
import dev.gatehouse.web.Http;
import dev.gatehouse.web.admin.ClientController;
import dev.gatehouse.web.api.ApiHandlers;
import dev.gatehouse.web.pages.AccountLinkPages;
import dev.gatehouse.web.pages.AuthorizePages;
import dev.gatehouse.web.pages.BrowserCookies;
import dev.gatehouse.web.pages.ConsentPage;
import dev.gatehouse.web.pages.HostedPages;
import dev.gatehouse.web.pages.LoginCookie;
import dev.gatehouse.web.pages.LoginPages;
import dev.gatehouse.web.pages.PageRenderer;
import dev.gatehouse.web.pages.Pages;
import dev.gatehouse.web.pages.SignupPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Builds {@link Controllers} over {@link Services}: one line per controller. */
final class ControllerFactory {
    /** Hosted-page forms are small; a larger body is refused before it is read. */
    private static final int MAX_FORM_BYTES = 32 * 1024;

    private ControllerFactory() {}

    static Controllers build(GatehouseConfig config, Stores stores, Services s) {
        Health health = new Health(healthChecks(stores, s), new WriteProbe(stores.jdbi(), stores.database().dialect()));
        Http http = new Http(config.http());
        return new Controllers(http, health, s.keys(), openApi(),
                new ApiHandlers(s.accounts(), s.auth(), s.sessions(), s.verification(), s.passwordReset(), s.consents()),
                new AdminHandlers(s.userAdmin(), s.roles(), s.keyAdmin(), s.events()), new ClientController(s.clients(), http),
                hostedPages(config, s, health), s.oauth(), s.verifier(), s.sessions(), s.authorizer());
    }

    private static HostedPages hostedPages(GatehouseConfig config, Services s, Health health) {
        Pages pages = new Pages(new PageRenderer(), new BrowserCookies(config.issuer()), s.masterKey().deriveKey("csrf"),
                Math.min(config.http().maxBodyBytes(), MAX_FORM_BYTES), health::storeFailure);
        LoginCookie cookie = new LoginCookie(pages.cookies(), s.loginSessions());
        boolean signup = config.passwords().signupEnabled();
        return new HostedPages(pages, cookie, new LoginPages(pages, cookie, s.loginSessions(), signup),
                new SignupPages(pages, cookie, s.loginSessions(), signup, config.passwords().minLength()),
                new AccountLinkPages(pages, s.verification(), s.passwordReset()), new ConsentPage(pages),
                new AuthorizePages(pages, cookie, s.authorize(), s.endSession(), new ConsentPage(pages)));
    }

    private static Map<String, BooleanSupplier> healthChecks(Stores stores, Services s) {
        Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
        checks.put("database", () -> stores.jdbi().withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1);
        checks.put("keys", s.keys()::hasActiveKey);
        return checks;
    }

    private static byte[] openApi() {
        try (InputStream in = ControllerFactory.class.getResourceAsStream("/openapi.yaml")) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
