package dev.gatehouse.federation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.account.Identifiers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The username of an account made by a first upstream sign-in: valid under the project's rules whatever the provider sends. */
class UpstreamUsernamesTest {
    private static UpstreamUser user(String preferred, String email, String name) {
        return new UpstreamUser("sub", email, false, name, null, null, preferred, List.of());
    }

    @Test
    void preferredUsernameThenEmailLocalPartThenNameThenFallback() {
        assertThat(UpstreamUsernames.base(user("Ann.Smith", "x@example.com", "N"))).isEqualTo("ann.smith");
        assertThat(UpstreamUsernames.base(user(null, "bob+tag@example.com", "N"))).isEqualTo("bob.tag");
        assertThat(UpstreamUsernames.base(user(null, null, "José Álvarez"))).isEqualTo("josé.álvarez");
        assertThat(UpstreamUsernames.base(user("@@", "@example.com", "!!"))).isEqualTo("user");
        assertThat(UpstreamUsernames.base(user(null, null, null))).isEqualTo("user");
    }

    @Test
    void hostileOrOddNamesBecomeValidUsernames() {
        for (String raw : List.of("ab", "a\u0000b\u200Dcd", "x".repeat(5000), "Ѕcоtt mixed", "..--__", "ＡＢＣ", "名前です", "a b c d",
                "<script>alert(1)</script>", "admin@evil", "İlker")) {
            String name = UpstreamUsernames.candidate(user(raw, null, null), 0);
            assertThat(Identifiers.usernameProblem(name)).as(raw + " -> " + name).isNull();
            assertThat(name.codePointCount(0, name.length())).isBetween(3, 64);
        }
    }

    @Test
    void laterAttemptsAddASuffixAndStayValid() {
        String name = UpstreamUsernames.candidate(user("x".repeat(100), null, null), 5);
        assertThat(name).matches("x{40}-\\d+");
        assertThat(Identifiers.usernameProblem(name)).isNull();
    }
}
