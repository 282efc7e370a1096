package dev.gatehouse.load;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFieldsTest {

    private static String field(String json, String name) {
        return JsonFields.string(json.getBytes(StandardCharsets.UTF_8), name);
    }

    @Test
    void findsTopLevelStringMembers() {
        String body = "{\"access_token\":\"eyJ.a.b\",\"token_type\":\"Bearer\",\"expires_in\":900,"
                + "\n  \"refresh_token\" :  \"r-_1\" }";
        assertThat(field(body, "access_token")).isEqualTo("eyJ.a.b");
        assertThat(field(body, "refresh_token")).isEqualTo("r-_1");
        assertThat(field(body, "expires_in")).isNull();
        assertThat(field(body, "scope")).isNull();
    }

    @Test
    void skipsTheNameWhereItIsAValue() {
        assertThat(field("{\"hint\":\"refresh_token\",\"refresh_token\":\"abc\"}", "refresh_token")).isEqualTo("abc");
    }

    @Test
    void refusesEscapedValues() {
        assertThat(field("{\"refresh_token\":\"a\\\"b\"}", "refresh_token")).isNull();
    }

    @Test
    void buildsEscapedObjects() {
        assertThat(JsonFields.object("username", "a\"b\\c", "password", "x\ny"))
                .isEqualTo("{\"username\":\"a\\\"b\\\\c\",\"password\":\"x\\u000ay\"}");
    }
}
