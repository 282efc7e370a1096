package dev.gatehouse.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.core.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {
    @Test
    void limitDefaultsCapsAndRefuses() {
        assertThat(Paging.limit(null)).isEqualTo(50);
        assertThat(Paging.limit("")).isEqualTo(50);
        assertThat(Paging.limit("1")).isEqualTo(1);
        assertThat(Paging.limit("200")).isEqualTo(200);
        assertThat(Paging.limit("201")).isEqualTo(200);
        assertThat(Paging.limit("100000")).isEqualTo(200);
        assertThat(Paging.limit("99999999999999999999999")).isEqualTo(200);
        for (String bad : List.of("0", "-1", "1.5", "abc", " 5", "0x10", "+5")) {
            assertThatThrownBy(() -> Paging.limit(bad)).as(bad).isInstanceOf(DomainException.class);
        }
    }

    @Test
    void cursorRoundTripsAndRefusesTamperingAndOtherScopes() {
        PageCursor cursors = new PageCursor(new byte[32]);
        String c = cursors.encode("users|username|ab", List.of("abc123"));
        assertThat(cursors.decode("users|username|ab", c, 1)).containsExactly("abc123");
        assertThatThrownBy(() -> cursors.decode("users|username|a", c, 1)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> cursors.decode("users|username|ab", c, 2)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new PageCursor(new byte[] {1}).decode("users|username|ab", c, 1)).isInstanceOf(DomainException.class);
        String forged = cursors.encode("users|username|ab", List.of("zzz")).split("\\.")[0] + "." + c.split("\\.")[1];
        assertThatThrownBy(() -> cursors.decode("users|username|ab", forged, 1)).isInstanceOf(DomainException.class);
    }

    @Test
    void prefixEndIsTheNextStringInCodePointOrder() {
        assertThat(UserAdmin.prefixEnd("")).isNull();
        assertThat(UserAdmin.prefixEnd("ab")).isEqualTo("ac");
        assertThat(UserAdmin.prefixEnd("a\uD7FF")).isEqualTo("a\uE000");
        assertThat(UserAdmin.prefixEnd("a" + new String(Character.toChars(0x10FFFF)))).isEqualTo("b");
        assertThat(UserAdmin.prefixEnd("x😀")).isEqualTo("x" + new String(Character.toChars(0x1F601)));
    }
}
