package dev.gatehouse.load;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeFlowLoginTest {

    @Test
    void challengeIsTheS256OfRfc7636AppendixB() {
        assertThat(CodeFlowLogin.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void hiddenInputsAreReadWithTheirValuesUnescaped() {
        String html = "<form><input type=\"hidden\" name=\"csrf\" value=\"a&amp;b\">"
                + "<input type=\"hidden\" name=\"return_to\" value=\"/oauth2/authorize/resume?id=x&amp;y=1\">"
                + "<input type=\"text\" name=\"username\" value=\"\"><input name=\"password\" type=\"password\"></form>";

        assertThat(CodeFlowLogin.hiddenInputs(html))
                .containsExactly(java.util.Map.entry("csrf", "a&b"), java.util.Map.entry("return_to", "/oauth2/authorize/resume?id=x&y=1"));
    }
}
