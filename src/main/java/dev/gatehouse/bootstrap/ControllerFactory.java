package dev.gatehouse.bootstrap;

import dev.gatehouse.config.GatehouseConfig;
import dev.gatehouse.store.WriteProbe;
import dev.gatehouse.web.Controllers;
import dev.gatehouse.web.Health;
import dev.gatehouse.web.admin.AdminControllers;
import dev.gatehouse.web.admin.ConsentAdminController;
import dev.gatehouse.admin.ConsentAdmin;
import dev.gatehouse.web.admin.ClientController;
import dev.gatehouse.web.admin.EventAdminController;
import dev.gatehouse.web.admin.IdentityProviderController;
import dev.gatehouse.web.admin.KeyAdminController;
import dev.gatehouse.web.admin.MfaAdminController;
import dev.gatehouse.web.admin.RoleAdminController;
import dev.gatehouse.web.admin.UserAdminController;
import dev.gatehouse.web.admin.UserMailAdminController;
import dev.gatehouse.web.admin.UserSessionAdminController;
import dev.gatehouse.web.api.AccountController;
import dev.gatehouse.web.api.AccountLinkController;
import dev.gatehouse.web.api.ApiControllers;
import dev.gatehouse.web.api.ConsentController;
import dev.gatehouse.web.api.LoginController;
import dev.gatehouse.web.api.MfaController;
import dev.gatehouse.web.api.MyIdentitiesController;
import dev.gatehouse.web.api.PasskeyController;
import dev.gatehouse.web.api.SessionController;
import dev.gatehouse.web.api.UpstreamLoginController;
import dev.gatehouse.web.http.Http;
import dev.gatehouse.web.pages.AccountLinkPages;
import dev.gatehouse.web.pages.AdminClientPages;
import dev.gatehouse.web.pages.AccountIdentityPages;
import dev.gatehouse.web.pages.AccountIdentityView;
import dev.gatehouse.web.pages.AdminConsole;
import dev.gatehouse.web.pages.AdminKeyPages;
import dev.gatehouse.web.pages.AdminProviderPages;
import dev.gatehouse.web.pages.AdminDashboard;
import dev.gatehouse.web.pages.AdminEvents;
import dev.gatehouse.web.pages.AdminRolePages;
import dev.gatehouse.web.pages.AdminUserActions;
import dev.gatehouse.web.pages.ConsoleGuard;
import dev.gatehouse.web.pages.ConsoleSignIn;
import dev.gatehouse.oauth.endpoint.ConsoleCodeExchange;
import dev.gatehouse.web.pages.ConsolePages;
import dev.gatehouse.web.pages.AccountFactorPages;
import dev.gatehouse.web.pages.AccountPages;
import dev.gatehouse.web.pages.AuthorizePages;
import dev.gatehouse.web.pages.BrandAssets;
import dev.gatehouse.web.pages.BrowserCookies;
import dev.gatehouse.web.pages.ConsentPage;
import dev.gatehouse.web.pages.HostedPages;
import dev.gatehouse.web.pages.LoginCookie;
import dev.gatehouse.web.pages.LoginPages;
import dev.gatehouse.web.pages.MfaPages;
import dev.gatehouse.web.pages.PageRenderer;
import dev.gatehouse.web.pages.Pages;
import dev.gatehouse.web.pages.PasskeyPages;
import dev.gatehouse.web.pages.SignupPages;
import dev.gatehouse.web.pages.UpstreamLoginPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Builds {@link Controllers} over {@link Services}: one line per controller. */
final class ControllerFactory {
    /** Hosted-page forms are small; a larger body is refused before it is read. */
    private static final int MAX_FORM_BYTES = 32 * 1024;

    private ControllerFactory() {}

    /** @param clock the server's clock (the console session's idle time) */
    static Controllers build(GatehouseConfig config, Stores stores, Services s, java.time.Clock clock) {
        Health health = new Health(healthChecks(stores, s), new WriteProbe(stores.jdbi(), stores.database().dialect()));
        Http http = new Http(config.http(), s.verifier(), s.sessions(), s.oauth().clients(), s.authorizer());
        return new Controllers(http, health, s.keys(), openApi(), api(s, http), admin(s, http), hostedPages(config, s, health, http, clock), s.oauth());
    }

    private static ApiControllers api(Services s, Http http) {
        return new ApiControllers(new LoginController(s.accounts(), s.auth(), http), new AccountController(s.accounts(), http),
                new AccountLinkController(s.verification(), s.passwordReset(), http), new SessionController(s.sessions(), http),
                new ConsentController(s.consents(), http), new MyIdentitiesController(s.federation().identities(), http),
                new UpstreamLoginController(s.upstreamLogins(), http, s.mfa().factors()),
                new PasskeyController(s.passkeys().service(), s.passkeys().login(), s.accounts(), http, s.mfa().factors()),
                new MfaController(s.mfa().factors(), s.mfa().login(), s.auth(), http));
    }

    private static AdminControllers admin(Services s, Http http) {
        return new AdminControllers(new UserAdminController(s.userAdmin(), s.federation().admin(), http),
                new UserSessionAdminController(s.userAdmin(), http),
                new UserMailAdminController(s.userAdmin(), http), new RoleAdminController(s.roles(), http),
                new KeyAdminController(s.keyAdmin(), http), new EventAdminController(s.events()), new ClientController(s.clients(), http),
                new IdentityProviderController(s.federation().providers(), s.federation().admin(), http),
                new MfaAdminController(s.mfa().admin(), http), new ConsentAdminController(consentAdmin(s), http));
    }

    /** An administrator's view of a user's consents: the consent service behind the admin rules. */
    private static ConsentAdmin consentAdmin(Services s) {
        return new ConsentAdmin(s.userAdmin(), s.consents(), s.privileges(), s.audit());
    }

    private static HostedPages hostedPages(GatehouseConfig config, Services s, Health health, Http http, java.time.Clock clock) {
        BrandAssets brand = new BrandAssets(config.branding());
        Pages pages = new Pages(renderer(config, brand), new BrowserCookies(config.issuer()), s.masterKey().deriveKey("csrf"),
                Math.min(config.http().maxBodyBytes(), MAX_FORM_BYTES), health::storeFailure, PageLanguages.of(config));
        LoginCookie cookie = new LoginCookie(pages, s.loginSessions());
        boolean signup = config.passwords().signupEnabled();
        LoginPages login = new LoginPages(pages, cookie, s.loginSessions(), signup, s.upstreamLogins()::buttons,
                s.authorize()::pendingRedirectUri, s.mfa().login());
        AccountFactorPages factors = new AccountFactorPages(pages, cookie, s.mfa().factors(), s.passkeys().service(), s.accounts());
        UpstreamLoginPages upstream = new UpstreamLoginPages(pages, cookie, login, s.upstreamLogins(), s.loginSessions(), s.authorize());
        AccountPages account = new AccountPages(pages, cookie, s.accounts(), s.loginSessions(), factors, s.consents(),
                new AccountIdentityView(s.verification(), s.federation().identities(), s.upstreamLogins(), s.sessions()));
        return new HostedPages(pages, cookie, login,
                new SignupPages(pages, cookie, s.loginSessions(), signup, config.passwords().minLength()),
                new AccountLinkPages(pages, s.verification(), s.passwordReset()), new ConsentPage(pages),
                new AuthorizePages(pages, cookie, s.authorize(), s.endSession(), new ConsentPage(pages), s.upstreamLogins()::enabled),
                upstream,
                new MfaPages(pages, cookie, s.loginSessions(), s.mfa().login(), login),
                new PasskeyPages(pages, cookie, s.loginSessions(), s.passkeys().login(), login), brand,
                account,
                consolePages(s, pages, new ConsoleGuard(consoleSignIn(config, s, pages, clock), s.authorizer(), http::ip)), factors,
                new AccountIdentityPages(pages, account, s.accounts(), s.verification(), s.federation().identities(), s.sessions(), upstream,
                        s.mfa().factors()));
    }

    /** The console's sign-in as the OAuth client gatehouse-console, its session cookie sealed under a key of its own. */
    private static ConsoleSignIn consoleSignIn(GatehouseConfig config, Services s, Pages pages, java.time.Clock clock) {
        return new ConsoleSignIn(pages, s.masterKey().deriveKey("console cookies v1"),
                new ConsoleCodeExchange(s.oauth().token(), s.verifier(), s.sessions(), config.issuer()), s.sessions(), s.auth(),
                id -> s.accounts().get(id).user().username(), config.issuer(), config.tokens().sessionIdleTtl(), clock);
    }

    /** The admin console's sections, each behind the same guard. */
    private static ConsolePages consolePages(Services s, Pages pages, ConsoleGuard guard) {
        return new ConsolePages(
                guard,
                new AdminConsole(pages, guard, s.userAdmin(), s.federation().admin()::list, s.roles(), consentAdmin(s), s.events()),
                new AdminClientPages(pages, guard, s.clients()),
                new AdminProviderPages(pages, guard, s.federation().providers()),
                new AdminKeyPages(pages, guard, s.keyAdmin()),
                new AdminDashboard(pages, guard, s.dashboard()),
                new AdminEvents(pages, guard, s.events()),
                new AdminUserActions(pages, guard, s.userAdmin(), s.roles(), s.mfa().admin(), consentAdmin(s)),
                new AdminRolePages(pages, guard, s.roles())
        );
    }

    /** The precompiled templates, or with templates.dir the operator's compiled into a fresh directory at start. */
    private static PageRenderer renderer(GatehouseConfig config, BrandAssets brand) {
        Path dir = config.branding().templatesDir();
        if (dir == null) return new PageRenderer(brand.brand(), null, null);
        try {
            return new PageRenderer(brand.brand(), dir, Files.createTempDirectory("gatehouse-templates"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
