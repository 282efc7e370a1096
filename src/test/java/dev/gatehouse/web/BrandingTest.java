package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.gatehouse.config.ConfigException;
import dev.gatehouse.testing.Browser;
import dev.gatehouse.testing.Mailbox;
import dev.gatehouse.testing.TestHttp;
import dev.gatehouse.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Branding from configuration ({@code brand.*}, {@code templates.dir}): the product name in page titles,
 * headings and mail, colours and the operator's CSS as a stylesheet of our own origin (the CSP keeps
 * {@code style-src 'self'}), the logo, and templates that replace the built-in ones.
 */
class BrandingTest {
    private static final String PASSWORD = "correct horse battery staple";
    /** The smallest PNG: one transparent pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    @TempDir
    Path dir;

    @Test
    void productNameColoursCssAndLogoFromConfiguration() throws IOException {
        Path css = Files.writeString(dir.resolve("acme.css"), ".card { border-width: 3px; } /* acme */\n");
        Path logo = Files.write(dir.resolve("acme.png"), PNG);
        try (Mailbox mailbox = Mailbox.start();
             TestServer server = mailbox.configure(TestServer.builder()).set("brand.product.name", "Acme & Co")
                     .set("brand.primary.color", "#112233").set("brand.accent.color", "rgb(10 20 30 / 50%)")
                     .set("brand.css.file", css.toString()).set("brand.logo.file", logo.toString()).start()) {
            Browser b = new Browser(server.baseUrl());
            TestHttp.Response login = b.get("/login");
            String csp = login.header("Content-Security-Policy");
            assertThat(csp).contains("style-src 'self';").contains("img-src 'self';").doesNotContain("unsafe");
            assertThat(login.body()).contains("<title>Sign in – Acme &amp; Co</title>")
                    .contains("<p class=\"brand\">Acme &amp; Co</p>").doesNotContain("Gatehouse");

            Matcher sheet = Pattern.compile("<link rel=\"stylesheet\" href=\"(/assets/brand\\.css\\?v=[0-9a-f]+)\">").matcher(login.body());
            assertThat(sheet.find()).as(login.body()).isTrue();
            TestHttp.Response brandCss = b.get(sheet.group(1));
            assertThat(brandCss.status()).isEqualTo(200);
            assertThat(brandCss.header("Content-Type")).isEqualTo("text/css; charset=utf-8");
            assertThat(brandCss.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(brandCss.header("Cache-Control")).contains("immutable");
            assertThat(brandCss.body()).startsWith(":root { --primary: #112233; --accent: rgb(10 20 30 / 50%); }\n")
                    .contains(".card { border-width: 3px; } /* acme */");
            // Linked after the built-in sheet, so its rules win.
            assertThat(login.body().indexOf("/assets/gatehouse.css")).isLessThan(login.body().indexOf("/assets/brand.css"));

            Matcher img = Pattern.compile("<img class=\"logo\" src=\"(/assets/logo\\?v=[0-9a-f]+)\" alt=\"\">").matcher(login.body());
            assertThat(img.find()).as(login.body()).isTrue();
            TestHttp.Response png = b.get(img.group(1));
            assertThat(png.status()).isEqualTo(200);
            assertThat(png.header("Content-Type")).isEqualTo("image/png");
            assertThat(png.header("Content-Security-Policy")).contains("sandbox").contains("default-src 'none'");

            // Every page, including the error page and the sign-out question.
            assertThat(b.get("/password/reset?token=x").body()).contains("– Acme &amp; Co</title>");
            server.http().post("/api/v1/signup", Map.of("username", "brandy", "password", PASSWORD, "email", "brandy@example.com"));
            assertThat(b.submit("/login", "/login", Map.of("username", "brandy", "password", PASSWORD)).status()).isEqualTo(303);
            assertThat(b.get("/logout").body()).contains("Sign out of Acme &amp; Co on this browser?");

            // Mail: subject and body.
            Mailbox.Mail verify = mailbox.await("brandy@example.com", 1);
            assertThat(verify.subject()).isEqualTo("Acme & Co: Verify your email address");
            assertThat(b.submit("/password/forgot", "/password/forgot", Map.of("email", "brandy@example.com")).status()).isEqualTo(303);
            Mailbox.Mail reset = mailbox.await("brandy@example.com", 2);
            assertThat(reset.subject()).isEqualTo("Acme & Co: Reset your password");
            assertThat(reset.text()).contains("your Acme & Co account").contains("sent automatically by Acme & Co").doesNotContain("Gatehouse");
            assertThat(reset.html()).contains("your Acme &amp; Co account").doesNotContain("Gatehouse");
        }
    }

    @Test
    void withoutBrandingTheAssetsAre404AndPagesLinkNone() {
        try (TestServer server = TestServer.start()) {
            TestHttp.Response login = server.http().get("/login");
            assertThat(login.body()).contains("<title>Sign in – Gatehouse</title>").doesNotContain("brand.css").doesNotContain("class=\"logo\"");
            assertThat(server.http().get("/assets/brand.css").status()).isEqualTo(404);
            assertThat(server.http().get("/assets/logo").status()).isEqualTo(404);
        }
    }

    @Test
    void logoUrlJoinsTheImageSourcesOfTheCspAndNothingElse() {
        try (TestServer server = TestServer.builder().set("brand.logo.url", "https://cdn.example.com/acme/logo.svg?v=2").start()) {
            TestHttp.Response login = server.http().get("/login");
            assertThat(login.header("Content-Security-Policy")).contains("img-src 'self' https://cdn.example.com;")
                    .contains("style-src 'self';").contains("default-src 'none';");
            assertThat(login.body()).contains("<img class=\"logo\" src=\"https://cdn.example.com/acme/logo.svg?v=2\" alt=\"\">");
        }
    }

    @Test
    void hostileBrandValuesStopTheStartWithEveryProblemNamed() throws IOException {
        Path missing = dir.resolve("missing.css");
        Path big = Files.write(dir.resolve("big.png"), new byte[600 * 1024]);
        Path notImage = Files.writeString(dir.resolve("logo.html"), "<script>alert(1)</script>");
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> TestServer.builder()
                .set("brand.primary.color", "red; } body { background: url(https://evil.example/x) ")
                .set("brand.accent.color", "expression(alert(1))")
                .set("brand.product.name", "<script>alert(1)</script>")
                .set("brand.logo.url", "https://evil.example/x.png'; script-src *")
                .set("brand.css.file", missing.toString())
                .set("templates.dir", dir.resolve("nope").toString())
                .start());
        assertThat(e).isNotNull();
        assertThat(e.problems()).anyMatch(p -> p.startsWith("brand.primary.color: not a CSS colour"))
                .anyMatch(p -> p.startsWith("brand.accent.color: not a CSS colour"))
                .anyMatch(p -> p.startsWith("brand.product.name:"))
                .anyMatch(p -> p.startsWith("brand.logo.url:"))
                .anyMatch(p -> p.startsWith("brand.css.file: not a readable file"))
                .anyMatch(p -> p.startsWith("templates.dir: not a readable directory"));
        ConfigException logo = catchThrowableOfType(ConfigException.class,
                () -> TestServer.builder().set("brand.logo.file", big.toString()).start());
        assertThat(logo.problems()).anyMatch(p -> p.startsWith("brand.logo.file: larger than 512 KiB"));
        ConfigException type = catchThrowableOfType(ConfigException.class,
                () -> TestServer.builder().set("brand.logo.file", notImage.toString()).start());
        assertThat(type.problems()).anyMatch(p -> p.startsWith("brand.logo.file: must end in"));
    }

    @Test
    void templatesFromADirectoryReplaceTheBuiltInOnesEverywhere() throws IOException {
        Path pages = Files.createDirectories(dir.resolve("templates/pages"));
        // A page of its own, calling the built-in layout and field.
        Files.writeString(pages.resolve("signed_out.jte"), """
                @param String productName
                @template.pages.layout(title = "See you soon", content = @`<p class="operator">Come back to ${productName} any time.</p>`)
                """);
        // A layout of its own: every built-in page shows it.
        String layout = new String(getClass().getClassLoader().getResourceAsStream("dev/gatehouse/jte/pages/layout.jte").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(pages.resolve("layout.jte"), layout.replace("<main class=\"card\">", "<main class=\"card\">\n<p class=\"banner\">Operator banner</p>"));
        try (TestServer server = TestServer.builder().set("brand.product.name", "Acme").set("templates.dir", dir.resolve("templates").toString()).start()) {
            TestHttp.Response out = server.http().get("/signed-out");
            assertThat(out.status()).isEqualTo(200);
            assertThat(out.body()).contains("<title>See you soon – Acme</title>").contains("<p class=\"operator\">Come back to Acme any time.</p>")
                    .contains("Operator banner");
            TestHttp.Response login = server.http().get("/login");
            assertThat(login.body()).contains("Operator banner").contains("<title>Sign in – Acme</title>").contains("name=\"username\"");
            // Still escaped by context: a hostile value in a built-in page compiled at run time.
            assertThat(server.http().get("/login?login_hint=%22%3E%3Cscript%3Ex%3C%2Fscript%3E").body()).doesNotContain("<script>x");
        }
        // A template that does not compile stops the start, named.
        Files.writeString(pages.resolve("signed_out.jte"), "@param String productName\n${undefinedVariable.foo()}\n");
        ConfigException broken = catchThrowableOfType(ConfigException.class,
                () -> TestServer.builder().set("templates.dir", dir.resolve("templates").toString()).start());
        assertThat(broken).isNotNull();
        assertThat(broken.problems()).singleElement().asString().startsWith("templates.dir: ").contains("signed_out.jte");
    }
}
