package dev.gatehouse.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No template shows words of its own: every user-visible text comes from the message bundles. Each
 * template is read the way jte reads it (text, {@code ${…}} output, {@code @if/@for} conditions,
 * {@code @template} calls whose {@code @`…`} arguments are text again); what remains as text
 * outside tags must have no letters, the attributes a person reads (alt, title, placeholder,
 * aria-label) likewise, and string literals inside template code must not be sentences or
 * capitalised words.
 */
class TemplateTextTest {
    private static final List<Path> ROOTS = List.of(Path.of("src/main/jte"), Path.of("src/main/jte-text"));
    private static final Pattern READ_ATTRIBUTE = Pattern.compile("\\b(alt|title|placeholder|aria-label)=\"([^\"]*)\"");
    /** A Java string literal in template code that reads like words for a person. */
    private static final Pattern WORDY = Pattern.compile("[A-Z][a-z]+.*|.*\\p{L}{2,}\\s+\\p{L}.*");
    /** HTML autofill tokens (HTML §4.10.18.7.1): read by the browser, never shown, so never translated. */
    private static final java.util.Set<String> AUTOFILL_TOKENS = java.util.Set.of(
            "on", "off", "username", "webauthn", "current-password", "new-password", "one-time-code", "email", "name");

    private static boolean isAutofill(String literal) {
        return java.util.Arrays.stream(literal.split(" ")).allMatch(AUTOFILL_TOKENS::contains);
    }

    @Test
    void autofillTokensAreNotTextButWordsAre() {
        assertThat(isAutofill("username webauthn")).isTrue();
        assertThat(isAutofill("sign in")).isFalse();
    }

    @Test
    void templatesHaveNoTextOutsideTheBundles() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : ROOTS) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".jte")).toList()) {
                    Scan scan = new Scan(Files.readString(f));
                    scan.text(false);
                    for (String t : scan.texts) if (t.codePoints().anyMatch(Character::isLetter)) found.add(f + ": text \"" + t.strip() + "\"");
                    for (String s : scan.literals) if (WORDY.matcher(s).matches() && !isAutofill(s)) found.add(f + ": literal \"" + s + "\"");
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScannerFindsWordsWhereTheyHide() {
        Scan scan = new Scan("""
                @param String t
                @template.pages.layout(title = "Sign in", content = @`
                <p>Hello ${t.get("x", "a b")}</p><input placeholder="Your name" value="${v}">
                @if(a)Yes@endif
                `)
                """);
        scan.text(false);
        assertThat(String.join("|", scan.texts)).contains("Hello").contains("Yes").contains("Your name").doesNotContain("param");
        assertThat(scan.literals).contains("Sign in", "x", "a b");
    }

    /** A small reader of jte syntax: collects text runs (outside tags, plus read attributes) and code string literals. */
    static final class Scan {
        final List<String> texts = new ArrayList<>();
        final List<String> literals = new ArrayList<>();
        private final String s;
        private int i;

        Scan(String source) {
            this.s = source;
        }

        /** Text until the end, or until the closing backquote of a content block when {@code nested}. */
        void text(boolean nested) {
            StringBuilder run = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (nested && c == '`') {
                    i++;
                    break;
                }
                if (startsLine() && (at("@param") || at("@import"))) {
                    skipLine();
                } else if (at("${") || at("!{")) {
                    i += 2;
                    code('}');
                } else if (at("$unsafe{")) {
                    i += 8;
                    code('}');
                } else if (at("@if(") || at("@elseif(") || at("@for(")) {
                    i = s.indexOf('(', i) + 1;
                    code(')');
                } else if (at("@template.")) {
                    i = s.indexOf('(', i) + 1;
                    code(')');
                } else if (at("@else") || at("@endif") || at("@endfor")) {
                    i += at("@else") && !at("@elseif") ? 5 : at("@endif") ? 6 : 7;
                } else if (c == '<') {
                    tag();
                    flush(run);
                } else {
                    run.append(c);
                    i++;
                }
            }
            flush(run);
        }

        /** Code up to the matching close; strings collected, {@code @`} blocks read as text. */
        private void code(char close) {
            int depth = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '"') {
                    int end = i + 1;
                    while (end < s.length() && s.charAt(end) != '"') end += s.charAt(end) == '\\' ? 2 : 1;
                    literals.add(s.substring(i + 1, Math.min(end, s.length())));
                    i = end + 1;
                } else if (at("@`")) {
                    i += 2;
                    text(true);
                } else if (c == '(' || c == '{') {
                    depth++;
                    i++;
                } else if ((c == ')' || c == '}') && depth > 0) {
                    depth--;
                    i++;
                } else if (c == close) {
                    i++;
                    return;
                } else {
                    i++;
                }
            }
        }

        /** A tag: skipped, but its read attributes' literal parts count as text; ${…} inside is code. */
        private void tag() {
            int start = i;
            while (i < s.length() && s.charAt(i) != '>') {
                if (at("${")) {
                    i += 2;
                    code('}');
                } else {
                    i++;
                }
            }
            i++;
            Matcher m = READ_ATTRIBUTE.matcher(s.substring(start, Math.min(i, s.length())));
            while (m.find()) texts.add(m.group(2).replaceAll("\\$\\{[^}]*}", ""));
        }

        private void flush(StringBuilder run) {
            if (!run.toString().isBlank()) texts.add(run.toString());
            run.setLength(0);
        }

        private boolean at(String token) {
            return s.startsWith(token, i);
        }

        private boolean startsLine() {
            return i == 0 || s.charAt(i - 1) == '\n';
        }

        private void skipLine() {
            int nl = s.indexOf('\n', i);
            i = nl < 0 ? s.length() : nl + 1;
        }
    }
}
