package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Concurrently;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hosted pages and the mails in the reader's language (API.md §8): ui_locales, then
 * Accept-Language, then the default; {@code <html lang>} and Content-Language say which; the
 * mails follow the language the user last used on a page.
 */
class PageLanguagesTest {
    private static final String PASSWORD = "correct horse battery staple";
    private static final AtomicInteger N = new AtomicInteger();
    private static Mailbox mailbox;
    private static TestServer server;

    @BeforeAll
    static void start() {
        mailbox = Mailbox.start();
        server = mailbox.configure(TestServer.builder()).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (mailbox != null) mailbox.close();
    }

    private static Browser browser(String acceptLanguage) {
        return new Browser(server.baseUrl()).header("Accept-Language", acceptLanguage);
    }

    private static void assertLanguage(TestHttp.Response page, String lang) {
        assertThat(page.status()).as(page.body()).isLessThan(500);
        assertThat(page.body()).contains("<html lang=\"" + lang + "\">");
        assertThat(page.header("Content-Language")).isEqualTo(lang);
    }

    @Test
    void eachLanguageRendersTheLoginSignupAndSignedOutPages() {
        Map<String, List<String>> words = Map.of(
                "en", List.of("<title>Sign in – Gatehouse</title>", "Username or email", "Create an account", "You are signed out"),
                "de", List.of("<title>Anmelden – Gatehouse</title>", "Benutzername oder E-Mail-Adresse", "Konto erstellen", "Sie sind in diesem Browser abgemeldet"),
                "fr", List.of("<title>Se connecter – Gatehouse</title>", "Nom d’utilisateur ou adresse e-mail", "Créer un compte", "Vous êtes déconnecté"));
        words.forEach((lang, expected) -> {
            Browser b = browser(lang);
            TestHttp.Response login = b.get("/login");
            assertLanguage(login, lang);
            assertThat(login.body()).contains(expected.get(0)).contains(expected.get(1));
            TestHttp.Response signup = b.get("/signup");
            assertLanguage(signup, lang);
            assertThat(signup.body()).contains(expected.get(2));
            assertThat(b.get("/signed-out").body()).contains(expected.get(3));
        });
    }

    @Test
    void forgotPasswordSignedOutLogoutAndErrorPageWayOnAreTranslated() {
        TestHttp.Response forgot = browser("de").get("/password/forgot");
        assertLanguage(forgot, "de");
        assertThat(forgot.body()).contains("Passwort vergessen?").contains("Link senden").contains("Zurück zur Anmeldung");
        assertThat(browser("de").get("/login").body()).contains("Passwort vergessen?");
        Browser fr = browser("fr");
        TestHttp.Response sent = fr.submit("/password/forgot", "/password/forgot", Map.of("email", "nobody@example.com"));
        assertThat(sent.status()).isEqualTo(303);
        assertThat(fr.get(sent.header("Location")).body()).contains("Consultez votre messagerie").contains("Retour à la connexion");
        TestHttp.Response logout = fr.get("/logout");
        assertLanguage(logout, "fr");
        assertThat(logout.body()).contains("Non connecté").contains("il n’y a donc rien à déconnecter");
        TestHttp.Response error = browser("de").get("/password/reset?token=abc");
        assertThat(error.body()).contains("Anfrage-ID:").contains("Zur Anmeldeseite");
    }

    @Test
    void uiLocalesBeatsAcceptLanguageAlsoInsideReturnToAndUnknownLanguagesFallBack() {
        assertLanguage(browser("de").get("/login?ui_locales=fr"), "fr");
        assertLanguage(browser("de").get("/login?ui_locales=ja+x-none"), "de");
        assertLanguage(browser("ja, zh;q=0.5").get("/login?ui_locales=ko"), "en");
        assertLanguage(browser("de-CH, fr;q=0.9").get("/login"), "de");
        assertLanguage(browser("fr;q=0.4, de;q=0.8").get("/login"), "de");
        String returnTo = URLEncoder.encode("/oauth2/authorize/resume?id=x&ui_locales=de", StandardCharsets.UTF_8);
        assertLanguage(browser("fr").get("/login?return_to=" + returnTo), "de");
        // The form carries return_to, so the page after a wrong password keeps the client's language.
        Browser b = browser("fr");
        TestHttp.Response wrong = b.submit("/login?return_to=" + returnTo, "/login", Map.of("username", "nobody", "password", "wrong"));
        assertThat(wrong.status()).isEqualTo(401);
        assertLanguage(wrong, "de");
        assertThat(wrong.body()).contains("Benutzername oder Passwort ist falsch.");
    }

    @Test
    void hostileLanguageInputGetsTheDefaultNeverAnError() {
        for (String header : List.of("x".repeat(6000), "a,".repeat(1500) + "de", "de;q=abc", ";;;,,,", "de;q=0.5;q=0.7",
                "*;q=1", "de-" + "1234567890".repeat(10), "\u00e9t\u00e9")) {
            TestHttp.Response r = browser(header).get("/login");
            assertThat(r.status()).as(header.length() > 40 ? header.substring(0, 40) : header).isEqualTo(200);
            assertLanguage(r, "en");
        }
        for (String query : List.of("ui_locales=" + "de+".repeat(700), "ui_locales=de&ui_locales=fr", "ui_locales=%00%ff",
                "ui_locales=%3Cscript%3E", "return_to=" + "%2F".repeat(1000) + "&ui_locales=", "ui_locales=" + "d".repeat(3000))) {
            TestHttp.Response r = browser(null).get("/login?" + query);
            assertThat(r.status()).as(query.substring(0, Math.min(40, query.length()))).isIn(200, 400);
            assertLanguage(r, "en");
        }
    }

    @Test
    void errorPagesAndFieldErrorsSpeakTheLanguage() {
        TestHttp.Response forged = browser("de").post("/login", Map.of("username", "x", "password", "y"));
        assertThat(forged.status()).isEqualTo(403);
        assertLanguage(forged, "de");
        assertThat(forged.body()).contains("Formular abgelaufen").contains("Zurück zum Formular");

        TestHttp.Response unknown = browser("fr").get("/oauth2/authorize?client_id=nope&redirect_uri=https://x.example/cb&response_type=code");
        assertThat(unknown.status()).isEqualTo(400);
        assertLanguage(unknown, "fr");
        assertThat(unknown.body()).contains("Application inconnue").contains("n’est pas enregistrée");

        Browser fr = browser("fr");
        TestHttp.Response weak = fr.submit("/signup", "/signup", Map.of("username", "lang" + N.incrementAndGet(), "password", "short"));
        assertThat(weak.status()).isEqualTo(400);
        assertLanguage(weak, "fr");
        assertThat(weak.body()).contains("Veuillez corriger les champs signalés ci-dessous.").contains("Utilisez au moins 15 caractères.");

        TestHttp.Response badLink = browser("de").get("/password/reset?token=abc");
        assertThat(badLink.status()).isEqualTo(400);
        assertThat(badLink.body()).contains("Link ungültig").contains("bereits verwendet");
    }

    @Test
    void concurrentRequestsEachGetTheirOwnLanguage() throws Exception {
        AtomicInteger i = new AtomicInteger();
        List<String> langs = Concurrently.run(24, () -> {
            String lang = List.of("en", "de", "fr").get(i.getAndIncrement() % 3);
            TestHttp.Response r = browser(lang).get("/login");
            return lang + "=" + (r.body().contains("<html lang=\"" + lang + "\">") ? lang : r.header("Content-Language"));
        });
        assertThat(langs).allSatisfy(l -> assertThat(l.substring(0, 2)).isEqualTo(l.substring(3)));
    }

    @Test
    void mailsGoInTheLanguageTheUserLastUsedOnAPageNotTheRequesters() {
        String username = "lang" + N.incrementAndGet() + "mail";
        String email = username + "@example.com";
        Browser de = browser("de");
        TestHttp.Response created = de.submit("/signup", "/signup", Map.of("username", username, "email", email, "password", PASSWORD));
        assertThat(created.status()).as(created.body()).isEqualTo(303);
        Mailbox.Mail verify = mailbox.await(email, 1);
        assertThat(verify.subject()).isEqualTo("Gatehouse: Bestätigen Sie Ihre E-Mail-Adresse");
        assertThat(verify.text()).contains("Hallo " + username + ",").contains("läuft in 24 Stunden ab");
        assertThat(verify.html()).contains("<html lang=\"de\">").contains("E-Mail-Adresse bestätigen");

        // Anyone may ask for a reset: the mail is in the account's language, not the asker's.
        assertThat(server.http().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.baseUrl() + "/api/v1/password/forgot"))
                .header("Content-Type", "application/json").header("Accept-Language", "fr")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\"}")).build()).status()).isEqualTo(202);
        Mailbox.Mail reset = mailbox.await(email, 2);
        assertThat(reset.subject()).isEqualTo("Gatehouse: Setzen Sie Ihr Passwort zurück");
        assertThat(reset.text()).contains("läuft in 30 Minuten ab");

        // Signing in on a French page makes French the account's language.
        Browser fr = browser("fr");
        assertThat(fr.submit("/login", "/login", Map.of("username", username, "password", PASSWORD)).status()).isEqualTo(303);
        assertThat(server.http().post("/api/v1/password/forgot", Map.of("email", email)).status()).isEqualTo(202);
        Mailbox.Mail french = mailbox.await(email, 3);
        assertThat(french.subject()).isEqualTo("Gatehouse\u00a0: Réinitialisez votre mot de passe");
        assertThat(french.text()).contains("Bonjour " + username + ",").contains("expire dans 30\u00a0minutes".replace("\u00a0", " "))
                .contains("Ce message a été envoyé automatiquement");
        assertThat(french.html()).contains("<html lang=\"fr\">");

        // An account that never used a page gets the default language.
        String api = "lang" + N.incrementAndGet() + "api";
        assertThat(server.http().post("/api/v1/signup", Map.of("username", api, "password", PASSWORD, "email", api + "@example.com"))
                .status()).isEqualTo(201);
        Mailbox.Mail english = mailbox.await(api + "@example.com", 1);
        assertThat(english.subject()).isEqualTo("Gatehouse: Verify your email address");
        assertThat(english.text()).contains("Hello " + api + ",");
    }
}
