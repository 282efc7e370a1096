package dev.gatehouse.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CommonPasswordsTest {

    private final CommonPasswords bundled = CommonPasswords.bundled();

    @Test
    void bundledListHasAtLeastNinetyThousandEntries() {
        assertThat(bundled.size()).isGreaterThanOrEqualTo(90_000);
        assertThat(bundled.entryBytes()).as("heap of the entries").isLessThan(1_000_000);
    }

    @Test
    void bundledListIsLoadedOnce() {
        assertThat(CommonPasswords.bundled()).isSameAs(bundled);
    }

    @Test
    void resourceIsLowercaseNormalisedAndDeduplicated() throws IOException {
        List<String> lines = resourceLines();
        List<String> entries = lines.stream().filter(l -> !l.startsWith("#")).collect(Collectors.toList());
        Set<String> seen = new HashSet<>();
        for (String entry : entries) {
            assertThat(entry).isNotBlank();
            assertThat(entry).isEqualTo(Normalizer.normalize(entry, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
            assertThat(seen.add(entry)).as("duplicate %s", entry).isTrue();
        }
        assertThat(entries).hasSize(bundled.size());
        String header = lines.stream().filter(l -> l.startsWith("#")).collect(Collectors.joining("\n"));
        assertThat(header).contains("Source:", "nbvcxz", "MIT", "Copyright");
    }

    @Test
    void mostCommonPasswordsAreListed() {
        assertThat(bundled.contains("password")).isTrue();
        assertThat(bundled.contains("123456")).isTrue();
        assertThat(bundled.contains("qwerty")).isTrue();
        assertThat(bundled.contains("iloveyou")).isTrue();
        assertThat(bundled.contains("1qaz2wsx3edc4rfv")).isTrue(); // 16 characters, passes any length rule
        assertThat(bundled.contains("qazwsxedcrfvtgb")).isTrue();
        assertThat(bundled.contains("qwertyuiopasdfgh")).isTrue(); // past the 20,000 most common
        assertThat(bundled.contains("password!")).isTrue();
    }

    @Test
    void comparisonIgnoresCase() {
        assertThat(bundled.contains("PassWord")).isTrue();
        assertThat(bundled.contains("QWERTY")).isTrue();
    }

    @Test
    void comparisonIsAfterNfkc() {
        assertThat(bundled.contains("\uFF50\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44")).isTrue(); // fullwidth password
        assertThat(bundled.contains("\uFF30\uFF21\uFF33\uFF33\uFF37\uFF2F\uFF32\uFF24")).isTrue(); // fullwidth PASSWORD
        assertThat(bundled.contains("\uFF11\uFF12\uFF13\uFF14\uFF15\uFF16")).isTrue(); // fullwidth 123456
        assertThat(bundled.contains("pa\u00DFword")).isTrue(); // sharp s folds to ss
    }

    @Test
    void invisibleCharactersDoNotHideAListedPassword() {
        assertThat(bundled.contains("pass\u200Bword")).isTrue(); // zero-width space
        assertThat(bundled.contains("pass\u00ADword")).isTrue(); // soft hyphen
    }

    @Test
    void uncommonPasswordsAreNotListed() {
        assertThat(bundled.contains("")).isFalse();
        assertThat(bundled.contains("correct horse battery staple")).isFalse();
        assertThat(bundled.contains("vq7-frost-lantern-quarry")).isFalse();
        assertThat(bundled.contains("password!x")).isFalse(); // exact match only, no substrings
    }

    @Test
    void readSkipsCommentsAndBlankLinesAndFoldsEntries() throws IOException {
        CommonPasswords list = CommonPasswords.read(new BufferedReader(new StringReader(
                "# header\n\nHunter2\nhunter2\n\uFF54\uFF45\uFF53\uFF54\n")));
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.contains("HUNTER2")).isTrue();
        assertThat(list.contains("test")).isTrue();
        assertThat(list.contains("# header")).isFalse();
    }

    private static List<String> resourceLines() throws IOException {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(CommonPasswords.RESOURCE)) {
            assertThat(in).isNotNull();
            return new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8)).lines()
                    .collect(Collectors.toList());
        }
    }
}
