package dev.gatehouse.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The message bundles: every key in every language, the same arguments everywhere, patterns that
 * MessageFormat reads as meant, markup only where it is allowed, and no key used in code or a
 * template that the bundles lack.
 */
class BundlesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** What a {@code .html} message may contain: a few inline elements, links only to an argument or a local path. */
    private static final Pattern ALLOWED_TAG = Pattern.compile("</?strong>|</?code>|<a href=\"(\\{\\d+}|/[a-z/-]*)\">|</a>");
    /** Literal keys in templates and page, mail, federation and authorize code. */
    private static final Pattern KEY_LITERAL = Pattern.compile(
            "\"((?:layout|field|login|signup|logout|oauth_logout|signed_in|signed_out|consent|scope|mfa|mfa_recovery|email_verify"
                    + "|email_change_cancel|password_reset|idp_confirm|idp_link|idp_linked|federation|error|authorize|end_session|mail"
                    + "|duration)\\.[A-Za-z_.]+[A-Za-z_])\"");

    static Properties bundle(Locale locale) {
        String name = "/dev/gatehouse/i18n/messages" + (locale.equals(Locale.ENGLISH) ? "" : "_" + locale.getLanguage()) + ".properties";
        Properties p = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** An error page names its keys in code: {@code PageException.of(status, "k")} needs k.title and k.message. */
    private static final Pattern PAGE_ERROR = Pattern.compile("PageException\\.(of|titled)\\(\\d+, \"([^\"]+)\"(?:, \"([^\"]+)\")?");

    @Test
    void everyErrorPageRaisedInCodeHasItsTitleAndMessage() throws IOException {
        Set<String> english = bundle(Locale.ENGLISH).stringPropertyNames();
        List<String> missing = new ArrayList<>();
        int found = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = PAGE_ERROR.matcher(Files.readString(f));
                while (m.find()) {
                    found++;
                    List<String> keys = m.group(1).equals("of") ? List.of(m.group(2) + ".title", m.group(2) + ".message")
                            : m.group(3) == null ? List.of(m.group(2)) : List.of(m.group(2), m.group(3));
                    keys.stream().filter(k -> !english.contains(k)).forEach(k -> missing.add(f.getFileName() + ": " + k));
                }
            }
        }
        assertThat(found).as("error pages found in code").isGreaterThan(10);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLanguageHasExactlyTheKeysOfEnglish() {
        Set<String> english = bundle(Locale.ENGLISH).stringPropertyNames();
        for (Locale l : Languages.SUPPORTED) {
            assertThat(new TreeSet<>(bundle(l).stringPropertyNames())).as(l.toString()).isEqualTo(new TreeSet<>(english));
        }
    }

    @Test
    void everyTranslationTakesTheSameArgumentsAsEnglish() {
        Properties english = bundle(Locale.ENGLISH);
        for (Locale l : Languages.SUPPORTED) {
            Properties p = bundle(l);
            for (String key : english.stringPropertyNames()) {
                assertThat(arguments(p.getProperty(key))).as(l + " " + key).isEqualTo(arguments(english.getProperty(key)));
                assertThat(p.getProperty(key).contains(Messages.PRODUCT)).as(l + " " + key + " names the product as English does")
                        .isEqualTo(english.getProperty(key).contains(Messages.PRODUCT));
            }
        }
    }

    @Test
    void everyPatternParsesAndKeepsItsApostrophes() {
        for (Locale l : Languages.SUPPORTED) {
            bundle(l).forEach((k, v) -> {
                String value = ((String) v).replace(Messages.PRODUCT, "P");
                // A lone ' starts a quoted section in MessageFormat and would swallow the text after it.
                assertThat(value.replace("''", "")).as(l + " " + k + ": write an apostrophe as '' or \u2019").doesNotContain("'");
                new MessageFormat(value, l); // throws on a malformed pattern
                assertThat(value).as(l + " " + k).isNotBlank().doesNotStartWith(" ").doesNotEndWith(" ");
            });
        }
    }

    @Test
    void markupOnlyInHtmlMessagesAndOnlyTheAllowedTags() {
        for (Locale l : Languages.SUPPORTED) {
            bundle(l).forEach((k, v) -> {
                String key = (String) k;
                String value = (String) v;
                if (key.endsWith(".html")) {
                    assertThat(ALLOWED_TAG.matcher(value).replaceAll("")).as(l + " " + key).doesNotContainPattern("<[A-Za-z/!]");
                } else {
                    assertThat(value).as(l + " " + key + ": markup needs a .html key").doesNotContainPattern("<[A-Za-z/!]");
                }
            });
        }
    }

    @Test
    void everyKeyUsedInCodeAndTemplatesExists() throws IOException {
        Set<String> keys = bundle(Locale.ENGLISH).stringPropertyNames();
        List<String> missing = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/jte-text"), Path.of("src/main/java/dev/gatehouse/web/pages"),
                Path.of("src/main/java/dev/gatehouse/federation"), Path.of("src/main/java/dev/gatehouse/oauth/authorize"),
                Path.of("src/main/java/dev/gatehouse/mail/MailTemplates.java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                    while (m.find()) {
                        String key = m.group(1);
                        // Keys completed in code ("error.code." + name, "scope." + scope, key + ".title") are checked as families below.
                        if (!key.endsWith(".") && !keys.contains(key) && !keys.contains(key + ".title")) missing.add(f + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void keyFamiliesBuiltInCodeAreComplete() {
        Set<String> keys = bundle(Locale.ENGLISH).stringPropertyNames();
        for (String scope : List.of("openid", "profile", "email", "offline_access")) assertThat(keys).contains("scope." + scope);
        for (String verb : List.of("read", "list", "write", "create", "update", "delete", "manage", "admin")) assertThat(keys).contains("scope.verb." + verb);
        keys.stream().filter(k -> k.startsWith("error.code.") && k.endsWith(".title"))
                .forEach(k -> assertThat(keys).contains(k.replace(".title", ".message")));
        for (String code : List.of("INVALID_LINK_TOKEN", "NOT_FOUND", "INVALID_REQUEST")) {
            assertThat(dev.gatehouse.core.ErrorCode.valueOf(code)).isNotNull();
            assertThat(keys).contains("error.code." + code + ".title");
        }
    }

    @Test
    void everyLanguageIsRealTextNotACopyOfEnglish() {
        Properties english = bundle(Locale.ENGLISH);
        for (Locale l : Languages.SUPPORTED) {
            if (l.equals(Locale.ENGLISH)) continue;
            Properties p = bundle(l);
            long same = english.stringPropertyNames().stream().filter(k -> english.getProperty(k).equals(p.getProperty(k))).count();
            // Equal by nature: "Code", "{0} – {product}", "Name (optional)" and the like; never most of them.
            assertThat(same).as(l.toString()).isLessThan(english.size() / 20);
        }
    }

    private static List<Integer> arguments(String pattern) {
        List<Integer> args = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            if (!args.contains(n)) args.add(n);
        }
        args.sort(null);
        return args;
    }
}
