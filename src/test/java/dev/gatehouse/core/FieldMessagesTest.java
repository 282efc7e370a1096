package dev.gatehouse.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.testing.MainSources;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FieldMessagesTest {
    /**
     * Field error codes written in the code: a literal given to a FieldError, a problem code returned by
     * the validators that name one ({@code return "https_required";}), or a String constant of the classes
     * that list them (PasswordPolicy, Identifiers).
     */
    private static final List<Pattern> CODE_SITES = List.of(
            Pattern.compile("FieldError(?:\\.\\w+)?\\(\\s*[^,;]+,\\s*\"([a-z_]+)\""),
            Pattern.compile("return \"([a-z][a-z_]+)\";"),
            Pattern.compile("public static final String [A-Z_]+ = \"([a-z_]+)\";"));
    private static final Set<String> SCANNED_FOR_RETURNS = Set.of("RedirectUris.java", "GuardedHttpFetcher.java", "Identifiers.java",
            "PasswordPolicy.java", "PasswordStrength.java");

    @Test
    void everyCodeInTheCodeHasItsOwnSentence() {
        Set<String> codes = new TreeSet<>();
        MainSources.all().forEach((path, text) -> {
            Matcher m = CODE_SITES.get(0).matcher(text);
            while (m.find()) codes.add(m.group(1));
            if (SCANNED_FOR_RETURNS.contains(path.substring(path.lastIndexOf('/') + 1))) {
                for (Pattern p : CODE_SITES.subList(1, 3)) {
                    Matcher r = p.matcher(text);
                    while (r.find()) codes.add(r.group(1));
                }
            }
        });
        assertThat(codes).contains("required", "too_short", "https_required", "contains_user_info", "mixed_script");
        assertThat(codes.stream().filter(c -> !FieldMessages.known(c)).toList()).as("codes without a sentence").isEmpty();
    }

    @Test
    void limitsAreNamedInTheSentence() {
        assertThat(FieldError.length("password", "too_short", 15, 1024).message()).isEqualTo("must be at least 15 characters");
        assertThat(FieldError.length("password", "too_long", 15, 1024).message()).isEqualTo("must be at most 1024 characters");
        assertThat(FieldError.tooMany("scopes", 100).message()).isEqualTo("must hold at most 100 items");
        assertThat(FieldError.range("limit", "out_of_range", 1, 100).message()).isEqualTo("must be between 1 and 100");
        assertThat(FieldError.oneOf("type", "invalid", List.of("confidential", "public")).message())
                .isEqualTo("must be one of confidential, public");
        assertThat(new FieldError("x", "too_long").message()).isEqualTo("is too long");
        assertThat(new FieldError("x", "a_code_from_elsewhere").message()).isEqualTo("is not accepted");
    }

    @Test
    void sameFieldAndCodeAreTheSameProblemWhateverTheWords() {
        assertThat(FieldError.tooLong("name", 256)).isEqualTo(new FieldError("name", "too_long"));
        assertThat(FieldError.tooLong("name", 256).limits()).isEqualTo(Map.of("max_length", 256));
        assertThat(new FieldError("name", "too_long")).isNotEqualTo(new FieldError("email", "too_long"));
    }
}
